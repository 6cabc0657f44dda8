"""The second probe set's generator library (../../probe2-eval/generator/lib.py), writing beside this folder, with
three changes: ORGANIZER and ATTENDEE CN values are quoted when they hold `:`, `;` or `,`; DKIM body hashes end in a
character a 256-bit hash can end in; write_manifest() takes the "guessed sender" table from the caller."""
import importlib.util, os

_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "probe2-eval", "generator", "lib.py")
_spec = importlib.util.spec_from_file_location("probe2_lib", _path)
_base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_base)
globals().update({k: v for k, v in vars(_base).items() if not k.startswith("__")})

# The set is written beside this folder.
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_base.OUT = OUT


def cn_param(cn):
    cn = cn.replace('"', "'")
    return '"%s"' % cn if any(c in cn for c in ':;,') else cn


def make_ics(cal):
    lines = ["BEGIN:VCALENDAR", "PRODID:%s" % cal["prodid"], "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT",
             "DTSTART;TZID=%s:%s" % (cal["tz"], cal["start"]), "DTEND;TZID=%s:%s" % (cal["tz"], cal["end"]),
             "DTSTAMP:%s" % cal["stamp"], "ORGANIZER;CN=%s:mailto:%s" % (cn_param(cal["org_cn"]), cal["org"]), "UID:%s" % cal["uid"]]
    for cn, em in cal["attendees"]:
        lines.append("ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s;X-NUM-GUESTS=0:mailto:%s" % (cn_param(cn), em))
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
    bh = rnd(seed + "bh", 42) + rnd(seed + "bhl", 1, "AEIMQUYcgkosw048") + "="
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
        hdr.append("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n\ts=%s; t=%d;\n\th=from:to:subject:date:message-id:mime-version:content-type;\n\tbh=%s;\n\tb=%s" % (dd, ss, ts, rnd(seed + "bh%d" % i, 42) + rnd(seed + "bhl%d" % i, 1, "AEIMQUYcgkosw048") + "=" if i else bh, bb))
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


def write_manifest(guessed):
    for r in MANIFEST:
        if r[1] in guessed:
            r[7] = (r[7] + "; " if r[7] else "") + "sender guessed, not checked: " + guessed[r[1]]
    rows = sorted(MANIFEST, key=lambda r: r[0])
    with open(os.path.join(OUT, "MANIFEST.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("file\tplatform\tlabel\ttemplate_lang\tfield_lang\tinjected_field\tevasion\tnote\n")
        for r in rows:
            f.write("\t".join(x.replace("\t", " ").replace("\n", " ") for x in r) + "\n")
