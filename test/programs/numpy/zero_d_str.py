# str() of 0-d arrays: a bytes item by repr (np.bytes_(b'..')), a record as its tuple; format() of a 0-d array formats its item
import numpy as np
for v in [np.array(b'abc'), np.array('abc'), np.array(1.5), np.array(True), np.array(None, dtype=object), np.array(np.datetime64('2024-01-01')), np.array(3+1j), np.array((1, 2.5), dtype='i4,f8'), np.array(np.float32(0.1))]:
    print(str(v), '|', repr(v))
print(np.array(b'xy'), f"{np.array(b'q')}")
np.set_printoptions(legacy='1.25')
print(np.array(b'xy'))
