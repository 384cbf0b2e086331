"""Generate test/modules/fixtures.json from CPython 3.11: math results on a grid of arguments and
os.path results on many path strings. Run: python3 test/modules/gen-fixtures.py"""
import json, math, os, posixpath, random, sys

assert sys.version_info[:2] == (3, 11), "fixtures must come from CPython 3.11"
rng = random.Random(20240611)


def enc(v):
    """A JSON encoding of an argument that the TS test can rebuild exactly."""
    if isinstance(v, bool):
        return {"b": v}
    if isinstance(v, int):
        return {"i": str(v)}
    if isinstance(v, float):
        return {"f": repr(v)}
    if isinstance(v, str):
        return {"s": v}
    if isinstance(v, (list, tuple)):
        return {"l" if isinstance(v, list) else "t": [enc(x) for x in v]}
    if v is None:
        return {"n": None}
    raise TypeError(v)


def outcome(f, *args, **kw):
    try:
        return repr(f(*args, **kw))
    except Exception as e:  # noqa: BLE001
        return f"!{type(e).__name__}: {e}"


specials = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, 3.0, 10.0, 0.1, 1e-10, 1e-300, 5e-324, 2.2250738585072014e-308,
            1e300, 1.7976931348623157e308, float("inf"), float("-inf"), float("nan"), 100.0, 709.0, 710.0, -745.0,
            -746.0, 1e16, -2.5, 3.7, 0.75, 1.25, 22.0, 23.5, 171.0, 172.0, -170.5, 1e-20, 1e-21, 6.0, 26.5, 27.5,
            -1e-5, 1.0000000001, 0.9999999999, 3.141592653589793, 1.5707963267948966, 0.7853981633974483]
floats = list(specials)
for _ in range(70):
    floats.append(rng.uniform(-10, 10))
for _ in range(70):
    floats.append(rng.choice([-1, 1]) * 10 ** rng.uniform(-20, 20))
for _ in range(20):
    floats.append(rng.uniform(-1, 1))
ints = [0, 1, -1, 2, 7, -13, 100, 10 ** 20, -(10 ** 20), 2 ** 1000, 2 ** 53 + 1, True, False, 10 ** 400]
args1 = floats + ints

unary = ["sqrt", "exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "fabs", "cbrt", "sin", "cos", "tan",
         "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "erf", "erfc", "gamma",
         "lgamma", "degrees", "radians", "floor", "ceil", "trunc", "modf", "frexp", "isfinite", "isinf", "isnan",
         "ulp"]
cases = []
for name in unary:
    f = getattr(math, name)
    for x in args1:
        cases.append([name, [enc(x)], outcome(f, x)])
    cases.append([name, [enc("x")], outcome(f, "x")])
    cases.append([name, [enc(None)], outcome(f, None)])
    cases.append([name, [], outcome(f)])

pairs = []
bin_vals = [0.0, -0.0, 1.0, -1.0, 2.0, 0.5, -2.5, 3.0, 10.0, 1e300, 1e-300, float("inf"), float("-inf"), float("nan"), 7, -3]
for a in bin_vals:
    for b in bin_vals:
        pairs.append((a, b))
for _ in range(100):
    pairs.append((rng.uniform(-10, 10), rng.uniform(-10, 10)))
for _ in range(60):
    pairs.append((10 ** rng.uniform(-5, 5), rng.uniform(-30, 30)))
for name in ["pow", "atan2", "fmod", "remainder", "copysign", "hypot", "nextafter", "log", "isclose", "dist"]:
    f = getattr(math, name)
    for a, b in pairs:
        if name == "dist":
            cases.append([name, [enc((a, 1.0)), enc((b, -2.0))], outcome(f, (a, 1.0), (b, -2.0))])
        else:
            cases.append([name, [enc(a), enc(b)], outcome(f, a, b)])
for x in [1.0, 0.5, -3.0, 1e300, 5e-324, 1e-310, float("inf"), float("nan"), 0.0, 123.456]:
    for i in [0, 1, -1, 10, -1074, -1075, -1080, 1023, 1024, 2000, -2000, 10 ** 30, -(10 ** 30), 2.0]:
        cases.append(["ldexp", [enc(x), enc(i)], outcome(math.ldexp, x, i)])
for t in [[], [3.0], [3, 4], [1e308, 1e308], [1e-320, 1e-320], [float("inf"), float("nan")], [float("nan"), 1.0],
          [1.0, 2.0, 3.0, 4.0, 5.0], [rng.uniform(0, 1) for _ in range(10)], [-0.0], [0.0, -0.0]]:
    cases.append(["hypot", [enc(x) for x in t], outcome(math.hypot, *t)])
for x in [10 ** 400, 2 ** 2000, 3 ** 1000 + 1, 0, -5, 12345678901234567890]:
    for name in ["log", "log2", "log10"]:
        cases.append([name, [enc(x)], outcome(getattr(math, name), x)])
    cases.append(["log", [enc(x), enc(10)], outcome(math.log, x, 10)])

for n in list(range(0, 35)) + [100, 171, 500, -1, True, 2.0, 10 ** 20]:
    cases.append(["factorial", [enc(n)], outcome(math.factorial, n)])
