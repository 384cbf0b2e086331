# Arrays, NumPy scalars, dtypes and ufuncs pickle with NumPy's reduce protocol (the same bytes NumPy
# writes), round-trip through every protocol, and object arrays are stored pickled by np.save / np.savez.
import io
import pickle
import numpy as np


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


values = [np.arange(3), np.arange(6.).reshape(2, 3), np.asfortranarray(np.arange(6).reshape(2, 3)),
          np.array(['ab', 'c']), np.array([1, 'x', None, [1, 2]], dtype=object),
          np.array([(1, 2.5)], dtype=[('a', 'i4'), ('b', 'f8')]), np.array(['2024-01-01'], dtype='M8[D]'),
          np.float64(2.5), np.int8(3), np.bool_(True), np.str_('xy'), np.complex64(1 + 2j),
          np.datetime64('2024-03-01T10:00'), np.dtype('f4'), np.dtype('>i4'), np.dtype('U5'), np.dtype('O'),
          np.dtype([('a', 'i4'), ('b', 'f8', (2,))]), np.dtype('M8[s]'), np.dtype(('f8', (2,))), np.sqrt, np.add,
          np.zeros((2, 0)), np.array(3.5), np.arange(10)[::2], np.array([[1, 2], [3, 4]], dtype=np.uint16).T]
for v in values:
    for proto in (0, 2, 4):
        r = pickle.loads(pickle.dumps(v, protocol=proto))
        print(proto, repr(r))
    if isinstance(v, np.ndarray):
        print(r.flags.c_contiguous, r.flags.f_contiguous, r.flags.writeable, r.base is None, np.array_equal(r, v))
print(pickle.dumps(np.arange(3)))
print(pickle.dumps(np.float64(1.5)))
print(pickle.dumps(np.dtype('>i4')))
print(pickle.dumps(np.array(['a'])))
print(len(pickle.dumps(np.dtype([('x', 'u1')], align=True))), len(pickle.dumps(np.datetime64('2024-01-01'))))
print(np.arange(3).__reduce__()[1:], np.float32(1).__reduce__()[1:], np.dtype('f8').__reduce__())
print(np.dtype('M8[s]').__reduce__(), np.dtype('U3').__reduce__()[1:], np.dtype('S3').alignment, np.dtype('U3').alignment)

# a subclass keeping its own attribute in the pickled state (NumPy's documented recipe)
class Info(np.ndarray):
    def __new__(cls, a, info=None):
        obj = np.asarray(a).view(cls)
        obj.info = info
        return obj

    def __array_finalize__(self, obj):
        if obj is None:
            return
        self.info = getattr(obj, 'info', None)

    def __reduce__(self):
        r = super().__reduce__()
        return (r[0], r[1], r[2] + (self.info,))

    def __setstate__(self, state):
        self.info = state[-1]
        super().__setstate__(state[:-1])


y = pickle.loads(pickle.dumps(Info([1, 2, 3], info='meta')))
print(type(y).__name__, y, y.info, y * 2)
print(pickle.loads(pickle.dumps({'w': np.eye(2), 'n': 3})))
a = np.arange(4.0)
z = pickle.loads(pickle.dumps(a))
z[0] = 99
print(a, z)
print(repr(pickle.loads(pickle.dumps(np.ma.masked_array([1, 2, 3], mask=[0, 1, 0])))))
print(repr(pickle.loads(pickle.dumps(np.matrix([[1, 2], [3, 4]])))))
print(repr(pickle.loads(pickle.dumps(np.rec.fromarrays([[1, 2], [3., 4]], names='a,b')))))
show(lambda: pickle.loads(pickle.dumps(np.array([(1, 'x')], dtype=[('a', 'i4'), ('b', 'O')]))))

# .npy files hold object arrays as pickles
o = np.array([1, 'a', None, [1, 2]], dtype=object)
b = io.BytesIO()
np.save(b, o)
print(len(b.getvalue()))
b.seek(0)
show(lambda: np.load(b))
b.seek(0)
show(lambda: np.load(b, allow_pickle=True))
show(lambda: np.save(io.BytesIO(), o, allow_pickle=False))
b = io.BytesIO()
np.savez(b, o=o, n=np.arange(3))
b.seek(0)
z = np.load(b)
show(lambda: z['n'])
show(lambda: z['o'])
b.seek(0)
show(lambda: np.load(b, allow_pickle=True)['o'])
b = io.BytesIO()
pickle.dump({'x': np.arange(3)}, b)
b.seek(0)
show(lambda: np.load(b))
b.seek(0)
show(lambda: np.load(b, allow_pickle=True))
