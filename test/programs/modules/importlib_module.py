# importlib: import_module (absolute, dotted, relative to a package, and its errors), reload, invalidate_caches
import importlib, sys
m = importlib.import_module("math"); print(m.sqrt(16), m is sys.modules["math"])
p = importlib.import_module("os.path"); print(p.basename("/a/b"), p.__name__)
c = importlib.import_module("collections.abc"); print(c.Mapping.__name__)
for name, pkg in [("nonexistent_mod_xyz", None), (".x", None), ("..x", "a"), (".abc", "collections")]:
    try:
        r = importlib.import_module(name, pkg); print(name, pkg, "->", r.__name__)
    except Exception as e:
        print(name, pkg, type(e).__name__, e)
print(importlib.reload(m) is m)
try: importlib.reload(5)
except TypeError as e: print("TypeError:", e)
importlib.invalidate_caches()
mods = {n: importlib.import_module(n) for n in ["json", "re", "string"]}
print(sorted(mods), mods["json"].dumps([1]))
