# genfromtxt with a structured dtype or names= whose field count differs from the columns' refuses each row
# as NumPy does (a tuple too long or too short for the record)
import numpy as np, io
for kw in [dict(names=('a','b','c')), dict(names='a'), dict(dtype='i4,i4,i4'), dict(dtype=[('a', 'i4')]), dict(names=('a',)), dict(names='a b')]:
  try: print(repr(np.genfromtxt(io.StringIO('1 2\n3 4'), **kw)))
  except Exception as e: print(type(e).__name__, e)
