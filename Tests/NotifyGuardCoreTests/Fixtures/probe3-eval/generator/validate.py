import email, os, sys, csv
from email.policy import default
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
bad = 0
rows = list(csv.DictReader(open(os.path.join(OUT, "MANIFEST.tsv"), encoding="utf-8"), delimiter="\t"))
listed = {r["file"] for r in rows}
files = set()
for d in ("abuse", "legit-notify"):
    for f in sorted(os.listdir(os.path.join(OUT, d))):
        p = "%s/%s" % (d, f); files.add(p)
        raw = open(os.path.join(OUT, p), "rb").read()
        try:
            raw.decode("ascii")
        except UnicodeDecodeError:
            print("NON-ASCII raw", p); bad += 1
        msg = email.message_from_bytes(raw, policy=default)
        probs = list(msg.defects)
        for k in ("Received", "DKIM-Signature", "Authentication-Results", "Message-ID", "Date", "From", "To", "Subject"):
            if msg[k] is None: probs.append("missing " + k)
            else:
                probs += list(getattr(msg[k], "defects", []))
        ar = str(msg["Authentication-Results"])
        if "mx.notifyguard.test" not in ar or "dkim=pass" not in ar or "dmarc=pass" not in ar or "spf=pass" not in ar: probs.append("AR")
        if "by mx.notifyguard.test" not in str(msg["Received"]): probs.append("Received")
        dt = msg["Date"].datetime
        if not ((dt.year, dt.month) in ((2026, 11), (2026, 12))): probs.append("date")
        fromdom = msg["From"].addresses[0].domain
        if "header.from=%s" % fromdom not in ar: probs.append("dmarc header.from mismatch")
        types = []
        for part in msg.walk():
            probs += list(part.defects)
            types.append(part.get_content_type())
            if not part.is_multipart():
                c = part.get_content()
                if part.get_content_maintype() == "text" and "\ufffd" in c: probs.append("replacement char")
        if "multipart/alternative" not in types or "text/plain" not in types or "text/html" not in types: probs.append("structure %s" % types)
        lab = "abuse" if d == "abuse" else "legit"
        if probs:
            bad += 1; print(p, probs)
        _ = str(msg["Subject"])
print("files", len(files), "manifest", len(listed), "missing", files - listed, "extra", listed - files, "bad", bad)
sys.exit(1 if bad or files != listed else 0)
