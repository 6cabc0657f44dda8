"""Parse every .eml with email.policy.default, decode all parts and headers, check the MANIFEST lists every file."""
import os, sys, glob, csv, email, re
from email import policy
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
files = sorted(os.path.relpath(p, ROOT) for p in glob.glob(os.path.join(ROOT, "*", "*.eml")))
rows = list(csv.reader(open(os.path.join(ROOT, "MANIFEST.tsv"), encoding="utf-8"), delimiter="\t"))
hdr, rows = rows[0], rows[1:]
assert all(len(r) == len(hdr) for r in rows), "ragged manifest"
listed = [r[0] for r in rows]
errs = []
if sorted(listed) != files:
    errs.append("manifest/files differ: %s" % (set(listed) ^ set(files)))
for r in rows:
    if r[2] != ("abuse" if r[0].startswith("abuse/") else "legit"):
        errs.append("label mismatch " + r[0])
for f in files:
    raw = open(os.path.join(ROOT, f), "rb").read()
    try:
        raw.decode("ascii")
    except UnicodeDecodeError:
        errs.append("non-ASCII bytes in raw message " + f)
    msg = email.message_from_bytes(raw, policy=policy.default)
    if msg.defects:
        errs.append("%s: defects %s" % (f, msg.defects))
    for k in ("From", "To", "Subject", "Date", "Message-ID", "DKIM-Signature", "Authentication-Results"):
        v = msg[k]
        if v is None:
            errs.append("%s: missing %s" % (f, k)); continue
        str(v)
    if "by mx.notifyguard.test" not in str(msg["Received"]):
        errs.append(f + ": Received")
    ar = str(msg["Authentication-Results"])
    if not re.search(r"dkim=pass header\.d=\S+", ar) or "dmarc=pass" not in ar or "spf=pass" not in ar:
        errs.append(f + ": AR")
    d = msg["Date"].datetime
    if not (d.year == 2026 and ((d.month == 11 and d.day >= 20) or (d.month == 12 and d.day <= 7))):
        errs.append(f + ": date %s" % d)
    types = []
    for part in msg.walk():
        if part.defects:
            errs.append("%s: part defects %s" % (f, part.defects))
        if part.is_multipart():
            continue
        types.append(part.get_content_type())
        c = part.get_content()
        if isinstance(c, str) and "\ufffd" in c:
            errs.append(f + ": replacement char in decoded part")
    if "text/plain" not in types or "text/html" not in types:
        errs.append("%s: parts %s" % (f, types))
    if not any(p.get_content_type() == "multipart/alternative" for p in msg.walk()):
        errs.append(f + ": no multipart/alternative")
print("%d files, %d manifest rows, %d errors" % (len(files), len(rows), len(errs)))
for e in errs:
    print(" ", e)
sys.exit(1 if errs else 0)
