"""The second probe set's generator library (../../probe2-eval/generator/lib.py), writing beside this folder, with
long ASCII headers folded at spaces. run.py writes MANIFEST.tsv."""
import importlib.util, os

_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "probe2-eval", "generator", "lib.py")
_spec = importlib.util.spec_from_file_location("probe2_lib", _path)
_base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_base)
globals().update({k: v for k, v in vars(_base).items() if not k.startswith("__")})

# The set is written beside this folder.
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_base.OUT = OUT


def fold_ascii(s, width=66):
    words, lines, cur = s.split(" "), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur); cur = w
        else:
            cur = (cur + " " + w) if cur else w
    lines.append(cur)
    return "\n ".join(lines)


def enc_header(s):
    try:
        s.encode("ascii")
        return fold_ascii(s) if len(s) > 68 else s
    except UnicodeEncodeError:
        return ew(s)


_base.enc_header = enc_header
