import numpy as np
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
rng = np.random.default_rng(5)
print(rng)
print(str(rng), f"{rng}")
t(lambda: np.arange(np.datetime64('2024-01-01'), np.datetime64('2024-01-03'), np.timedelta64(12, 'h')))
t(lambda: np.arange('2024-01-01', '2024-01-02', np.timedelta64(6, 'h')))
t(lambda: np.arange(np.datetime64('2024-01'), np.datetime64('2024-03'), np.timedelta64(2, 'W')))
t(lambda: np.arange(np.timedelta64(0, 'D'), np.timedelta64(1, 'D'), np.timedelta64(8, 'h')))
try:
    np.datetime64('2020-01-01') - 1.5
except TypeError as e:
    print(type(e).__qualname__, e)
a = np.zeros(3)
t(lambda: a.fill())
t(lambda: a.fill(1, 2))
a.fill(7); print(a)
t(lambda: np.array2string(np.arange(3), nanstr='x'))
t(lambda: np.set_printoptions(bogus=1))
t(lambda: np.array_repr(np.arange(3), foo=1))
a = np.arange(3)
t(lambda: a.to_device('cpu') is a)
t(lambda: a.to_device('gpu'))
t(lambda: a.to_device('cpu', stream=1))
t(lambda: a.to_device())
