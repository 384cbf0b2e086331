# Caret lines for NumPy errors whose message does not name the operation: np.concatenate's dimension
# checks (the call among several), `a.shape = ...` (the attribute store), and an element store that
# cannot convert its value (the subscript, when nothing else in the statement can fail).
import traceback
import numpy as np

x = np.ones(3)
f = np.zeros(3)
i = np.zeros(3, int)

def show(fn):
    try:
        fn()
    except Exception:
        for line in traceback.format_exc().splitlines():
            print(line.replace(__file__, "FILE"))

def concat_sizes():
    a = np.concatenate([np.ones((2, 2)), np.ones((3, 3))], axis=0)
def concat_ndim():
    a = np.concatenate((np.ones(2), np.ones((2, 2))))
def set_shape():
    x.shape = (2, 2)
def store_text():
    f[0] = "abc"
def store_none():
    i[1] = None
def store_complex():
    i[2] = 1j

for fn in [concat_sizes, concat_ndim, set_shape, store_text, store_none, store_complex]:
    show(fn)
