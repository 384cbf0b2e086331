# dtype.fields is a read-only mappingproxy; ndarray.device is 'cpu'.
import numpy as np

dt = np.dtype([('name', 'U10'), ('age', 'i4'), ('w', 'f4', (2,))])
print(dt.fields)
print(repr(dt.fields))
print(dt.fields['age'], list(dt.fields), len(dt.fields), 'age' in dt.fields, type(dt.fields).__name__)
for k, v in dt.fields.items():
    print(k, v[0], v[1])
try:
    dt.fields['x'] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(np.dtype('i4').fields, np.zeros(2, dtype='i4,f8').dtype.fields)
print(np.arange(3).device, np.zeros((2, 2)).T.device)
