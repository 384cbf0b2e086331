import numpy as np
# every index form, read and written, on a plain array, a negative-stride view and a zero-stride view
def views():
    base = np.arange(24).reshape(4, 6)
    neg = np.arange(24).reshape(4, 6)[::-1, ::-2]
    zero = np.broadcast_to(np.arange(6), (4, 6)).copy()[:, :]
    return [("plain", base), ("negative", neg), ("zero-stride source", zero)]

keys = [
    ("int", 1), ("neg int", -1), ("tuple", (2, 1)), ("slice", slice(1, 3)), ("step", slice(None, None, -2)),
    ("ellipsis", (Ellipsis, 0)), ("newaxis", (None, 1)), ("int array", [0, 2]), ("two arrays", ([0, 3], [1, 2])),
    ("array+slice", (slice(1, 3), [0, 1])), ("bool mask", None), ("ix_", np.ix_([0, 2], [1, 2])),
]
for name, a in views():
    print("==", name, a.strides[0] < 0, a.shape)
    for kname, key in keys:
        if key is None:
            key = a % 3 == 0
        got = a[key]
        print(kname, np.shape(got), np.asarray(got).ravel()[:6])
    for kname, key in keys:
        b = a.copy()
        if key is None:
            key = b % 3 == 0
        b[key] = -7
        print("set", kname, (b == -7).sum(), b[0, :3], b[-1, -3:])
z = np.broadcast_to(np.array([1, 2, 3]), (2, 3))
print(z.strides, z[1], z[:, 1], z[[0, 1], [2, 0]], z[z > 1])
try:
    z[0, 0] = 9
except ValueError as e:
    print(type(e).__name__, e)
r = np.arange(10)[::-1]
r[[1, 2]] = 100
r[r > 50] += 1
r[2:5] = [7, 8, 9]
print(r, r.base is not None)
for bad in [10, (0, 0), [11]]:
    try:
        np.arange(5)[bad]
    except IndexError as e:
        print(type(e).__name__, e)
