# (a - b).std(...) / .var(...): computed without the array a - b where the layout allows, with NumPy's digits either way
import numpy as np
import warnings
rng = np.random.default_rng(11)
m = (rng.random((40, 30)) - 0.5) * 10.0 ** rng.integers(-3, 4, (40, 30))
print(repr((m - m.mean(axis=0)).std(axis=0)[:4]))
print(repr((m - m.mean(axis=0)).var(axis=0, ddof=1)[-3:]))
print(repr((m - m.mean(axis=0, keepdims=True)).std(0, keepdims=True)[0, :3]))
print(repr((m - m[7]).var(axis=(0,))[:3]), repr((m - m[7]).var(-2)[:3]))
f = m.astype(np.float32)
print(repr((f - f.mean(axis=0)).std(axis=0)[:4]), (f - f[0]).var(axis=0).dtype)
t = rng.random((6, 5, 9))
print(repr((t - t.mean(axis=(0, 1))).std(axis=(0, 1))[:3]), repr((t - t[0]).var(axis=0)[1, :3]))
# shapes and options the fast path leaves to the plain operators
print(repr((m - m[:, :1]).std(axis=0)[:3]), repr((m - m.mean(axis=0)).std(axis=1)[:3]), repr((m - m.mean(axis=0)).std()))
print(repr((m.T - m[0, :, None] * 0).std(axis=0)[:2]))
print(repr((f - m.mean(axis=0)).std(axis=0)[:2]), repr((m - 1.5).var(axis=0)[:2]), repr((m - m.mean(axis=0)).var(axis=0, where=m > 0)[:2]))
print(repr((m[:1] - m[0]).std(axis=0)[:2]), repr((m[:, :2] - m[0, :2]).std(axis=0)))
i = rng.integers(0, 10, (20, 8))
print(repr((i - i[0]).std(axis=0)[:3]))
print((m - m.mean(axis=0)).std(axis=0, ddof=39)[:2])
# values that are not finite: NumPy's warnings and results
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    n = m.copy()
    n[3, 4] = np.inf
    print((n - n.mean(axis=0)).std(axis=0)[3:6], (n - np.zeros(30)).var(axis=0)[4])
    b = np.full((4, 3), 1e200)
    print((b - (-b[0])).var(axis=0))
    print([str(x.message) for x in w])
# errors come out as from the operators
for expr in ["(m - m[:3]).std(axis=0)", "(m - m.mean(axis=0)).std(axis=2)"]:
    try:
        eval(expr)
    except Exception as e:
        print(type(e).__name__, e)
# operands are evaluated once, in order, and subclasses keep their own arithmetic
class Loud:
    def __init__(self, name): self.name = name
    def __sub__(self, other):
        print("sub", self.name)
        return m
def make(name):
    print("make", name)
    return Loud(name) if name == "a" else m[0]
print(repr((make("a") - make("b")).std(axis=0)[:2]))
class Sub(np.ndarray):
    pass
s = m.view(Sub)
print(type(s - m[0]).__name__, repr((s - m[0]).std(axis=0)[:2].view(np.ndarray)))
