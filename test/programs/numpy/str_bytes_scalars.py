# Elements of 'U' and 'S' arrays are np.str_ / np.bytes_ scalars: they repr with the np. prefix
# (in lists, dict keys, tuples), behave as str / bytes, and tolist()/item() give plain values.
import numpy as np

names = np.array(["alice", "bob", "carol", "bob"])
s = names[0]
print(s, repr(s), type(s).__name__, isinstance(s, str), isinstance(s, np.generic))
print(list(names), sorted(names), max(names), list(reversed(names[:2])))
u, c = np.unique(names, return_counts=True)
print(dict(zip(u, c)), u[c.argmax()], u.tolist(), names.item(1), type(names.item(1)).__name__)
counts = {}
for n in names:
    counts[n] = counts.get(n, 0) + 1
print(counts, counts["bob"], {"bob": 1}[names[1]], hash(s) == hash("alice"))
print(s.upper(), repr(s.upper()), repr(s + "!"), repr(s * 2), repr(s[1:3]), len(s), s == "alice", "li" in s, s in "xalicex")
print(f"{s:>8}|{s!r}", "%s/%r" % (s, s), ", ".join(names), str(s) + "?", repr(str(s)))
print(s.dtype, s.shape, s.ndim, s.itemsize, repr(s.item()), repr(s.tolist()), bool(np.str_("")), bool(s))
print(int(np.str_("42")) + 1, float(np.str_("2.5")), complex(np.str_("1+2j")))
for bad in [lambda: int(np.str_("x")), lambda: float(np.str_("x")), lambda: -s, lambda: abs(s)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
grid = np.array([["a", "b"], ["c", "d"]])
print(grid[0, 1], repr(grid[1][0]), [list(r) for r in grid], grid.tolist())
rec = np.array([("x", 1.5)], dtype=[("name", "U4"), ("v", "f8")])
print(repr(rec[0]["name"]), rec[0].tolist(), rec.tolist())
b = np.array([b"ab", b"c"])
print(b[0], repr(b[0]), list(b), b.tolist(), b[0].decode(), repr(b[0] + b"x"), b[0] in b"xaby", len(b[0]), str(b[0]))
print(np.str_("hi"), repr(np.str_("it's")), repr(np.bytes_("ab")), np.array(names[0]), repr(np.array(b"xy")))
for f in [lambda: names.max(), lambda: np.cumsum(names)]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
