# pickle: CPython's bytes for builtin values, round trips of classes, errors, files
import sys; sys.modules  # keeps module-level names visible to pickle while the script runs
import io
import os
import pickle
import tempfile

values = [None, True, 0, 255, 65536, -1, 2**31, -2**70, 1.5, 'abc', 'héllo', b'xyz', (), (1, 2),
          (1, 2, 3, 4), [1, [2]], {'a': 1, 'b': [1, 2]}, {1, 2}, frozenset({3}), bytearray(b'ab'), 3+4j]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for v in values:
        data = pickle.dumps(v, protocol=proto)
        back = pickle.loads(data)
        print(proto, data, back == v, type(back).__name__)
print(pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL)

shared = [1, 2]
r = pickle.loads(pickle.dumps([shared, shared]))
print(r, r[0] is r[1])
rec = []
rec.append(rec)
r = pickle.loads(pickle.dumps(rec))
print(r[0] is r, pickle.dumps(rec))
big = list(range(2500))
print(len(pickle.dumps(big)), pickle.loads(pickle.dumps(big)) == big)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f'Point({self.x}, {self.y})'


class Reduced:
    def __init__(self, a):
        self.a = a

    def __reduce__(self):
        return (Reduced, (self.a,))


class Stateful:
    def __init__(self):
        self.a = 1
        self.cache = 'big'

    def __getstate__(self):
        s = self.__dict__.copy()
        del s['cache']
        return s

    def __setstate__(self, st):
        self.__dict__.update(st)
        self.cache = None


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a, self.b = 1, 2


class MyList(list):
    pass


for proto in (0, 2, 4):
    print(pickle.dumps(Point(1, 2), proto))
    print(pickle.loads(pickle.dumps(Point(1, 2), proto)))
    print(pickle.dumps(Reduced(5), proto), pickle.loads(pickle.dumps(Reduced(5), proto)).a)
    m = pickle.loads(pickle.dumps(MyList([1, 2]), proto))
    print(pickle.dumps(MyList([1, 2]), proto), m, type(m).__name__)
print(pickle.loads(pickle.dumps(Stateful())).__dict__)
s = pickle.loads(pickle.dumps(Slotted()))
print(s.a, s.b)


def outer():
    def inner():
        pass
    return inner


for bad in [lambda: 0, outer(), os]:
    try:
        pickle.dumps(bad)
    except Exception as e:
        print(type(e).__name__, str(e).split(' at ')[0])
for data in [b'', b'\x80\x04K', b'\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00K\x01.']:
    try:
        print(pickle.loads(data))
    except Exception as e:
        print(type(e).__name__, e)

path = os.path.join(tempfile.mkdtemp(), 'data.pkl')
with open(path, 'wb') as fh:
    pickle.dump({'a': 1}, fh)
    pickle.dump([1, 2, 3], fh, protocol=2)
with open(path, 'rb') as fh:
    print(pickle.load(fh), pickle.load(fh))
    try:
        pickle.load(fh)
    except EOFError as e:
        print('EOFError', e)
os.remove(path)
buf = io.BytesIO()
pickle.Pickler(buf, protocol=3).dump([1, 'a'])
print(buf.getvalue())
buf.seek(0)
print(pickle.Unpickler(buf).load())
print(issubclass(pickle.PicklingError, pickle.PickleError), pickle.UnpicklingError.__module__)
