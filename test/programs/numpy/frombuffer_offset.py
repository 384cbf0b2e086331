# np.frombuffer's offset must lie within the buffer (NumPy's message names the buffer's length).
import numpy as np
for f in [lambda: np.frombuffer(b'abcd', dtype='i4', offset=8), lambda: np.frombuffer(b'abcd', dtype='i4', offset=-1), lambda: np.frombuffer(b'abcd', dtype='i4', offset=4), lambda: np.frombuffer(b'abcd', dtype='i4', count=2), lambda: np.frombuffer(b'abcde', dtype='i4'), lambda: np.frombuffer(b'abcd', dtype='i2', offset=1), lambda: np.frombuffer(b'', dtype='i4'), lambda: np.frombuffer(bytearray(b'abcdefgh'), dtype='u1', offset=8, count=0)]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
