#!/usr/bin/env python3
"""Regenerate the whole probe5 set: abuse/*.eml, legit-notify/*.eml and MANIFEST.tsv (deterministic)."""
import os, glob, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
import abuse, legit

def main():
    for d in ("abuse", "legit-notify"):
        os.makedirs(os.path.join(lib.OUT, d), exist_ok=True)
        for f in glob.glob(os.path.join(lib.OUT, d, "*.eml")):
            os.remove(f)
    paths = set()
    for fn in abuse.ALL + legit.ALL:
        m = fn()
        assert m["path"] not in paths, m["path"]
        paths.add(m["path"])
        lib.build(m)
    lib.write_manifest({})  # guessed-sender notes are added in common.mk()
    print("wrote %d messages to %s" % (len(paths), lib.OUT))

if __name__ == "__main__":
    main()
