-- Sendmail side of the milter protocol, played by miltertest (OpenDKIM's MTA simulator).
-- Run by SendmailProtocolTests with -D socket=unix:/path. Any error() fails the test.

local function check(cond, what)
    if not cond then error("FAILED: " .. what) end
end

local function send_message(conn, id, from, subject, extra_headers, body)
    mt.macro(conn, SMFIC_MAIL, "i", id)
    local envelope = string.match(from, "<[^>]*>") or from
    check(mt.mailfrom(conn, envelope) == nil, "mailfrom " .. id)
    check(mt.rcptto(conn, "<rcpt@example.org>") == nil, "rcptto " .. id)
    check(mt.header(conn, "From", from) == nil, "header From " .. id)
    check(mt.header(conn, "Subject", subject) == nil, "header Subject " .. id)
    for _, h in ipairs(extra_headers) do
        check(mt.header(conn, h[1], h[2]) == nil, "header " .. h[1])
    end
    check(mt.eoh(conn) == nil, "eoh " .. id)
    check(mt.bodystring(conn, body) == nil, "body " .. id)
    check(mt.eom(conn) == nil, "eom " .. id)
end

local conn = mt.connect(socket, 20, 0.25)
check(conn ~= nil, "connect to " .. socket)
check(mt.test_action(conn, SMFIF_ADDHDRS), "negotiated SMFIF_ADDHDRS")
check(mt.test_action(conn, SMFIF_CHGHDRS), "negotiated SMFIF_CHGHDRS")
check(mt.test_action(conn, SMFIF_QUARANTINE), "negotiated SMFIF_QUARANTINE")
check(mt.conninfo(conn, "client.example.net", "192.0.2.7") == nil, "conninfo")
check(mt.helo(conn, "client.example.net") == nil, "helo")

-- 1. Tag: our headers added, the forged one deleted.
send_message(conn, "SMQ0001", "<billing@example.com>", "Your statement",
    {{"X-NotifyGuard-Result", " accept score=0.0 (forged)"}},
    "Your statement is ready at https://login.example.com@pay-update.ru/statement\r\n")
check(mt.getreply(conn) == SMFIR_ACCEPT or mt.getreply(conn) == SMFIR_CONTINUE, "tag: message continues")
check(mt.eom_check(conn, MT_HDRDELETE, "X-NotifyGuard-Result"), "tag: forged header deleted")
check(mt.eom_check(conn, MT_HDRADD, "X-NotifyGuard-Result"), "tag: result header added")
check(string.find(mt.getheader(conn, "X-NotifyGuard-Result", 0), "tag score=4.0", 1, true) ~= nil, "tag: result value")

-- 2. Abort mid-message (RSET): the next message must not inherit anything.
mt.macro(conn, SMFIC_MAIL, "i", "SMQ0002")
check(mt.mailfrom(conn, "<aborted@example.com>") == nil, "mailfrom aborted")
check(mt.abort(conn) == nil, "abort")

-- 3. Quarantine on the same connection.
send_message(conn, "SMQ0003", "Microsoft <msonlineservicesteam@microsoftonline.com>",
    "Welcome to your Microsoft 365 Business trial",
    {{"Authentication-Results", " mx.notifyguard.test; dkim=pass header.d=microsoftonline.com; dmarc=pass header.from=microsoftonline.com"}},
    "Your organization, You have a private message waiting at secure-refund-center.com, now has a trial.\r\n")
check(mt.eom_check(conn, MT_QUARANTINE), "quarantine requested")
check(mt.eom_check(conn, MT_HDRADD, "X-NotifyGuard-Reasons"), "quarantine: reasons header")

-- 4. Reject with our reply code and text.
send_message(conn, "SMQ0004", "Microsoft <msonlineservicesteam@microsoftonline.com>",
    "Fraudulent transaction detected",
    {{"Authentication-Results", " mx.notifyguard.test; dkim=pass header.d=microsoftonline.com; dmarc=pass header.from=microsoftonline.com"}},
    "Fraudulent transaction detected! You have a private message waiting at secure-refund-center.com or call +1 (888) 555-0199.\r\n")
check(mt.getreply(conn) == SMFIR_REPLYCODE, "reject: reply code")
check(mt.eom_check(conn, MT_SMTPREPLY, "550", "5.7.1", "Message rejected as notification abuse (notifyguard)"), "reject: reply text")

-- 5. An ordinary message: accepted untouched.
send_message(conn, "SMQ0005", "<alice@example.com>", "Lunch on Thursday?", {}, "Thursday at noon works.\r\n")
check(not mt.eom_check(conn, MT_HDRADD), "accept: no header added")
check(not mt.eom_check(conn, MT_QUARANTINE), "accept: no quarantine")

mt.disconnect(conn)
mt.echo("sendmail protocol: all checks passed")
