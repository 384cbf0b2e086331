# np.array2string: NumPy 2 has no style=; a separator, prefix or suffix that is no str fails as NumPy's
# own string handling of it does.
import numpy as np
a = np.arange(3)
for kw in [dict(separator=1), dict(prefix=1), dict(suffix=2), dict(separator=b','), dict(separator='; '), dict(style=repr), dict(prefix='ab', suffix=')')]:
    try: print(repr(np.array2string(a, **kw)))
    except Exception as e: print(type(e).__name__, e)
