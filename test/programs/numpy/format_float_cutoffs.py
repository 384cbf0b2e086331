# format_float_positional/scientific at a precision cut-off: a carry drops the zeros it makes (0.1997 -> 0.2),
# fractional=False counts significant digits, unique=False pads to them
import numpy as np
print(np.format_float_positional(0.1997, precision=3), np.format_float_positional(1.0001, precision=3))
print(np.format_float_positional(0.04197, precision=3, fractional=False, unique=False), np.format_float_positional(1.9999, precision=3, fractional=False))
print(np.format_float_scientific(0.1997, precision=2), np.format_float_scientific(0.1997, precision=2, unique=False), np.format_float_scientific(1.0001, precision=2))
for x in [1234.5678, 0.0012345, 1.5, 99.99, 12345678.9, 0.0, -0.5, 5e-10, 2 / 3]:
    print([np.format_float_positional(x, precision=p, fractional=False) for p in (1, 2, 3, 5)], [np.format_float_positional(x, precision=p, fractional=False, unique=False) for p in (1, 2, 5)])
    print([np.format_float_positional(np.float32(x), precision=p, fractional=False, unique=False, trim=t) for p in (1, 3) for t in 'k.0-'])
    print([np.format_float_positional(x, precision=p, unique=u, trim=t) for p in (0, 2, 4) for t in 'k.0-' for u in (True, False)])
try:
    np.format_float_positional(1.5, precision=0, fractional=False)
except ValueError as e:
    print(e)
