import numpy as np
for s in ['1+2j', '(1-2j)', '2j', 'j', '-j', '1', ' 3.5 ', 'inf', 'nan+nanj', '1e3-1e-2j', 'x', '', '1+2J', '1 + 2j', '-1.5e-3+4j', '+j', '1e5', 'infj', '-inf-infj']:
  try: print(repr(s), repr(np.array([s]).astype(complex)), repr(np.array([s]).astype(np.complex64)))
  except Exception as e: print(repr(s), type(e).__name__, e)
try: print(repr(np.array([b'1+2j']).astype(complex)))
except Exception as e: print(type(e).__name__, e)
try: print(np.result_type())
except Exception as e: print(type(e).__name__, e)
print(np.array(['1', '2.5'], dtype=complex))
