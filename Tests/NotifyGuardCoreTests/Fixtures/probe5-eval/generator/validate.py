#!/usr/bin/env python3
"""Validate the probe5 set: MIME parses without defects, every part decodes, authentication headers are aligned with From,
and MANIFEST.tsv covers exactly the .eml files. Exit status 1 on any problem."""
import os, re, sys, glob, csv, datetime
from email import policy
from email.parser import BytesParser
from email.utils import parsedate_to_datetime

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COLS = ["file", "platform", "label", "template_lang", "field_lang", "injected_field", "evasion", "note"]
EXPECT = {"abuse": ("abuse", 20), "legit-notify": ("legit", 24)}
# Multi-label public suffixes used in this set (enough for relaxed DMARC alignment of the domains here).
SUFFIXES = {"com.br", "co.uk", "co.jp", "com.mx", "co.id", "co.kr", "com.tr", "com.co"}
errors = []


def err(f, msg):
    errors.append("%s: %s" % (f, msg))


def org_domain(d):
    labels = d.lower().rstrip(".").split(".")
    n = 3 if ".".join(labels[-2:]) in SUFFIXES else 2
    return ".".join(labels[-n:])


def check(path):
    rel = os.path.relpath(path, ROOT)
    raw = open(path, "rb").read()
    try:
        raw.decode("ascii")
    except UnicodeDecodeError:
        err(rel, "file is not 7-bit ASCII (headers/bodies must be encoded)")
    if b"\r" in raw:
        err(rel, "unexpected CR characters")
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    if msg.defects:
        err(rel, "message defects %r" % msg.defects)
    for k, v in msg.items():
        if getattr(v, "defects", None):
            err(rel, "header %s defects %r" % (k, v.defects))
        if "=?" in str(v):
            err(rel, "header %s has undecoded encoded-word: %r" % (k, str(v)))
    for name in ("From", "To", "Date", "Message-ID", "Subject", "MIME-Version", "DKIM-Signature", "Authentication-Results", "Received"):
        if msg[name] is None:
            err(rel, "missing %s" % name)
    if errors and errors[-1].startswith(rel + ": missing"):
        return None
    # Received by the test MX
    if not any("by mx.notifyguard.test" in str(r) for r in msg.get_all("Received")):
        err(rel, "no Received header by mx.notifyguard.test")
    # Date in December 2026
    dt = parsedate_to_datetime(str(msg["Date"]))
    if not (dt.year == 2026 and dt.month == 12):
        err(rel, "Date not in Dec 2026: %s" % msg["Date"])
    # Message-ID shape
    if not re.fullmatch(r"<[^<>@\s]+@[^<>@\s]+>", str(msg["Message-ID"]).strip()):
        err(rel, "odd Message-ID %r" % str(msg["Message-ID"]))
    # From / Authentication-Results alignment
    frm = msg["From"].addresses
    if len(frm) != 1:
        err(rel, "From must hold exactly one address")
        return None
    from_dom = frm[0].domain.lower()
    ar = re.sub(r"\s+", " ", str(msg["Authentication-Results"]))
    if not ar.startswith("mx.notifyguard.test;"):
        err(rel, "Authentication-Results authserv-id is not mx.notifyguard.test")
    m = re.search(r"dmarc=pass \([^)]*\) header\.from=([^\s;]+)", ar) or re.search(r"dmarc=pass header\.from=([^\s;]+)", ar)
    if not m:
        err(rel, "no dmarc=pass header.from in Authentication-Results")
    elif m.group(1).lower() != from_dom:
        err(rel, "dmarc header.from=%s but From domain is %s" % (m.group(1), from_dom))
    if "spf=pass" not in ar:
        err(rel, "no spf=pass")
    ar_dkim = [d.lower() for d in re.findall(r"dkim=pass header\.d=([^\s;]+)", ar)]
    sig_d = [re.search(r"\bd=([^;\s]+)", re.sub(r"\s+", " ", str(s))).group(1).lower() for s in msg.get_all("DKIM-Signature")]
    if sorted(ar_dkim) != sorted(sig_d):
        err(rel, "DKIM-Signature d= %r does not match Authentication-Results dkim header.d %r" % (sig_d, ar_dkim))
    if not any(org_domain(d) == org_domain(from_dom) for d in ar_dkim):
        err(rel, "no DKIM pass aligned with From domain %s (have %r)" % (from_dom, ar_dkim))
    # MIME structure: a multipart/alternative with text/plain + text/html; every leaf decodes
    alts = [p for p in msg.walk() if p.get_content_type() == "multipart/alternative"]
    if not alts:
        err(rel, "no multipart/alternative")
    else:
        kinds = [c.get_content_type() for c in alts[0].iter_parts()]
        if "text/plain" not in kinds or "text/html" not in kinds:
            err(rel, "multipart/alternative lacks text/plain or text/html: %r" % kinds)
    texts = {}
    for part in msg.walk():
        if part.defects:
            err(rel, "part %s defects %r" % (part.get_content_type(), part.defects))
        if part.is_multipart():
            continue
        try:
            content = part.get_content()
        except Exception as e:  # noqa
            err(rel, "part %s does not decode: %s" % (part.get_content_type(), e))
            continue
        if part.get_content_maintype() == "text":
            if not isinstance(content, str) or not content.strip():
                err(rel, "empty text part %s" % part.get_content_type())
            texts.setdefault(part.get_content_type(), content)
            if part.get_content_charset() not in ("utf-8", "us-ascii"):
                err(rel, "unexpected charset %s" % part.get_content_charset())
        else:
            if not content:
                err(rel, "empty part %s" % part.get_content_type())
    if "text/html" in texts and "<html" not in texts["text/html"].lower():
        err(rel, "html part is not an html document")
    return {"label_dir": os.path.basename(os.path.dirname(path)), "rel": rel}


