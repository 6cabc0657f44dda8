import Foundation
import MailHarness
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// notifyguard in front of a real Postfix the harness starts on 127.0.0.1; each action as Postfix carries it out.
@Suite(
    .serialized,
    .enabled(if: Environment.canRunPostfix, "needs root and Debian's postfix (run `sudo scripts/test`)")
)
struct PostfixEndToEndTests {
    /// The body of a message: everything after the first empty line, with LF line endings.
    private func body(_ message: String) -> String {
        let text = message.replacingOccurrences(of: "\r\n", with: "\n")
        guard let range = text.range(of: "\n\n") else { return "" }
        return String(text[range.upperBound...])
    }

    private func headers(_ message: String) -> String {
        let text = message.replacingOccurrences(of: "\r\n", with: "\n")
        return String(text[..<(text.range(of: "\n\n")?.lowerBound ?? text.endIndex)])
    }

    @Test func rejectIsSeenByTheSMTPClient() throws {
        try MailStack.with { stack in
            let reply = try stack.submit(try Environment.mail("reject.eml"))
            #expect(reply.code == 550)
            #expect(reply.text.contains("5.7.1 Message rejected as notification abuse (notifyguard)"))
            #expect(stack.postfix.heldMessages().isEmpty)
            let log = stack.notifyguard.log()
            #expect(log.contains("action=reject"))
            #expect(log.contains("profile=microsoft-tenant"))
            #expect(log.contains("foreign_link(secure-refund-center.com)"))
        }
    }

    @Test func quarantinePutsTheMessageOnHold() throws {
        try MailStack.with { stack in
            let reply = try stack.submit(try Environment.mail("quarantine.eml"))
            #expect(reply.code == 250)
            let id = try #require(SMTPClient.queueID(reply))
            try Environment.waitUntil("message \(id) on hold") { stack.postfix.heldMessages().contains(id) }
            let line = try stack.notifyguard.verdictLine(id)
            #expect(line.contains("\(id): action=quarantine score=8.0 profile=microsoft-tenant from=<sender@example.com> rcpt=<rcpt@example.org> client=[127.0.0.1] reasons=\"scam_phrase(private message),foreign_link(secure-refund-center.com)\" ms="))
            #expect(stack.postfix.log().contains("\(id): milter-hold"))
        }
    }

    @Test func tagAddsOurHeadersAndRemovesForgedOnes() throws {
        try MailStack.with { stack in
            let original = try Environment.mail("tag.eml")
            let id = try stack.submitQueued(original)
            let delivered = try stack.postfix.delivered(id)
            let head = headers(delivered)
            #expect(head.contains("X-NotifyGuard-Result: tag score=4.0"))
            #expect(head.contains("X-NotifyGuard-Reasons: userinfo_link(pay-update.ru)=4.0"))
            #expect(!head.contains("forged by the sender"))
            #expect(!head.contains("X-NotifyGuard-Reasons: none"))
            #expect(head.components(separatedBy: "X-NotifyGuard-Result").count == 2)
            #expect(body(delivered) == body(original))
        }
    }

    @Test func acceptDeliversTheBodyByteForByte() throws {
        try MailStack.with { stack in
            let original = try Environment.mail("accept.eml")
            let id = try stack.submitQueued(original)
            let delivered = try stack.postfix.delivered(id)
            #expect(body(delivered) == body(original))
            #expect(!delivered.contains("X-NotifyGuard"))
            #expect(try stack.notifyguard.verdictLine(id).contains("action=accept score=0.0 profile=none"))
        }
    }

    @Test func twoMessagesInOneSessionShareNothing() throws {
        try MailStack.with { stack in
            let client = try stack.client()
            defer { client.quit() }
            let first = try client.send(from: "a@example.com", to: ["rcpt@example.org"], message: try Environment.mail("tag.eml"))
            let second = try client.send(from: "b@example.com", to: ["other@example.org"], message: try Environment.mail("accept.eml"))
            let firstID = try #require(SMTPClient.queueID(first))
            let secondID = try #require(SMTPClient.queueID(second))
            #expect(try stack.notifyguard.verdictLine(firstID).contains("action=tag"))
            let secondLine = try stack.notifyguard.verdictLine(secondID)
            #expect(secondLine.contains("action=accept score=0.0 profile=none from=<b@example.com> rcpt=<other@example.org>"))
            #expect(!(try stack.postfix.delivered(secondID)).contains("X-NotifyGuard"))
            #expect(headers(try stack.postfix.delivered(firstID)).contains("X-NotifyGuard-Result: tag"))
        }
    }

