import os
from lib import *
import lib

def M(label, platform, slug, *, tlang, flang, field, evasion, note="", date, frm, from_name, dkim_d, mailfrom=None,
      to, to_name=None, subject, blocks=None, selector="s1", cte=("quoted-printable", "quoted-printable"), **kw):
    folder = "abuse" if label == "abuse" else "legit-notify"
    path = "%s/%s__%s.eml" % (folder, platform, slug)
    mailfrom = mailfrom or frm.split("@")[1]
    m = dict(path=path, platform=platform, label=label, tlang=tlang, flang=flang, field=field, evasion=evasion, note=note,
             date=date, from_addr=frm, from_name=from_name, dkim_d=dkim_d, mailfrom=mailfrom, to=to, to_name=to_name,
             subject=subject, blocks=blocks, selector=selector, cte_text=cte[0], cte_html=cte[1],
             msgid="%s@%s" % (hexid(path + "mid", 28), mailfrom), lang=kw.pop("lang", tlang))
    m.update(kw)
    build(m)

def write_manifest():
    rows = sorted(lib.MANIFEST, key=lambda r: r[0])
    with open(os.path.join(lib.OUT, "MANIFEST.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("file\tplatform\tlabel\ttemplate_lang\tfield_lang\tinjected_field\tevasion\tnote\n")
        for r in rows:
            f.write("\t".join(x.replace("\t", " ").replace("\n", " ") for x in r) + "\n")
