# NumPy 2.4 warns (UserWarning) when a ufunc is given a `where` mask but no `out`: the masked-off
# elements of the new output are never written. out=None, an `out` array, or where=True warn nothing.
import warnings
import numpy as np

a = np.arange(4.0)
o = np.zeros(4)

def warned(label, f):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        f()
    print(label, [(x.category.__name__, str(x.message)) for x in w])

warned("out array", lambda: np.add(a, 1, where=a > 1, out=o))
print(o)
warned("where=True", lambda: np.add(a, 1, where=True))
warned("positional out", lambda: np.add(a, 1, o, where=a > 2))
warned("out=None", lambda: np.add(a, 1, where=a >= 0, out=None))
warned("mask", lambda: np.sqrt(a, where=a > 0))
warned("0-d mask", lambda: np.negative(a, where=np.array(True)))
warned("outer True", lambda: np.multiply.outer(a[:2], a[:2], where=True))
warned("outer mask", lambda: np.multiply.outer(a[:2], a[:2], where=[True, False]))
warned("two outputs", lambda: np.divmod(a, 2, where=a > 0))
warnings.simplefilter("error")
try:
    np.add(a, 1, where=a > 1)
except UserWarning as e:
    print("raised:", e)
