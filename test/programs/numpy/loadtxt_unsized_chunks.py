# loadtxt reads str/bytes dtypes of unknown size in chunks of 50000 rows, so a blank line warns about
# max_rows=50000 even when no max_rows was given (once per call); sized dtypes read in one go do not warn
import io
import warnings
import numpy as np

warnings.simplefilter('always')
text = 'name,val\n a, 1\n\n b, 2\n\n c , 3\n'
for kw in [dict(dtype=str), dict(dtype='S'), dict(dtype=str, max_rows=2), dict(dtype='U3'), dict(usecols=1)]:
    with warnings.catch_warnings(record=True) as caught:
        rows = np.loadtxt(io.StringIO(text), delimiter=',', skiprows=1, **kw)
    print(repr(rows))
    print([(w.category.__name__, str(w.message)[:80]) for w in caught])