    @Test func abortedTransactionsLeaveNoState() throws {
        try MailStack.with { stack in
            // RSET after RCPT: libmilter's abort callback; then a full message on the same connection.
            let client = try stack.client()
            try client.command("MAIL FROM:<aborted@example.com>")
            try client.command("RCPT TO:<ghost@example.org>")
            #expect(try client.command("RSET").code == 250)
            let reply = try client.send(from: "real@example.com", to: ["rcpt@example.org"], message: try Environment.mail("accept.eml"))
            client.quit()
            let id = try #require(SMTPClient.queueID(reply))
            let line = try stack.notifyguard.verdictLine(id)
            #expect(line.contains("from=<real@example.com> rcpt=<rcpt@example.org>"))
            #expect(!line.contains("ghost"))

            // A client that dies in the middle of DATA, then a new session with a scam message.
            let dying = try stack.client()
            try dying.abandonDuringData(from: "dying@example.com", to: "rcpt@example.org", prefix: "Subject: half\n\nhalf a mess")
            let nextID = try stack.submitQueued(try Environment.mail("quarantine.eml"))
            #expect(try stack.notifyguard.verdictLine(nextID).contains("action=quarantine"))
            #expect(stack.notifyguard.isRunning)
            #expect(!stack.notifyguard.log().contains("dying@example.com"))
        }
    }

    @Test func restartingNotifyguardLosesNoMail() throws {
        try MailStack.with { stack in
            // A crash, not a clean stop: the socket file stays behind, and the restart must remove it.
            stack.notifyguard.kill9()
            #expect(FileManager.default.fileExists(atPath: stack.notifyguard.socketPath))
            // Milter down: Postfix applies milter_default_action (accept here) and delivers without our headers.
            let during = try stack.submit(try Environment.mail("tag.eml"))
            #expect(during.code == 250)
            let duringID = try #require(SMTPClient.queueID(during))
            let delivered = try stack.postfix.delivered(duringID)
            #expect(delivered.contains("forged by the sender"))
            #expect(stack.postfix.log().contains("warning: connect to Milter service \(stack.notifyguard.socketSpec)"))

            try stack.notifyguard.start()
            let afterID = try stack.submitQueued(try Environment.mail("tag.eml"))
            #expect(try stack.notifyguard.verdictLine(afterID).contains("action=tag"))
            #expect(headers(try stack.postfix.delivered(afterID)).contains("X-NotifyGuard-Result: tag score=4.0"))
        }
    }

    @Test func milterDownWithTempfailDefaultMakesTheClientRetry() throws {
        try MailStack.with(defaultAction: "tempfail") { stack in
            try stack.notifyguard.stop()
            let client = try stack.client()
            defer { client.quit() }
            var replies = [try client.command("MAIL FROM:<sender@example.com>")]
            if replies[0].code == 250 { replies.append(try client.command("RCPT TO:<rcpt@example.org>")) }
            if replies.last?.code == 250 { replies.append(try client.command("DATA")) }
            // Refused with a 4xx: the sending MTA keeps the message and retries later; nothing is lost.
            let refusal = try #require(replies.first { $0.code >= 400 })
            #expect((400..<500).contains(refusal.code), "\(replies)")
        }
    }

    @Test func reloadOnSIGUSR1AppliesANewFileAndRefusesABrokenOne() throws {
        try MailStack.with { stack in
            let stricter = try MailStack.testConfig()
                .replacingOccurrences(of: "thresholds:\n  tag: 4\n  quarantine: 8\n  reject: 15", with: "thresholds:\n  tag: 4\n  quarantine: 4\n  reject: 15")
            try stricter.write(toFile: stack.notifyguard.configPath, atomically: true, encoding: .utf8)
            stack.notifyguard.reload()
            try Environment.waitUntil("reload") { stack.notifyguard.log().contains("config reloaded") }
            let id = try stack.submitQueued(try Environment.mail("tag.eml"))
            #expect(try stack.notifyguard.verdictLine(id).contains("action=quarantine score=4.0"))

            try "thresholds:\n  tag: nonsense\n".write(toFile: stack.notifyguard.configPath, atomically: true, encoding: .utf8)
            stack.notifyguard.reload()
            try Environment.waitUntil("refused reload") { stack.notifyguard.log().contains("config reload refused") }
            #expect(stack.notifyguard.log().contains("notifyguard.yaml:2: thresholds.tag must be a number"))
            let againID = try stack.submitQueued(try Environment.mail("tag.eml"))
            #expect(try stack.notifyguard.verdictLine(againID).contains("action=quarantine score=4.0"))
            #expect(stack.notifyguard.isRunning)
        }
    }

    @Test func dryRunAtMostTags() throws {
        let config = try MailStack.testConfig().replacingOccurrences(of: "dry_run: false", with: "dry_run: true")
        try MailStack.with(config: config) { stack in
            let reply = try stack.submit(try Environment.mail("reject.eml"))
            #expect(reply.code == 250)
            let id = try #require(SMTPClient.queueID(reply))
            let delivered = try stack.postfix.delivered(id)
            #expect(headers(delivered).contains("X-NotifyGuard-Result: reject score="))
            #expect(headers(delivered).contains("dry-run"))
            #expect(try stack.notifyguard.verdictLine(id).contains("action=tag verdict=reject dry_run=yes"))
            #expect(stack.postfix.heldMessages().isEmpty)
        }
    }

