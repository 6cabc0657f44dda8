"""Writes ../abuse/*.eml, ../legit-notify/*.eml and ../MANIFEST.tsv."""
import os, glob
import lib, abuse, legit

for d in ("abuse", "legit-notify"):
    for f in glob.glob(os.path.join(lib.OUT, d, "*.eml")):
        os.remove(f)
ms = abuse.all_abuse() + legit.all_legit()
for m in ms:
    lib.build(m)
rows = sorted(lib.MANIFEST, key=lambda r: r[0])
with open(os.path.join(lib.OUT, "MANIFEST.tsv"), "w", encoding="utf-8", newline="\n") as f:
    f.write("file\tplatform\tlabel\ttemplate_lang\tfield_lang\tinjected_field\tevasion\tnote\n")
    for r in rows:
        f.write("\t".join(x.replace("\t", " ").replace("\n", " ") for x in r) + "\n")
print(len(ms))
