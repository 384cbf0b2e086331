# mean/var/std of a string array fail in add.reduce as NumPy's do (no conversion to float), dtype= or not
import numpy as np


def t(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


t(lambda: np.mean(["a", "b"]))
t(lambda: np.mean(np.array([b"ab", b"c"])))
t(lambda: np.array(["1", "2"]).mean())
t(lambda: np.mean(np.array(["a", "bb"]), axis=0))
t(lambda: np.mean(np.array(["1.5", "2"]), dtype=float))
t(lambda: np.var(["a", "b"]))
t(lambda: np.std(np.array(["a"])))
t(lambda: np.sum(np.array(["a", "b"])))
t(lambda: np.mean(np.array([1, 3], dtype="m8[s]")))
t(lambda: np.mean(np.array([True, False, True])))
t(lambda: np.mean(np.array([1, 2], dtype=np.int8)))