for n in [0, 1, 2, 3, 15, 16, 17, 99, 100, 2 ** 52 - 1, 2 ** 52, 2 ** 53 + 5, 10 ** 40, 10 ** 41 + 7, -1, True, 2.0, 2 ** 200 - 1]:
    cases.append(["isqrt", [enc(n)], outcome(math.isqrt, n)])
gl = [0, 1, -1, 12, 18, -48, 7, 10 ** 20, 2 ** 70 * 3, -(10 ** 25) * 6, True]
for a in gl:
    for b in gl:
        cases.append(["gcd", [enc(a), enc(b)], outcome(math.gcd, a, b)])
        cases.append(["lcm", [enc(a), enc(b)], outcome(math.lcm, a, b)])
for t in [[], [5], [-5], [12, 18, 27], [0, 0], [2.0], [4, 6, 10]]:
    cases.append(["gcd", [enc(x) for x in t], outcome(math.gcd, *t)])
    cases.append(["lcm", [enc(x) for x in t], outcome(math.lcm, *t)])
for n in [0, 1, 5, 10, 52, 100, 10 ** 20, -1, True]:
    for k in [0, 1, 2, 3, 5, 10, 50, 100, -1, 10 ** 20]:
        cases.append(["comb", [enc(n), enc(k)], outcome(math.comb, n, k)])
        cases.append(["perm", [enc(n), enc(k)], outcome(math.perm, n, k)])
    cases.append(["perm", [enc(n)], outcome(math.perm, n)])
cases.append(["comb", [enc(5.0), enc(2)], outcome(math.comb, 5.0, 2)])
cases.append(["comb", [enc(5)], outcome(math.comb, 5)])
fsums = [[], [0.1] * 10, [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50], [1e308, 1e308, -1e308], [float("inf"), 1.0],
         [float("inf"), float("-inf")], [float("nan"), 1.0], [1, 2, 3], [2.0 ** 53, 1.0, 1.0], [-0.0, -0.0], [0.0, -0.0],
         [1.7976931348623157e308, 1e292], [1e16, 1.0, 1e-16], [rng.uniform(-1, 1) for _ in range(200)],
         [10 ** rng.uniform(-30, 30) * rng.choice([-1, 1]) for _ in range(200)], [2 ** -1074] * 7, [True, 2]]
for t in fsums:
    cases.append(["fsum", [enc(t)], outcome(math.fsum, t)])
for t in [[], [1, 2, 3, 4], [1.5, 2], [10 ** 20, 10 ** 20], [True, True]]:
    cases.append(["prod", [enc(t)], outcome(math.prod, t)])
for a, b, kw in [(1.0, 1.0 + 1e-10, {}), (1.0, 1.1, {"rel_tol": 0.1}), (0.0, 1e-10, {"abs_tol": 1e-9}), (1, 2, {"rel_tol": -1})]:
    cases.append(["isclose", [enc(a), enc(b)], outcome(math.isclose, a, b, **kw), {k: enc(v) for k, v in kw.items()}])

# ---- os.path ----
paths = ["", "/", "//", "///", "////", ".", "..", "a", "a/", "a//", "/a", "/a/", "a/b", "a/b/", "/a/b/c", "a/./b",
         "a/../b", "../a", "../../a/b", "/..", "/../a", "//a/b", "///a/b", "a/b/../../..", "./a/./b/.", "foo.txt",
         ".bashrc", "..bashrc", "a/.hidden", "a/.hidden.txt", "archive.tar.gz", "a.b/c", "a.b/c.d", "/x/y.", "...",
         "a/...", "file.", ".", "dir.d/", "a\\b", "a b/c d.txt", "ünï/cödé.txt", "/usr/lib/../lib64/./x.so",
         "a/b/c/../../d", "//x/../y", "~", "~/x", "x/~"]
pcases = []
for p in paths:
    for name in ["split", "splitext", "basename", "dirname", "normpath", "isabs", "splitdrive", "normcase"]:
        pcases.append([name, [p], repr(getattr(posixpath, name)(p))])
    if p:
        q = p if p.startswith("/") else "/" + p
        pcases.append(["relpath", [q, "/a/b"], repr(posixpath.relpath(q, "/a/b"))])
for i, a in enumerate(paths[:25]):
    for b in paths[i:i + 6]:
        pcases.append(["join", [a, b], repr(posixpath.join(a, b))])
        pcases.append(["join", [a, b, "c"], repr(posixpath.join(a, b, "c"))])
pcases.append(["join", ["a"], repr(posixpath.join("a"))])
for group in [["/usr/lib", "/usr/local"], ["abc", "abd", "ab"], [], ["x"], ["/a/b", "/a/bc"], ["", "a"]]:
    pcases.append(["commonprefix", [group], repr(posixpath.commonprefix(group))])
for group in [["/usr/lib", "/usr/local"], ["/a/b", "/a/bc"], ["a/b", "a/c"], ["/a", "/a/"], ["a/./b", "a/b/c"]]:
    pcases.append(["commonpath", [group], repr(posixpath.commonpath(group))])
for group in [[], ["/a", "b"]]:
    try:
        posixpath.commonpath(group)
    except ValueError as e:
        pcases.append(["commonpath", [group], f"!ValueError: {e}"])

out = {"math": cases, "path": pcases}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "fixtures.json"), "w") as fh:
    json.dump(out, fh, ensure_ascii=False, separators=(",", ":"))
    fh.write("\n")
print(len(cases), "math cases,", len(pcases), "path cases")
