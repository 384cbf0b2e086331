# numpy.lib.array_utils: byte_bounds over contiguous, strided, reversed and transposed views, and the
# axis normalisers with their AxisError / "repeated axis" messages.
import numpy as np
from numpy.lib.array_utils import normalize_axis_index, normalize_axis_tuple, byte_bounds
import numpy.lib.array_utils as au

print(sorted(n for n in dir(au) if not n.startswith('_')))
print(normalize_axis_index(-1, 3), normalize_axis_tuple(-1, 3), normalize_axis_tuple([0, -1], 3))
print(normalize_axis_index(np.int8(1), 3), normalize_axis_tuple(range(2), 4))
print(normalize_axis_tuple([0, 0], 3, allow_duplicate=True))
for f in [lambda: normalize_axis_index(5, 3, 'foo'), lambda: normalize_axis_index(-4, 3),
          lambda: normalize_axis_tuple([0, 0], 3), lambda: normalize_axis_tuple([0, 0], 3, argname='axes'),
          lambda: normalize_axis_tuple(1.0, 3), lambda: normalize_axis_tuple([1, 7], 3, 'axis')]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
a = np.arange(12, dtype=np.int32).reshape(3, 4)
start = byte_bounds(a)[0]
for v in [a, a[:, ::2], a[::-1], a[::-1, ::-2], a.T, a[1:2, 1:3], a[2:, 3:]]:
    lo, hi = byte_bounds(v)
    print(hi - lo, lo - start)
