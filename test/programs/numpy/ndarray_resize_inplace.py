# ndarray.resize changes the array in place: elements kept in C order, the new ones zero (np.resize
# repeats instead); only contiguous arrays that own their data may change size
import numpy as np
a = np.arange(6); a.resize(2, 4); print(a)
c = np.arange(4.0); c.resize((2, 2), refcheck=False); print(c)
d = np.arange(5); d.resize(3); print(d, np.resize(np.arange(3), 7))
e = np.arange(6).reshape(2, 3).copy(); e.resize(6); print(e)
v = np.arange(6).reshape(2, 3); v.resize(3, 2); print(v)
for f in [lambda: np.arange(6)[::2].resize(5), lambda: np.arange(6).reshape(2, 3)[0].resize(5), lambda: np.arange(6).resize(-1), lambda: np.arange(6).reshape(2, 3).resize(3)]:
    try:
        f()
    except Exception as ex:
        print(type(ex).__name__, ex)
