"""Small helpers shared by abuse.py and legit.py (probe4)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
from lib import D, h, hexid

ABUSE = "abuse"
LEGIT = "legit-notify"

ZWSP, ZWNJ, ZWJ, WJ = "\u200b", "\u200c", "\u200d", "\u2060"


def a(label, url, style="color:#6b6f76"):
    return '<a href="%s" style="%s">%s</a>' % (h(url), style, h(label))


def foot(*lines):
    """Footer block. Each line is a str or a list of str / (label, url). Links render as 'label: url' in text."""
    tl, hl = [], []
    for line in lines:
        if isinstance(line, (str, tuple)):
            line = [line]
        t, hh = [], []
        for it in line:
            if isinstance(it, tuple):
                t.append("%s: %s" % it)
                hh.append(a(*it))
            else:
                t.append(it)
                hh.append(h(it))
        tl.append(" | ".join(t))
        hl.append(" &middot; ".join(hh))
    return ("raw", "\n".join(tl), '<p style="font-size:12px;color:#6b6f76;margin:0;line-height:1.6">%s</p>' % "<br>".join(hl))


def linkp(before, label, url, after=""):
    """Paragraph with one inline link; text part shows 'label (url)'."""
    text = "%s%s (%s)%s" % (before, label, url, after)
    html = '<p style="margin:0">%s%s%s</p>' % (h(before), a(label, url, "color:inherit"), h(after))
    return ("raw", text, html)


def msg(folder, name, meta, *, date, from_name, from_addr, to, subject, blocks, to_name=None,
        dkim_d=None, selector="s1", mailfrom=None, msgid=None, **kw):
    """Assemble the dict lib.build() expects. meta = (platform, template_lang, field_lang, injected_field, evasion, note)."""
    platform, tlang, flang, field, evasion, note = meta
    from_dom = from_addr.split("@")[1]
    path = "%s/%s.eml" % (folder, name)
    m = dict(path=path, platform=platform, label="abuse" if folder == ABUSE else "legit",
             tlang=tlang, flang=flang, field=field, evasion=evasion, note=note,
             date=date, from_name=from_name, from_addr=from_addr, to=to, to_name=to_name,
             subject=subject, blocks=blocks, dkim_d=dkim_d or from_dom, selector=selector,
             mailfrom=mailfrom or from_dom,
             msgid=msgid or "%s@%s" % (hexid(path + "mid", 28), from_dom))
    m.update(kw)
    return m


def unsub(url, mailto=None):
    v = "<%s>" % url if not mailto else "<mailto:%s>, <%s>" % (mailto, url)
    return [("List-Unsubscribe", v), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]
