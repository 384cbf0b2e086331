# np.nditer in order 'K' walks memory order (reversed axes where every operand strides backwards, axes
# sorted by stride) with multi_index/c_index/f_index naming the original positions; external_loop chunks
# merge length-1 axes; shape/ndim/iterindex and the other iterator attributes; 'Iterator is past the end';
# it.value/it[i] before a for loop, iternext(), and it[i] = v.
import numpy as np
a = np.arange(12).reshape(3, 4)
for v in [a[:, ::-1], a[::-1], a[::-1, ::-2], a.T[::-1], np.arange(8)[::-2], a[:, ::-1].T]:
    print([int(x) for x in np.nditer(v)], [x.tolist() for x in np.nditer(v, flags=['external_loop'])])
    it = np.nditer(v, flags=['multi_index'])
    print([(int(x), it.multi_index, it.iterindex) for x in it][:4])
    it = np.nditer(v, flags=['c_index'])
    print(it.shape, [(int(x), it.index) for x in it][:4])
    it = np.nditer(v, flags=['f_index'])
    print(it.shape, [(int(x), it.index) for x in it][:4])
b = a[:, ::-1].copy()
it = np.nditer([a[:, ::-1], None])
for x, y in it:
    y[...] = x * 10
print(it.operands[1])
it = np.nditer([a[:, ::-1], b[:, ::-1]], op_flags=[['readonly'], ['readwrite']])
for x, y in it:
    y[...] = x + y
print(b)
x = np.zeros((2, 3))[:, ::-1]
with np.nditer(x, op_flags=['writeonly'], flags=['external_loop']) as it:
    for c in it:
        c[...] = np.arange(c.size)
print(x)
for v in [np.ones((1, 3)), np.ones((3, 1)), np.ones((2, 1, 3))[:, :, ::-1]]:
    for order in 'KCFA':
        it = np.nditer(v, flags=['external_loop'], order=order)
        print(order, it.shape, [c.shape for c in it])
try:
    np.nditer(np.zeros((0, 3)))
except ValueError as e:
    print(e)
print([c.shape for c in np.nditer(np.zeros((0, 3)), flags=['zerosize_ok'])])
it = np.nditer([np.arange(3), np.arange(3)[:, None]], flags=['multi_index'])
print(it.shape, it.ndim, it.nop, it.itersize, it.iterrange, it.has_multi_index, it.has_index, it.has_delayed_bufalloc, it.iterationneedsapi)
for fl in [[], ['multi_index'], ['external_loop'], ['c_index']]:
    it = np.nditer(np.arange(3), flags=fl)
    for x in it: pass
    for attr in ['shape', 'ndim', 'itersize', 'iterindex', 'multi_index', 'index', 'finished', 'iterrange', 'value', 'nop']:
        try: print(fl, attr, getattr(it, attr))
        except Exception as e: print(fl, attr, type(e).__name__, e)
    print(it.iternext())
it = np.nditer(np.arange(3))
for attr in ['multi_index', 'index']:
    try: print(attr, getattr(it, attr))
    except Exception as e: print(attr, type(e).__name__, e)
a = np.arange(6).reshape(2, 3)
it = np.nditer(a, flags=['multi_index'])
print(it.value, it.multi_index, it[0])
for x in it:
    print(x, it.multi_index, it.iterindex)
it.reset()
print(it.finished, it.value)
while not it.finished:
    print(int(it[0]), it.multi_index, end='; ')
    it.iternext()
print()
it = np.nditer([a, None], op_flags=[['readonly'], ['writeonly', 'allocate']])
while not it.finished:
    it[1] = it[0] * 2
    it.iternext()
print(it.operands[1])
it = np.nditer(a, flags=['c_index'])
print(next(it), it.index, next(it), it.index)
