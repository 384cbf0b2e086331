import numpy as np, io, warnings
warnings.simplefilter('ignore')
for s, kw in [('', {}), ('', {'delimiter': ','}), ('# c\n', {}), ('', {'names': True}), ('', {'usecols': (0,1)}), ('', {'dtype': 'i4,f4'}), ('1 2\n', {'skip_header': 3})]:
  try:
    r = np.genfromtxt(io.StringIO(s), **kw); print(repr(r), r.shape)
  except Exception as e: print(type(e).__name__, e)
