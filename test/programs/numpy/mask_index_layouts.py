# boolean masks of the array's shape: selection and assignment in C order over any memory layout,
# dtype and value shape, with NumPy's errors
import warnings
import numpy as np

warnings.simplefilter("always")
warnings.showwarning = lambda message, category, *rest: print(f"  {category.__name__}: {message}")

a = np.arange(24).reshape(4, 6)
f = np.asfortranarray(a)
s = a[::-1, ::2]
t = a.T
for x in (a, f, s, t):
    m = x % 3 == 0
    print(x[m], x[x > 20], x[~m].sum())
    y = x.copy()
    y[m] = -1
    print(y)
    y = x.copy(order="F")
    y[m] = np.arange(m.sum()) * 10
    print(y)

v = np.arange(12).reshape(3, 4)
w = v[:, ::-1]
w[w % 2 == 0] = 99
print(v)
m = np.zeros((3, 4), dtype=bool)
print(v[m], v[m].shape, v[m].dtype)
v[m] = 5
print(v)
v[np.ones((3, 4), dtype=bool)] = [7]
print(v)

for dt in ["i1", "u2", "f2", "f4", "c16", "?", "U3", "S2", "M8[D]", "m8[s]"]:
    x = np.arange(6).astype(dt) if dt[0] not in "MmUS" else np.array(["2020-01-0%d" % (i + 1) for i in range(6)], dtype=dt) if dt[0] == "M" else np.arange(6).astype(dt)
    mm = np.array([True, False, True, False, False, True])
    print(dt, x[mm], x[mm].dtype)
    y = x.copy()
    y[mm] = x[0]
    print(y)

h = np.zeros(3, dtype=np.float16)
h[np.array([True, False, True])] = 1e5
print(h)
i = np.zeros(4, dtype=int)
i[np.array([1, 0, 1, 0], dtype=bool)] = [2.7, -3.9]
print(i)
b = np.arange(5)
b[b > 1] = b[::-1][:3]
print(b)
b[b > 100] = []
print(b)


def t(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)


c = np.arange(6).reshape(2, 3)
t(lambda: c.__setitem__(c > 2, [1, 2]))
t(lambda: c.__setitem__(c > 2, [[1, 2, 3]]))
t(lambda: c.__setitem__(c > 10, [1, 2]))
t(lambda: c.__setitem__(c > 2, "x"))
t(lambda: c.__setitem__(c > 2, np.arange(4)))
r = np.arange(4)
r.flags.writeable = False
t(lambda: r.__setitem__(r > 1, 0))
print(np.arange(6).reshape(2, 3)[np.array([[True, False, True], [False, True, False]])])
o = np.array([1, "a", None, 2.5], dtype=object)
print(o[o != None])
o[o == None] = 0
print(o)
