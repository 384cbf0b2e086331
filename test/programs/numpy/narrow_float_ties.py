# float16/float32 digits when the shortest decimal is a tie between two candidates: Dragon4 takes the
# even digit (float32 1799367.25 prints 1799367.2), in reprs, arrays, printoptions precision and the
# format_float_* functions
import numpy as np

vals32 = np.array([1799367.25, 2.5, 0.125, 16777215.5, 6.0625, 1234.5625, -0.3125, 1e-3, 123456.78], dtype=np.float32)
vals16 = np.array([370.25, 6.0625, 2.125, 0.1, 65504, -1.5, 2.5e-4, 1000.5], dtype=np.float16)
for v in vals32:
    print(repr(v), str(v), np.format_float_positional(v), np.format_float_scientific(v))
for v in vals16:
    print(repr(v), str(v), np.format_float_positional(v), np.format_float_scientific(v, precision=2))
print(vals32)
print(vals16)
with np.printoptions(precision=3):
    print(vals32, vals16)
with np.printoptions(precision=1, floatmode="fixed"):
    print(vals32, vals16)
print(vals32.reshape(3, 3) * 3)
