#!/usr/bin/env python3
"""Validate the probe4 set: every .eml parses with email.policy.default without defects, every part decodes,
headers are ASCII (RFC 2047 where non-ASCII), the From domain matches dmarc header.from and DKIM/SPF align,
and MANIFEST.tsv covers exactly the files on disk. Exit status 0 = pass."""
import csv, datetime, glob, os, re, sys
from email import policy
from email.parser import BytesParser
from email.utils import parseaddr, parsedate_to_datetime

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FOLDERS = {"abuse": "abuse", "legit-notify": "legit"}
COLS = ["file", "platform", "label", "template_lang", "field_lang", "injected_field", "evasion", "note"]
MULTI_SUFFIX = {"co.uk", "com.au", "co.jp", "com.br", "co.il", "com.ua", "co.th", "com.bd", "com.tr", "edu.cn", "co.nz"}


def org(domain):
    labels = domain.lower().rstrip(".").split(".")
    n = 3 if ".".join(labels[-2:]) in MULTI_SUFFIX else 2
    return ".".join(labels[-n:])


def check_file(path, errors):
    rel = os.path.relpath(path, ROOT)
    err = lambda s: errors.append("%s: %s" % (rel, s))
    raw = open(path, "rb").read()
    head = raw.split(b"\n\n", 1)[0]
    try:
        head.decode("ascii")
    except UnicodeDecodeError:
        err("raw header section is not ASCII (missing RFC 2047 encoding)")
    if b"\r" in raw:
        err("CR found; files use LF line endings")
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    for part in msg.walk():
        if part.defects:
            err("defects in %s: %r" % (part.get_content_type(), part.defects))
        for k, v in part.items():
            if getattr(v, "defects", None):
                err("header %s defects: %r" % (k, v.defects))
    for hname in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "DKIM-Signature",
                  "Authentication-Results", "Received", "Return-Path"):
        if msg[hname] is None:
            err("missing header " + hname)
    if any(msg.get_all(x) and len(msg.get_all(x)) > 1 for x in ("From", "Subject", "Date", "Message-ID", "To")):
        err("duplicated singleton header")
    if "by mx.notifyguard.test" not in str(msg["Received"]):
        err("Received header not 'by mx.notifyguard.test'")
    mid = str(msg["Message-ID"]).strip()
    if not re.fullmatch(r"<[^<>@\s]+@[^<>@\s]+>", mid):
        err("bad Message-ID %r" % mid)
    try:
        dt = parsedate_to_datetime(str(msg["Date"]))
        if not (dt.year == 2026 and dt.month in (11, 12)):
            err("Date not in Nov/Dec 2026: %s" % dt)
    except (TypeError, ValueError):
        err("unparseable Date %r" % msg["Date"])
    # ---- structure and decoding
    types = [p.get_content_type() for p in msg.walk()]
    alt = [p for p in msg.walk() if p.get_content_type() == "multipart/alternative"]
    if not alt:
        err("no multipart/alternative")
    else:
        kids = [p.get_content_type() for p in alt[0].iter_parts()]
        if "text/plain" not in kids or "text/html" not in kids:
            err("multipart/alternative lacks text/plain + text/html: %r" % kids)
    for p in msg.walk():
        if p.is_multipart():
            continue
        try:
            content = p.get_content()
        except Exception as e:  # noqa
            err("part %s does not decode: %s" % (p.get_content_type(), e))
            continue
        if p.get_content_maintype() == "text":
            cs = p.get_content_charset()
            if cs != "utf-8":
                err("text part charset %r" % cs)
            try:
                p.get_payload(decode=True).decode("utf-8", "strict")
            except UnicodeDecodeError as e:
                err("part %s not valid UTF-8: %s" % (p.get_content_type(), e))
            if not content.strip():
                err("empty %s part" % p.get_content_type())
    # ---- authentication alignment
    from_addr = parseaddr(str(msg["From"]))[1]
    if "@" not in from_addr:
        err("unparseable From %r" % str(msg["From"]))
        return
    from_dom = from_addr.split("@", 1)[1].lower()
    ar = re.sub(r"\s+", " ", str(msg["Authentication-Results"]))
    if not ar.startswith("mx.notifyguard.test;"):
        err("Authentication-Results authserv-id is not mx.notifyguard.test")
    m_dmarc = re.search(r"dmarc=pass\b.*?header\.from=([A-Za-z0-9.-]+)", ar)
    m_dkim = re.findall(r"dkim=pass header\.d=([A-Za-z0-9.-]+)", ar)
    m_spf = re.search(r"spf=pass\b.*?smtp\.mailfrom=([A-Za-z0-9.@-]+)", ar)
    if not m_dmarc:
        err("no dmarc=pass header.from in Authentication-Results")
    elif m_dmarc.group(1).lower() != from_dom:
        err("dmarc header.from=%s but From domain is %s" % (m_dmarc.group(1), from_dom))
    if not m_dkim:
        err("no dkim=pass in Authentication-Results")
    if not m_spf:
        err("no spf=pass in Authentication-Results")
    sig_ds = [re.search(r"\bd=([A-Za-z0-9.-]+);", re.sub(r"\s+", " ", str(v))).group(1).lower() for v in msg.get_all("DKIM-Signature")]
    if sorted(sig_ds) != sorted(d.lower() for d in m_dkim):
        err("DKIM-Signature d= %r does not match Authentication-Results %r" % (sig_ds, m_dkim))
    if m_dkim and org(m_dkim[0]) != org(from_dom):
        err("DKIM d=%s not aligned with From domain %s" % (m_dkim[0], from_dom))
    if m_spf and org(m_spf.group(1).split("@")[-1]) != org(from_dom):
        err("SPF mailfrom %s not aligned with From domain %s" % (m_spf.group(1), from_dom))
    rp = parseaddr(str(msg["Return-Path"]))[1]
    if m_spf and rp.split("@")[-1].lower() != m_spf.group(1).split("@")[-1].lower():
        err("Return-Path %s differs from smtp.mailfrom %s" % (rp, m_spf.group(1)))
    str(msg["Subject"])  # must decode


