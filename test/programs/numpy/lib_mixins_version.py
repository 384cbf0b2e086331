# numpy.lib extras: NDArrayOperatorsMixin turns Python operators into ufunc calls that reach the
# class's __array_ufunc__; NumpyVersion compares version strings; numpy.lib.scimath is np.emath.
import numbers
import numpy as np
from numpy.lib.mixins import NDArrayOperatorsMixin
from numpy.lib import NumpyVersion, scimath

class Wrapped(NDArrayOperatorsMixin):
    _HANDLED_TYPES = (np.ndarray, numbers.Number)

    def __init__(self, value):
        self.value = np.asarray(value)

    def __array_ufunc__(self, ufunc, method, *inputs, **kwargs):
        out = kwargs.get("out", ())
        for x in inputs + out:
            if not isinstance(x, self._HANDLED_TYPES + (Wrapped,)):
                return NotImplemented
        inputs = tuple(x.value if isinstance(x, Wrapped) else x for x in inputs)
        if out:
            kwargs["out"] = tuple(x.value if isinstance(x, Wrapped) else x for x in out)
        result = getattr(ufunc, method)(*inputs, **kwargs)
        if type(result) is tuple:
            return tuple(type(self)(x) for x in result)
        return type(self)(result)

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.value)

x = Wrapped([1, 2, 3])
print(x - 1, 1 - x, np.arange(3) - x, x * 2.5)
print(divmod(x, 2))
y = x
y += 1
print(y, y is x)
print(x == 3, x < 3, -x, abs(-x), ~Wrapped([True, False]), x ** 2, 2 ** x, x >> 1, x & 1, x / 2, x // 2, x % 2)
print(np.sqrt(x), isinstance(x, NDArrayOperatorsMixin))
try:
    hash(x)
except TypeError as e:
    print(e)
try:
    x + "a"
except TypeError as e:
    print(e)

class OptOut:
    __array_ufunc__ = None
    def __radd__(self, other):
        return "OptOut.__radd__"
print(x + OptOut())

v = NumpyVersion("1.22.0rc1")
print(repr(v), v.major, v.minor, v.bugfix, v.pre_release, v.is_devversion, v.version, v.vstring)
for s in ["1.22.0.dev0+abc", "1.22.0a1.dev0", "1.22.0", "1.22.0.post1", "1.22.0b2", "1.22.0rc1.dev0"]:
    w = NumpyVersion(s)
    print(s, w.pre_release, w.is_devversion, w < "1.22.0a1", w == "1.22.0", w > "1.22.0rc1", w >= NumpyVersion("1.9.9"))
for bad in ["1.22", 5]:
    try:
        NumpyVersion("1.2.3") < bad if bad == 5 else NumpyVersion(bad)
    except ValueError as e:
        print(type(e).__name__, e)
print(np.lib.NumpyVersion(np.__version__) >= "2.0.0")
print(scimath.sqrt(-4), scimath.log(-1), np.lib.scimath is np.emath)
