"""The second probe set's generator library (../../probe2-eval/generator/lib.py), writing beside this folder, and
writing a long non-ASCII display name as one Q-encoded word: Python's address parser doubles the space between
adjacent encoded words."""
import base64, importlib.util, os

_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "probe2-eval", "generator", "lib.py")
_spec = importlib.util.spec_from_file_location("probe2_lib", _path)
_base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_base)
globals().update({k: v for k, v in vars(_base).items() if not k.startswith("__")})

# The set is written beside this folder.
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_base.OUT = OUT


def addr(name, email):
    if not name:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:()<>@"[]'):
            return '"%s" <%s>' % (name.replace('"', ''), email)
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        e = "=?UTF-8?B?%s?=" % base64.b64encode(name.encode("utf-8")).decode("ascii")
        if len(e) > 75:
            # Q form (RFC 2047 5(3) phrase-safe characters only): one encoded word where B would need two
            q = "".join(c if (c.isascii() and c.isalnum()) or c in "!*+-/" else ("_" if c == " " else "".join("=%02X" % b for b in c.encode("utf-8"))) for c in name)
            e = "=?UTF-8?Q?%s?=" % q
        if len(e) > 75:
            e = ew(name, single_ok=True)
        return "%s%s<%s>" % (e, "\n " if len(e.split("\n")[-1]) + len(email) > 60 else " ", email)


_base.addr = addr
