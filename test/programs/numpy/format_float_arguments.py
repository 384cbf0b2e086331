# np.format_float_positional / format_float_scientific: non-finite values (no sign on nan, no padding),
# the values they accept, and their argument errors in NumPy's order and wording.
import numpy as np
f=np.format_float_positional; s=np.format_float_scientific
for v in [np.nan, -np.nan, np.inf, -np.inf, np.float32('nan'), np.float16('-inf')]:
    print(repr(f(v,sign=True)), repr(f(v, pad_left=5)), repr(f(v,pad_right=3)), repr(s(v,sign=True)), repr(s(v, pad_left=5)))
for x in [1, True, np.int64(5), np.float32(1.5), 1.5j, '1.5', None, [1.0], np.array(2.5), np.array([1.5]), np.float16(0.1), np.float32(0.1), np.uint64(2**64-1)]:
    try: print(repr(f(x)))
    except Exception as e: print(type(e).__name__, e)
    try: print(repr(s(x)))
    except Exception as e: print(type(e).__name__, e)
for kw in [dict(precision=-1), dict(precision=-1, unique=False), dict(min_digits=5, precision=2), dict(min_digits=-1), dict(unique=False), dict(trim='x'), dict(trim='ab'), dict(trim=1), dict(pad_left=-2), dict(pad_right=-1), dict(precision=0, fractional=False), dict(exp_digits=-1), dict(precision=None, unique=False), dict(trim='x', precision=-1), dict(trim='x', unique=False)]:
    for g in (f, s):
        try: print(repr(g(1.25, **kw)))
        except Exception as e: print(type(e).__name__, e)
try: f('a', trim='x')
except Exception as e: print(type(e).__name__, e)
try: f('a', unique=False)
except Exception as e: print(type(e).__name__, e)
