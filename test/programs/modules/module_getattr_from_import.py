# `from m import name` asks a module-level __getattr__ (PEP 562) for a name the module does not define
import os, sys, tempfile
d = tempfile.mkdtemp()
with open(os.path.join(d, "lazymod.py"), "w") as f:
    f.write(
        "def __getattr__(name):\n"
        "    if name.startswith('x'):\n"
        "        return name.upper()\n"
        "    if name == 'boom':\n"
        "        raise KeyError(name)\n"
        "    raise AttributeError(f'module {__name__!r} has no attribute {name!r}')\n"
        "plain = 1\n"
    )
sys.path.insert(0, d)
from lazymod import xyz, plain
import lazymod
print(xyz, plain, lazymod.xab, getattr(lazymod, "xq", None), getattr(lazymod, "nope", "default"))
try:
    from lazymod import other
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    from lazymod import boom
except KeyError as e:
    print("KeyError", e)
