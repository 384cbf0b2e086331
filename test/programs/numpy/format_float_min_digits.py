# format_float_positional/scientific with min_digits: in unique mode it asks Dragon4 for the value's true
# digits up to that position (whole digits of big float32s too), any trim but 'k' then drops trailing
# zeros (scientific keeps a point that had digits after it), exact mode pads to precision only,
# fractional=False counts significant digits, and a trimmed point leaves a space when padding right
import numpy as np

f, s = np.format_float_positional, np.format_float_scientific
vals = [np.float64(1.0), np.float64(0.1), np.float64(0.5), np.float64(0.0123), np.float64(123.0), np.float32(1e16),
        np.float16(2.5), np.float64(-0.0), np.float32(0.1)]
for v in vals:
    for trim in 'k.0-':
        row = [f(v, min_digits=3, trim=trim), f(v, min_digits=3, trim=trim, fractional=False),
               f(v, precision=0, min_digits=2, trim=trim), f(v, precision=4, unique=False, min_digits=2, trim=trim),
               f(v, trim=trim, pad_right=3), s(v, min_digits=3, trim=trim), s(v, precision=0, min_digits=2, trim=trim),
               s(v, precision=2, unique=False, min_digits=1, trim=trim)]
        print(repr(v), trim, ' | '.join(row))
print(f(0.1, min_digits=20), s(0.1, min_digits=20, trim='-'), f(np.float32(0.1), min_digits=12, trim='-'))
