# array: subclassing, bytes and files, unicode arrays, abc registration
from array import array
import array as arrmod
class Vec(array):
    def norm(self): return sum(x * x for x in self) ** 0.5
v = Vec('d', [3, 4]); print(v, v.norm(), type(v[0:1]).__name__, isinstance(v, array))
a = array('i', [-1, 2, 53, 0, 45])
for x in a: print(x, end=' ')
print(); print(a[1], a[3], a[-1], a[1:4], len(a), a.itemsize, a.typecode)
a.append(11); a.extend([1, 2]); a.insert(1, 4); print(a, a.pop(), a.pop(0), a.count(2), a.index(53))
a.reverse(); print(a.tolist(), a.tobytes()[:8])
b = array('d', [1.5, -2.25]); b.byteswap(); b.byteswap(); print(b, array('h', [1, 256]).tobytes())
f = array('f', [1.1, 2.2, 3.3]); g = array('f'); g.frombytes(f.tobytes()); print(g, g == f)
u = array('u', 'hello'); u.fromunicode(' world'); print(u, u.tounicode(), u[0], u.itemsize)
import tempfile, os
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'x.bin')
    with open(p, 'wb') as fh:
        array('i', [1, 2, 3]).tofile(fh)
    r = array('i')
    with open(p, 'rb') as fh:
        r.fromfile(fh, 3)
    print(r)
    r2 = array('i')
    with open(p, 'rb') as fh:
        try:
            r2.fromfile(fh, 5)
        except EOFError as e:
            print('EOF', e, r2)
print(sorted(array('i', [5, 3, 9])), max(array('d', [1, 7])), list(enumerate(array('b', [4, 5]))), array('B', range(3)) * 2)
print(str(array('i', [1])), f"{array('i', [1])}", array.__doc__.splitlines()[0], arrmod.ArrayType is array)
from collections.abc import Sequence, MutableSequence
print(isinstance(a, Sequence), isinstance(a, MutableSequence))
print(list(set(array('i', [1, 3, 5, 1, 3, 7, 9]))), array('i', sorted(set(array('i', [2, 4, 2, 6])))))
a.frombytes(b'\x00')