def main():
    files = sorted(glob.glob(os.path.join(ROOT, "abuse", "*.eml")) + glob.glob(os.path.join(ROOT, "legit-notify", "*.eml")))
    seen = {}
    for f in files:
        r = check(f)
        if r:
            seen[r["rel"]] = r
    rels = {os.path.relpath(f, ROOT) for f in files}
    for d, (label, n) in EXPECT.items():
        cnt = len([r for r in rels if r.startswith(d + "/")])
        if cnt != n:
            errors.append("%s/: expected %d .eml files, found %d" % (d, n, cnt))
    # Manifest
    mpath = os.path.join(ROOT, "MANIFEST.tsv")
    with open(mpath, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    if rows[0] != COLS:
        errors.append("MANIFEST.tsv header is %r" % rows[0])
    listed = {}
    for i, row in enumerate(rows[1:], 2):
        if len(row) != len(COLS):
            errors.append("MANIFEST.tsv line %d has %d columns" % (i, len(row)))
            continue
        rec = dict(zip(COLS, row))
        if rec["file"] in listed:
            errors.append("MANIFEST.tsv lists %s twice" % rec["file"])
        listed[rec["file"]] = rec
        label_dir = rec["file"].split("/")[0]
        if label_dir not in EXPECT or rec["label"] != EXPECT[label_dir][0]:
            errors.append("MANIFEST.tsv %s: label %r does not match folder" % (rec["file"], rec["label"]))
        if rec["label"] == "legit" and not rec["evasion"].startswith("hard-negative:"):
            errors.append("MANIFEST.tsv %s: legit evasion must start with 'hard-negative:'" % rec["file"])
        if rec["label"] == "abuse" and rec["evasion"].startswith("hard-negative:"):
            errors.append("MANIFEST.tsv %s: abuse row marked hard-negative" % rec["file"])
        for c in ("platform", "template_lang", "field_lang", "injected_field", "evasion"):
            if not rec[c].strip():
                errors.append("MANIFEST.tsv %s: empty %s" % (rec["file"], c))
        base = os.path.basename(rec["file"])
        if not base.startswith(rec["platform"] + "__"):
            errors.append("MANIFEST.tsv %s: file name does not start with platform %r" % (rec["file"], rec["platform"]))
    missing = rels - set(listed)
    extra = set(listed) - rels
    for f in sorted(missing):
        errors.append("MANIFEST.tsv does not list %s" % f)
    for f in sorted(extra):
        errors.append("MANIFEST.tsv lists missing file %s" % f)
    if errors:
        print("\n".join(errors))
        print("FAIL: %d problem(s)" % len(errors))
        sys.exit(1)
    print("OK: %d messages (%d abuse, %d legit-notify), manifest covers all files" % (
        len(rels), len([r for r in rels if r.startswith("abuse/")]), len([r for r in rels if r.startswith("legit-notify/")])))


if __name__ == "__main__":
    main()
