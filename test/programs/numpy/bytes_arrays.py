# Arrays of fixed-width bytes: printing, elements, assignment, comparisons, sorting, joining and np.char.
import numpy as np

a = np.array([b'abc', b'de', b'f', b'de'])
print(a.tolist(), a[0], a[1], a.item(1), a[0] == b'abc')
print(str(np.array([[b'a', b'bb'], [b'ccc', b'']])))
print(np.array([b'a\xff', b'\n\t', b"'q'"]))
for x in a[:2]:
    print(x, len(x))

a[0] = b'xyzw'
print(a)
a[1:3] = b'q'
print(a, a[[0, 2]], a[a == b'de'], a[::-1])
c = np.zeros(2, dtype='S3')
c[:] = [b'ab', b'abcdef']
c[1] = 'zz'
print(c, c.tolist())

b = np.array([b'abc', b'de', b'f', b'de'])
print(a == b'de', a != b'de', a < b'r', a >= b'q')
print(a == b, a > b, np.equal(b, b), np.array([b'a']) == np.array(['a']), np.array([b'a']) == 'a')
print(np.sort(b), np.argsort(b), np.unique(b))
print(np.unique(b, return_counts=True))
print(np.searchsorted(np.sort(b), b'b'), np.isin(b, [b'f']), np.array_equal(b, b))
print(np.concatenate([a, b]), np.concatenate([a, np.array([b'longer'])]).dtype)
print(np.stack([b, b]), np.tile(b[:2], 2), np.repeat(b[:2], 2), b.reshape(2, 2).T)
print(np.where(b == b'de', b, b'--'), np.array([b'a']) + np.array([b'bc']))

print(np.char.upper(b), np.char.add(b, b'!'), np.char.str_len(b), np.char.lower(np.array([b'AB', b'Cd'])))
print(np.char.strip(np.array([b' a ', b'b '])), np.char.find(b, b'e'), np.char.startswith(b, b'd'))
print(np.char.center(b, 5), np.char.ljust(b, 4, b'.'), np.char.zfill(np.array([b'7', b'-3']), 3))
print(np.char.capitalize(np.array([b'hello', b'wORLD'])), np.char.title(np.array([b'ab cd'])), np.char.decode(b), np.char.encode(np.array(['x'])))

v = np.array([b'ab', b'c'])
print(v.tobytes(), np.frombuffer(b'abcd', dtype='S2'), v.view('S1'), v.view(np.uint8))

w = np.array([b'ab', b'cde', b'f'])
w2 = w.copy()
w2.fill(b'zz')
print(w2, w == 1, w != 1.5, np.char.count(w, b'c'), np.char.multiply(w, 2), np.char.rjust(w, 4))
for x in [w, w.astype('U')]:
    try:
        x.sum()
    except TypeError as e:
        print(e)
n = np.arange(100).astype('S')
print(n)
print(repr(n[:5]), n[::30].tolist())
print(np.sort(np.array([b'b\xff', b'b', b'\x01', b'B'])), np.lexsort((np.array([b'b', b'a', b'b']), np.array([2, 1, 1]))))
print(np.flip(w), np.roll(w, 1), np.insert(w, 1, b'new'), np.delete(w, 0), np.append(w, b'gg'), np.argmax(np.array([b'a', b'c', b'b'])))
print(str(w[2]), hash(w[0]) == hash(b'ab'), np.array(w, dtype='U'), np.array(w, dtype='S1'))