    /// A message with multiparts two deep (past `mime_depth: 1`), accepted on what is read.
    private let nested = """
        From: Alice <alice@example.com>
        To: rcpt@example.org
        Subject: Minutes
        X-NotifyGuard-Result: accept score=0.0 (forged by the sender)
        MIME-Version: 1.0
        Content-Type: multipart/mixed; boundary="b1"

        --b1
        Content-Type: multipart/alternative; boundary="b2"

        --b2
        Content-Type: text/plain

        The minutes of Thursday.
        --b2--
        --b1--

        """

    /// `count` padding fields before a message's header block.
    private func padded(_ message: String, count: Int, name: String = "X-Pad") -> String {
        (0..<count).map { "\(name)-\($0): x\n" }.joined() + message
    }

    /// A structural limit (here `mime_depth`) on a message accepted on what was read applies the failure action.
    @Test func aLimitHitAppliesTheFailureActionAndIsLogged() throws {
        let config = try MailStack.testConfig()
            .replacingOccurrences(of: "failure_action: accept", with: "failure_action: tempfail")
            .replacingOccurrences(of: "  mime_depth: 20", with: "  mime_depth: 1")
            .replacingOccurrences(of: "  # socket_group: postfix", with: "  socket_group: postfix")
        try MailStack.with(config: config) { stack in
            // The configured socket mode and group reached the file Postfix connects to.
            var info = stat()
            #expect(stat(stack.notifyguard.socketPath, &info) == 0)
            #expect(info.st_mode & 0o777 == 0o666)
            #expect(info.st_gid == getgrnam("postfix")?.pointee.gr_gid)

            let reply = try stack.submit(nested)
            #expect(reply.code / 100 == 4, "\(reply)")
            let log = stack.notifyguard.log()
            #expect(log.contains("action=tempfail"))
            #expect(log.contains("failure=\"limit mime_depth\""))
            #expect(stack.notifyguard.isRunning)
            // A message within the limits still goes through on the same daemon.
            let small = try stack.submit("From: a@example.com\nSubject: short\n\nhello\n")
            #expect(small.code == 250)
        }
    }

    /// Issue 14.4: byte limits only mark the scan partial; with `failure_action: tempfail` a 20 kB Cc header is
    /// delivered, not deferred on every retry.
    @Test func aLongCcHeaderIsNotDeferred() throws {
        let config = try MailStack.testConfig()
            .replacingOccurrences(of: "failure_action: accept", with: "failure_action: tempfail")
        try MailStack.with(config: config) { stack in
            let cc = (0..<1_000).map { "person\($0)@example.org" }.joined(separator: ",\n ")
            let message = try Environment.mail("accept.eml").replacingOccurrences(
                of: "To: rcpt@example.org\n", with: "To: rcpt@example.org\nCc: \(cc)\n")
            #expect(cc.utf8.count > 20_000)
            let id = try stack.submitQueued(message)
            let line = try stack.notifyguard.verdictLine(id)
            #expect(line.contains("action=accept") && line.contains("partial=yes"), "\(line)")
            #expect(!line.contains("failure="))
            _ = try stack.postfix.delivered(id)
        }
    }

    /// Issue 14.1: 1,000 padding fields push From and Authentication-Results past `limits.headers`; the message is
    /// still rejected.
    @Test func paddingDoesNotHideTheTemplate() throws {
        try MailStack.with { stack in
            let reply = try stack.submit(padded(try Environment.mail("reject.eml"), count: 1_000))
            #expect(reply.code == 550, "\(reply)")
            let log = stack.notifyguard.log()
            #expect(log.contains("action=reject"))
            #expect(log.contains("profile=microsoft-tenant"))
        }
    }

    /// Issue 14.2: forged X-NotifyGuard fields are removed after 10,000 other fields, and on the failure path.
    @Test func forgedHeadersAreRemovedWhereverTheyStand() throws {
        try MailStack.with { stack in
            let id = try stack.submitQueued(padded(try Environment.mail("tag.eml"), count: 10_000, name: "X-Filler"))
            let head = headers(try stack.postfix.delivered(id, timeout: 60))
            #expect(!head.contains("forged by the sender"))
            #expect(!head.contains("X-NotifyGuard-Reasons: none"))
            #expect(head.components(separatedBy: "X-NotifyGuard-Result").count == 2)
            // Tagged as unpadded (score 4.0), plus the padding's own weight.
            #expect(head.contains("X-NotifyGuard-Result: tag score=6.0"))
            #expect(head.contains("header_padding(>1000 fields or >1048576 bytes)=2.0"))
        }
        let config = try MailStack.testConfig().replacingOccurrences(of: "  mime_depth: 20", with: "  mime_depth: 1")
        try MailStack.with(config: config) { stack in
            let id = try stack.submitQueued(nested)
            #expect(!(try stack.postfix.delivered(id)).contains("X-NotifyGuard"))
            let line = try stack.notifyguard.verdictLine(id)
            #expect(line.contains("action=accept") && line.contains("failure=\"limit mime_depth\""), "\(line)")
        }
    }
}
