# List subscripts compiled with an inline plain-list fast path, and everything that must still take
# the general path: negative and out-of-range indexes, bools, floats, list subclasses, dicts, strings.
a = [10, 20, 30]
print(a[0], a[2], a[-1], a[True], a[False])
a[1] = 21
a[-1] = 31
a[True] += 1
print(a)
for bad in (3, -4, 1.0, 1.5, '1', 2 ** 40, None):
    try:
        print(a[bad])
    except Exception as e:
        print('get', repr(bad), type(e).__name__, e)
    try:
        a[bad] = 0
    except Exception as e:
        print('set', repr(bad), type(e).__name__, e)
print(a)

class L(list):
    def __getitem__(self, i):
        return ('L', i)
    def __setitem__(self, i, v):
        print('set', i, v)

b = L([1, 2, 3])
print(b[0], b[5])
b[0] = 9
print(list(b))
d = {0: 'zero', 1: 'one', 1.5: 'x'}
print(d[0], d[1], d[True], d[1.5])
d[2] = 'two'
print(d)
s = 'hello'
t = (1, 2, 3)
print(s[1], s[-1], t[0], t[-2], s[1:3], a[::2])
rows = [[0] * 3 for _ in range(3)]
for i in range(3):
    for j in range(3):
        rows[i][j] = i * 3 + j
        rows[i][j] += rows[i - 1][j] if i else 0
print(rows)
order = []
def k(n):
    order.append(n)
    return n
x = [0, 0, 0]
x[k(1)] = k(5)
print(x, order)
