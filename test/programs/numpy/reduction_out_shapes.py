# out= arrays of the wrong shape for reductions, accumulations and argmin/argmax are refused
# before anything is written (NumPy's messages); right shapes still work
import numpy as np

a = np.arange(24).reshape(2, 3, 4)
m = np.arange(6).reshape(2, 3)


def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)


t(lambda: np.sum(m, out=np.zeros(2)))
t(lambda: np.sum(m, axis=0, out=np.zeros(2)))
t(lambda: np.sum(m, axis=0, out=np.zeros((1, 3))))
t(lambda: np.sum(m, axis=0, keepdims=True, out=np.zeros(3)))
t(lambda: np.sum(m, axis=0, out=np.zeros(3)))
t(lambda: np.sum(m, axis=0, keepdims=True, out=np.zeros((1, 3))))
t(lambda: np.max(m, axis=1, out=np.zeros(3)))
t(lambda: np.mean(m, axis=1, out=np.zeros(3)))
t(lambda: np.mean(m, axis=1, out=np.zeros(2)))
t(lambda: np.std(m, axis=0, out=np.zeros(2)))
t(lambda: np.var(m, axis=0, out=np.zeros(3)))
t(lambda: np.ptp(m, axis=0, out=np.zeros(2)))
t(lambda: np.any(m, axis=0, out=np.zeros(2, dtype=bool)))
t(lambda: np.add.reduce(m, axis=1, out=np.zeros(4)))
t(lambda: np.sum(m, out=np.zeros(())))
t(lambda: np.sum(np.array([1, "a"], dtype=object), out=np.zeros(2, dtype=object)))

t(lambda: np.add.reduce(a, axis=0, out=np.zeros((3, 5))))
t(lambda: np.add.reduce(a, axis=1, out=np.zeros((2, 5))))
t(lambda: np.add.reduce(a, axis=2, out=np.zeros((2, 5))))
t(lambda: np.add.reduce(a, axis=(0, 2), out=np.zeros((5,))))
t(lambda: np.add.reduce(a, axis=0, out=np.zeros((1, 4))))
t(lambda: np.add.reduce(a, axis=0, out=np.zeros((3, 1))))
t(lambda: np.add.reduce(a, axis=1, out=np.zeros((1, 1))))
t(lambda: np.add.reduce(a, axis=1, out=np.zeros((5, 1))))
t(lambda: np.add.reduce(a, axis=0, keepdims=True, out=np.zeros((1, 3, 5))))
t(lambda: np.add.reduce(a, axis=0, keepdims=True, out=np.zeros((2, 3, 4))))
t(lambda: np.add.reduce(a, axis=0, keepdims=True, out=np.zeros((2, 1, 4))))
t(lambda: np.add.reduce(a, axis=None, keepdims=True, out=np.zeros((1, 1, 1))))
t(lambda: np.add.reduce(np.ones((2, 1, 4)), axis=0, out=np.zeros((5, 4))))
t(lambda: np.add.reduce(a[:, :, :0], axis=0, out=np.zeros((3, 1))))
t(lambda: np.add.reduce(a, axis=1, out=np.zeros((2, 4))[:, ::2]))

t(lambda: np.cumsum(m, axis=1, out=np.zeros((2, 4))))
t(lambda: np.cumsum(m, axis=0, out=np.zeros((1, 3))))
t(lambda: np.cumsum(m, axis=1, out=np.zeros(6)))
t(lambda: np.cumsum(m, out=np.zeros(6)))
t(lambda: np.cumsum(m, out=np.zeros(5)))
t(lambda: np.cumsum(m, out=np.zeros((2, 3))))
t(lambda: np.cumprod(np.ones(3), out=np.zeros(4)))
t(lambda: np.cumsum(a, axis=1, out=np.zeros((2,))))
t(lambda: np.cumsum(a, axis=1, out=np.zeros((1, 2, 3, 4))))
t(lambda: np.cumsum(a, axis=1, out=np.zeros((2, 1, 4))))
t(lambda: np.cumsum(np.ones((2, 1)), axis=0, out=np.zeros((2, 3))))
t(lambda: np.add.accumulate(m, axis=1, out=np.zeros((2, 3))))

t(lambda: np.argmax(m, axis=0, out=np.zeros(2, dtype=np.intp)))
t(lambda: np.argmax(m, axis=0, out=np.zeros(3)))
t(lambda: np.argmax(m, axis=0, out=np.zeros(3, dtype=np.int32)))
t(lambda: np.argmax(m, axis=0, out=np.zeros(3, dtype=np.uint64)))
t(lambda: np.argmax(m, out=np.zeros(())))
t(lambda: np.argmax(m, out=np.zeros((), dtype=np.intp)))
t(lambda: np.argmax(m, axis=0, keepdims=True, out=np.zeros((1, 3), dtype=np.intp)))
t(lambda: np.argmax(m, axis=0, keepdims=True, out=np.zeros(3, dtype=np.intp)))
t(lambda: np.argmax(m, axis=0, out=[0, 0, 0]))
t(lambda: m.argmin(axis=1, out=np.zeros(3, dtype=np.intp)))
t(lambda: m.argmin(axis=1, out=np.zeros(2, dtype=np.intp)))
t(lambda: np.nanargmax(m, axis=1, out=np.zeros(3, dtype=np.intp)))
