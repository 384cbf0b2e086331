# ndarray.flat: a flatiter that reads and writes through to the array (also non-contiguous ones),
# indexing with ints/slices/masks/index arrays, the cycling a.flat = v setter, iteration with index/coords
import numpy as np
a = np.arange(12).reshape(3, 4)
print(a.flat[5], a.flat[-1], a.flat[2:6], a.flat[[1, 3]], type(a.flat).__name__, len(a.flat))
t = a.T
print(t.flat[1], t.flat[:5], list(t.flat)[:4])
t.flat[1] = 100; print(a)
t.flat[::3] = -1; print(a)
a.flat = [7, 8]; print(a)
b = np.zeros((2, 3)); b.flat[[0, 4]] = 9; print(b)
print(np.array(a.flat), a.flat.copy().shape, a.flat.base is a)
for i, x in enumerate(a.flat):
    if i > 2: break
    print(repr(x))
z = np.zeros(10); z.flat[::4] = 1; print(z)
Z = np.zeros((5, 5)); Z.flat[::6] = 1; print(Z)
f = np.arange(6).reshape(2, 3).flat
next(f); next(f); print(f.index, f.coords)
