# Copied from Tests/NotifyGuardCoreTests/Fixtures/probe2-eval/generator/lib.py (header/MIME conventions only).
# Local changes for probe4: enc_header folds long ASCII headers at spaces; write_manifest was removed
# (run.py writes MANIFEST.tsv). OUT still resolves to the folder above generator/, i.e. the probe4 root.
import re, unicodedata, base64, quopri, hashlib, html, random, datetime, os
from email.header import Header
from email.utils import format_datetime

# The set is written beside this folder.
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MANIFEST = []

def h(s):
    return html.escape(s, quote=True)

def rnd(seed, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"):
    r = random.Random(seed)
    return "".join(r.choice(alphabet) for _ in range(n))

def hexid(seed, n):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]

def ew(s, limit=39, single_ok=False):
    """RFC 2047 encoded words (base64). A display name that fits in one 75-char encoded word stays whole;
    otherwise chunks end after a space where possible, and a word is only split before a base character."""
    whole = "=?UTF-8?B?%s?=" % base64.b64encode(s.encode("utf-8")).decode("ascii")
    if single_ok and len(whole) <= 70:
        return whole
    tokens = re.findall(r"\S+\s*|\s+", s)
    words, cur = [], b""
    for tok in tokens:
        b = tok.encode("utf-8")
        if cur and len(cur) + len(b) > limit:
            words.append(cur); cur = b""
        if len(b) > limit:
            for ch in tok:
                cb = ch.encode("utf-8")
                if cur and len(cur) + len(cb) > limit and unicodedata.category(ch) not in ("Mn", "Mc"):
                    words.append(cur); cur = b""
                cur += cb
        else:
            cur += b
    if cur:
        words.append(cur)
    return "\n ".join("=?UTF-8?B?%s?=" % base64.b64encode(w).decode("ascii") for w in words)

def fold_ascii(s, width=66):
    words, lines, cur = s.split(" "), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur); cur = w
        else:
            cur = (cur + " " + w) if cur else w
    lines.append(cur)
    return "\n ".join(lines)

def enc_header(s):
    try:
        s.encode("ascii")
        return fold_ascii(s) if len(s) > 68 else s
    except UnicodeEncodeError:
        return ew(s)

def addr(name, email):
    if not name:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:()<>@"[]'):
            return '"%s" <%s>' % (name.replace('"', ''), email)
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        e = ew(name, single_ok=True)
        return "%s%s<%s>" % (e, "\n " if len(e.split("\n")[-1]) + len(email) > 60 else " ", email)

def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")

def b64(text):
    data = text.encode("utf-8") if isinstance(text, str) else text
    return base64.encodebytes(data).decode("ascii")

def encode_part(text, cte):
    if cte == "base64":
        return b64(text)
    if cte == "quoted-printable":
        return qp(text)
    return text

# ---------- blocks ----------
# ("h1", text) ("p", text) ("raw", text, html) ("btn", label, url) ("kv", [(k,v)]) ("quote", text)
# ("small", text) ("hr",) ("logo", alt, src) ("h2", text) ("textonly", text) ("htmlonly", html)

def render_text(blocks):
    out = []
    for b in blocks:
        t = b[0]
        if t in ("h1", "h2", "p", "small", "textonly"):
            out.append(b[1])
        elif t == "quote":
            out.append(b[1])
        elif t == "raw":
            out.append(b[1])
        elif t == "btn":
            out.append("%s: %s" % (b[1], b[2]))
        elif t == "kv":
            out.append("\n".join("%s: %s" % (k, v) if k else v for k, v in b[1]))
        elif t == "logo":
            out.append(b[1])
        elif t == "hr":
            out.append("----")
    return "\n\n".join(out) + "\n"