def check_manifest(files, errors):
    path = os.path.join(ROOT, "MANIFEST.tsv")
    if not os.path.exists(path):
        errors.append("MANIFEST.tsv missing")
        return
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    if rows[0] != COLS:
        errors.append("MANIFEST header %r != %r" % (rows[0], COLS))
    listed = {}
    for r in rows[1:]:
        if len(r) != len(COLS):
            errors.append("MANIFEST row has %d columns: %r" % (len(r), r[:1]))
            continue
        rec = dict(zip(COLS, r))
        if rec["file"] in listed:
            errors.append("MANIFEST duplicate row %s" % rec["file"])
        listed[rec["file"]] = rec
        folder = rec["file"].split("/")[0]
        if FOLDERS.get(folder) != rec["label"]:
            errors.append("MANIFEST %s: label %r does not match folder" % (rec["file"], rec["label"]))
        hn = rec["evasion"].startswith("hard-negative:")
        if (rec["label"] == "legit") != hn:
            errors.append("MANIFEST %s: evasion must start with 'hard-negative:' exactly for legit rows" % rec["file"])
        for c in COLS:
            if not rec[c].strip():
                errors.append("MANIFEST %s: empty column %s" % (rec["file"], c))
        if not os.path.basename(rec["file"]).startswith(rec["platform"] + "__"):
            errors.append("MANIFEST %s: platform %r not the file prefix" % (rec["file"], rec["platform"]))
    on_disk = set(files)
    for f in sorted(on_disk - set(listed)):
        errors.append("file not in MANIFEST: " + f)
    for f in sorted(set(listed) - on_disk):
        errors.append("MANIFEST row without file: " + f)


def main():
    errors = []
    files = []
    for folder in FOLDERS:
        got = sorted(glob.glob(os.path.join(ROOT, folder, "*.eml")))
        if len(got) != 24:
            errors.append("%s/ has %d .eml files, expected 24" % (folder, len(got)))
        files += [os.path.relpath(p, ROOT) for p in got]
    for rel in files:
        try:
            check_file(os.path.join(ROOT, rel), errors)
        except Exception as e:  # report, don't crash
            errors.append("%s: validator exception %s: %s" % (rel, type(e).__name__, e))
    check_manifest(files, errors)
    for e in errors:
        print("FAIL", e)
    print("%d files checked, %d problems" % (len(files), len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
