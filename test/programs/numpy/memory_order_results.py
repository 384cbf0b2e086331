# Memory layout (strides, flags) of new arrays as NumPy lays them out: advanced-indexing results, ufunc
# outputs for permuted inputs (order='K'), reductions, accumulations, concatenation, sort, insert/delete.
import numpy as np

a = np.arange(24).reshape(2, 3, 4)
f = np.asfortranarray(a)
# advanced indexing: broadcast index dims outermost, the sliced dims in the source's memory order
for idx in [(Ellipsis, [0, 3]), (slice(None), [0, 1]), ([0, 1], slice(None)), (slice(None), [0, 1], [1, 2]),
            (slice(None), 0, [1, 2]), (slice(None), slice(None), np.array([[0, 1]])), (slice(None), np.array([True, False, True])),
            (slice(None), slice(1, 3), [1, 2]), (slice(0, 0), [0, 1]), ([],)]:
    r = a[idx]
    print(r.shape, r.strides, r.flags['C_CONTIGUOUS'], r.flags['F_CONTIGUOUS'])
for idx in [([0, 1],), (slice(None), [0, 1]), (Ellipsis, [0, 3])]:
    r = f[idx]
    print(r.shape, r.strides, r.flags['C_CONTIGUOUS'], r.flags['F_CONTIGUOUS'])
x = a[:, [0, 2]]
print(x, x.ravel('K'), x.copy().strides, (x + 1).strides)
# np.take and np.compress stay C-ordered
print(np.take(a, [0, 1], axis=1).strides, np.compress([1, 0, 1], f, axis=1).strides, np.take(f, [[0, 1]], axis=2).strides)

# ufunc results follow the operands' memory order
b = np.arange(24.).reshape(2, 3, 4)
for v in [b.transpose(1, 0, 2), b.transpose(2, 0, 1), b.T[:, ::2], np.ones((3, 1, 2)).transpose(2, 1, 0)]:
    print((v + 1).strides, np.sqrt(v).strides, (v * v).strides, np.where(v > 3, v, 0).strides)
print((b.T + np.asfortranarray(b).T).strides, (np.asfortranarray(b) + np.ones((3, 1))).strides, (b + np.asfortranarray(b)).strides)
print((b.transpose(1, 0, 2) + b.transpose(1, 0, 2).copy()).strides, (np.ones((3, 4)).T * np.ones(3)).strides)

# reductions: result layout and summation order follow memory order
t = b.T
print(t.sum(axis=0).strides, t.sum(axis=1, keepdims=True).strides, t.sum(axis=(0, 2), keepdims=True).strides)
print(b.transpose(1, 0, 2).sum(axis=2).strides, b.transpose(1, 0, 2).max(axis=1, keepdims=True).strides)
rng = np.random.default_rng(0)
y = rng.random((37, 53, 3)) * 1e3
for v in [y, y.T, y.transpose(1, 0, 2), y[:, ::-1], y[:, :, ::2]]:
    for ax in [0, 1, 2, (0, 1), (1, 2), (0, 2)]:
        print(v.sum(axis=ax).ravel()[:2].tolist(), v.mean(axis=ax).ravel()[-1].item())

# accumulate, concatenate, sort, insert/delete, ravel orders
for v in [t, b.transpose(1, 0, 2), b[:, ::-1]]:
    print(np.cumsum(v, axis=1).strides, np.concatenate([v, v]).strides, np.concatenate([v, v], axis=1).strides,
          np.stack([v, v]).strides, np.sort(v, axis=1).strides, np.argsort(v, axis=1).strides)
    print(np.insert(v, 1, 0, axis=1).strides, np.insert(v, [1], 0, axis=1).strides, np.delete(v, 1, axis=1).strides)
    for o in 'CFAK':
        r = v.ravel(o)
        print(o, r[:6], np.shares_memory(r, b), v.flatten(o)[:6])
