# np.nditer: one or several broadcast operands, read-only / readwrite / allocated (None) outputs, C/F/K order,
# multi_index, c/f index, external_loop, operands, finished/iternext, context manager
import numpy as np
a = np.arange(6).reshape(2,3)
for x in np.nditer(a):
    print(x, end=' ')
print()
print(type(next(iter(np.nditer(a)))), repr(next(iter(np.nditer(a)))))
for x in np.nditer(a.T):
    print(x, end=' ')
print()
for x in np.nditer(a.T, order='C'):
    print(x, end=' ')
print()
with np.nditer(a, op_flags=['readwrite']) as it:
    for x in it:
        x[...] = 2 * x
print(a)
try:
    for x in np.nditer(a):
        x[...] = 0
except ValueError as e:
    print(e)
it = np.nditer(a, flags=['multi_index'])
for x in it:
    print("%d <%s>" % (x, it.multi_index), end=' ')
print()
it = np.nditer(a, flags=['f_index'])
for x in it:
    print("%d <%d>" % (x, it.index), end=' ')
print()
for x in np.nditer(a, flags=['external_loop']):
    print(x, end=' ')
print()
for x in np.nditer(a, flags=['external_loop'], order='F'):
    print(x, end=' ')
print()
A = np.arange(3).reshape(3,1); B = np.arange(3).reshape(1,3); it = np.nditer([A,B,None])
for x,y,z in it: z[...] = x + y
print(it.operands[2])
b = np.arange(3)
for x, y in np.nditer([a, b]):
    print("%d:%d" % (x, y), end=' ')
print()
def square(a):
    with np.nditer([a, None]) as it:
        for x, y in it:
            y[...] = x*x
        return it.operands[1]
print(square([1, 2, 3]))
it = np.nditer([a, None], op_dtypes=[None, np.float64])
for x, y in it: y[...] = x / 3
print(it.operands[1])
it = np.nditer(a, flags=['multi_index'])
while not it.finished:
    print(it[0], it.multi_index, end=' ')
    it.iternext()
print()
print(np.nditer(a).itersize, len(np.nditer([a, b])))