def render_html(blocks, title, lang, dirn, font, accent, bg="#f4f4f4"):
    rows = []
    for b in blocks:
        t = b[0]
        if t == "logo":
            rows.append('<tr><td style="padding:24px 32px 8px"><img src="%s" alt="%s" height="28"></td></tr>' % (h(b[2]), h(b[1])))
        elif t == "h1":
            rows.append('<tr><td style="padding:8px 32px"><h1 style="font-size:24px;font-weight:600;margin:0">%s</h1></td></tr>' % h(b[1]).replace("\n", "<br>"))
        elif t == "h2":
            rows.append('<tr><td style="padding:8px 32px"><h2 style="font-size:18px;font-weight:600;margin:0">%s</h2></td></tr>' % h(b[1]).replace("\n", "<br>"))
        elif t == "p":
            rows.append('<tr><td style="padding:8px 32px"><p style="margin:0">%s</p></td></tr>' % h(b[1]).replace("\n", "<br>"))
        elif t == "quote":
            rows.append('<tr><td style="padding:8px 32px"><div style="border-left:3px solid #d0d4d9;padding:8px 16px;color:#3c4043;background:#fafafa">%s</div></td></tr>' % h(b[1]).replace("\n", "<br>"))
        elif t == "raw":
            rows.append('<tr><td style="padding:8px 32px">%s</td></tr>' % b[2])
        elif t == "htmlonly":
            rows.append('<tr><td style="padding:8px 32px">%s</td></tr>' % b[1])
        elif t == "btn":
            rows.append('<tr><td style="padding:16px 32px"><table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr><td style="background:%s;border-radius:4px;padding:10px 24px"><a href="%s" style="color:#ffffff;text-decoration:none;font-weight:600">%s</a></td></tr></table></td></tr>' % (accent, h(b[2]), h(b[1])))
        elif t == "kv":
            cells = "".join('<tr><td style="padding:4px 12px 4px 0;color:#6b6f76;vertical-align:top">%s</td><td style="padding:4px 0">%s</td></tr>' % (h(k), h(v).replace("\n", "<br>")) for k, v in b[1])
            rows.append('<tr><td style="padding:8px 32px"><table role="presentation" cellpadding="0" cellspacing="0">%s</table></td></tr>' % cells)
        elif t == "small":
            rows.append('<tr><td style="padding:16px 32px"><p style="font-size:12px;color:#6b6f76;margin:0">%s</p></td></tr>' % h(b[1]).replace("\n", "<br>"))
        elif t == "hr":
            rows.append('<tr><td style="padding:8px 32px"><hr style="border:0;border-top:1px solid #e3e5e8"></td></tr>')
    body = "\n".join(rows)
    align = "right" if dirn == "rtl" else "left"
    return ('<!DOCTYPE html>\n<html lang="%s" dir="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title>'
            '<style type="text/css">body{margin:0;padding:0}table{border-collapse:collapse}a{color:%s}</style></head>\n'
            '<body style="margin:0;padding:0;background:%s"><table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">'
            '<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:%s;font-size:15px;color:#242424;text-align:%s">\n'
            '%s\n</table></td></tr></table></body></html>\n') % (lang, dirn, h(title), accent, bg, font, align, body)

# ---------- ics ----------
def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")

def fold(line):
    """Fold at 75 octets, never inside a UTF-8 sequence and never just before a combining mark."""
    if len(line.encode("utf-8")) <= 75:
        return line
    parts, cur, first = [], "", True
    for ch in line:
        lim = 75 if first else 74
        if len((cur + ch).encode("utf-8")) > lim:
            cut, nxt = len(cur), ch
            while cut > 1 and unicodedata.category(nxt) in ("Mn", "Mc"):
                cut -= 1
                nxt = cur[cut]
            parts.append(cur[:cut])
            cur = cur[cut:]
            first = False
        cur += ch
    parts.append(cur)
    return "\n ".join(parts)

