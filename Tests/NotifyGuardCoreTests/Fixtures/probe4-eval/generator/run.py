#!/usr/bin/env python3
"""Regenerate the whole probe4 set (abuse/, legit-notify/, MANIFEST.tsv). Deterministic: no clock, no randomness
beyond seeded hashes of the file path."""
import glob, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib, abuse, legit
from common import ABUSE, LEGIT

COLS = ["file", "platform", "label", "template_lang", "field_lang", "injected_field", "evasion", "note"]


def main():
    for d in (ABUSE, LEGIT):
        os.makedirs(os.path.join(lib.OUT, d), exist_ok=True)
        for f in glob.glob(os.path.join(lib.OUT, d, "*.eml")):
            os.remove(f)
    del lib.MANIFEST[:]
    seen = set()
    for fn in abuse.ALL + legit.ALL:
        m = fn()
        assert m["path"] not in seen, m["path"]
        seen.add(m["path"])
        lib.build(m)
    rows = sorted(lib.MANIFEST, key=lambda r: r[0])
    with open(os.path.join(lib.OUT, "MANIFEST.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\t".join(COLS) + "\n")
        for r in rows:
            f.write("\t".join(str(x).replace("\t", " ").replace("\n", " ") for x in r) + "\n")
    print("wrote %d messages (%d abuse, %d legit-notify)" % (len(rows), len(abuse.ALL), len(legit.ALL)))


if __name__ == "__main__":
    main()