def make_ics(cal):
    lines = ["BEGIN:VCALENDAR", "PRODID:%s" % cal["prodid"], "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT",
             "DTSTART;TZID=%s:%s" % (cal["tz"], cal["start"]), "DTEND;TZID=%s:%s" % (cal["tz"], cal["end"]),
             "DTSTAMP:%s" % cal["stamp"], "ORGANIZER;CN=%s:mailto:%s" % (cal["org_cn"], cal["org"]), "UID:%s" % cal["uid"]]
    for cn, em in cal["attendees"]:
        lines.append("ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s;X-NUM-GUESTS=0:mailto:%s" % (cn, em))
    lines += ["DESCRIPTION:%s" % ics_escape(cal.get("description", "")), "LOCATION:%s" % ics_escape(cal.get("location", "")),
              "SEQUENCE:0", "STATUS:CONFIRMED", "SUMMARY:%s" % ics_escape(cal["summary"]), "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return "\n".join(fold(l) for l in lines) + "\n"

# ---------- message ----------
def build(m):
    seed = m["path"]
    dt = m["date"]
    datestr = format_datetime(dt)
    d = m["dkim_d"]; s = m.get("selector", "s1")
    ip = "198.51.100.%d" % m.get("ip", 20 + int(hexid(seed, 2), 16) % 200)
    qid = "4" + hexid(seed, 10).upper()
    ts = int(dt.timestamp())
    bh = rnd(seed + "bh", 43) + "="
    bsig = rnd(seed + "b", 64)
    mailfrom = m["mailfrom"]
    from_dom = m["from_addr"].split("@")[1]
    hdr = []
    hdr.append("Return-Path: <%s>" % m.get("return_path", "bounces+%s@%s" % (hexid(seed + "rp", 12), mailfrom)))
    host = m.get("rcv_host", "o%d.%s" % (int(hexid(seed, 1), 16) + 1, mailfrom))
    hdr.append("Received: from %s (%s [%s])\n\tby mx.notifyguard.test (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (host, host, ip, qid, m["to"], datestr))
    dkims = [(d, s)] + m.get("extra_dkim", [])
    for i, (dd, ss) in enumerate(dkims):
        bb = bsig if i == 0 else rnd(seed + "b%d" % i, 64)
        hdr.append("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n\ts=%s; t=%d;\n\th=from:to:subject:date:message-id:mime-version:content-type;\n\tbh=%s;\n\tb=%s" % (dd, ss, ts, rnd(seed + "bh%d" % i, 43) + "=" if i else bh, bb))
    ar = ["Authentication-Results: mx.notifyguard.test;"]
    for i, (dd, ss) in enumerate(dkims):
        bb = bsig if i == 0 else rnd(seed + "b%d" % i, 64)
        ar.append("\tdkim=pass header.d=%s header.s=%s header.b=%s;" % (dd, ss, bb[:8]))
    ar.append("\tspf=pass (domain of %s designates %s as permitted sender) smtp.mailfrom=%s;" % (mailfrom, ip, mailfrom))
    ar.append("\tdmarc=pass (p=%s sp=%s dis=NONE) header.from=%s" % (m.get("dmarc_p", "REJECT"), m.get("dmarc_p", "REJECT"), from_dom))
    hdr.append("\n".join(ar))
    hdr.append("Date: " + datestr)
    hdr.append("From: " + addr(m.get("from_name"), m["from_addr"]))
    if m.get("sender"):
        hdr.append("Sender: " + addr(*m["sender"]))
    if m.get("reply_to"):
        hdr.append("Reply-To: " + addr(*m["reply_to"]))
    hdr.append("To: " + addr(m.get("to_name"), m["to"]))
    hdr.append("Message-ID: <%s>" % m["msgid"])
    hdr.append("Subject: " + enc_header(m["subject"]))
    for k, v in m.get("extra_headers", []):
        hdr.append("%s: %s" % (k, v))
    hdr.append("MIME-Version: 1.0")

    title = m.get("title", m["subject"])
    text = m.get("text") or render_text(m["blocks"])
    htm = m.get("html") or render_html(m["blocks"], title, m.get("lang", "en"), m.get("dir", "ltr"), m.get("font", "Helvetica, Arial, sans-serif"), m.get("accent", "#0067b8"))
    cte_t = m.get("cte_text", "quoted-printable")
    cte_h = m.get("cte_html", "quoted-printable")
    b1 = hexid(seed + "b1", 28).rjust(28, "0")
    b2 = hexid(seed + "b2", 28)
    parts = []
    textpart = 'Content-Type: text/plain; charset="UTF-8"\nContent-Transfer-Encoding: %s\n\n%s' % (cte_t, encode_part(text, cte_t))
    htmlpart = 'Content-Type: text/html; charset="UTF-8"\nContent-Transfer-Encoding: %s\n\n%s' % (cte_h, encode_part(htm, cte_h))
    if m.get("html_only"):
        alts = [htmlpart]
    else:
        alts = [textpart, htmlpart]
    cal = m.get("calendar")
    if cal:
        icstext = make_ics(cal)
        alts.append('Content-Type: text/calendar; charset="UTF-8"; method=REQUEST\nContent-Transfer-Encoding: %s\n\n%s' % (cal.get("cte", "quoted-printable"), encode_part(icstext, cal.get("cte", "quoted-printable"))))
    def multipart(boundary, subparts):
        s = ""
        for p in subparts:
            s += "--%s\n%s" % (boundary, p if p.endswith("\n") else p + "\n")
        s += "--%s--\n" % boundary
        return s
    if cal:
        alt = 'Content-Type: multipart/alternative; boundary="%s"\n\n' % b2 + multipart(b2, alts)
        att = 'Content-Type: application/ics; name="invite.ics"\nContent-Disposition: attachment; filename="invite.ics"\nContent-Transfer-Encoding: base64\n\n' + b64(icstext)
        body = 'Content-Type: multipart/mixed; boundary="%s"\n\n' % b1 + multipart(b1, [alt, att])
    elif len(alts) == 1:
        body = alts[0]
    else:
        body = 'Content-Type: multipart/alternative; boundary="%s"\n\n' % b1 + multipart(b1, alts)
    msg = "\n".join(hdr) + "\n" + body
    path = os.path.join(OUT, m["path"])
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(msg)
    MANIFEST.append([m["path"], m["platform"], m["label"], m["tlang"], m["flang"], m["field"], m["evasion"], m.get("note", "")])

def D(y, mo, dd, hh, mi, ss=0):
    return datetime.datetime(y, mo, dd, hh, mi, ss, tzinfo=datetime.timezone.utc)
