# NumPy functions given non-integral Python floats (plain JS numbers in ndpy) where counts, indices,
# shapes, line widths or degrees of freedom are expected
import numpy as np
def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

# repeat counts truncate like int()
t('repeat 1.5', lambda: np.repeat([1, 2], 1.5))
t('repeat 2.9', lambda: np.repeat([1, 2], 2.9))
t('repeat list', lambda: np.repeat([1, 2], [1.5, 2.5]))
t('repeat method', lambda: np.array([3, 4]).repeat(1.5))

# float indices for delete/insert
for obj in (0.5, 1.0, [0.5], np.float64(1)):
    t(f'delete {obj!r}', lambda: np.delete([1, 2, 3], obj))
    t(f'insert {obj!r}', lambda: np.insert([1, 2, 3], obj, 9))
t('delete []', lambda: np.delete([1, 2, 3], []))
t('insert []', lambda: np.insert([1, 2, 3], [], 9))
t('delete int', lambda: np.delete([1, 2, 3], 1))

# ddof given as a float
x = np.array([1, 2, 3, 5])
for d in (0.5, 1.0, np.float64(1.0), np.int64(1), True):
    t(f'std {d!r}', lambda: np.std(x, ddof=d))
    t(f'var {d!r}', lambda: x.var(ddof=d))
    t(f'nanstd {d!r}', lambda: np.nanstd(x.astype(float), ddof=d))
    t(f'nanvar int {d!r}', lambda: np.nanvar(x, ddof=d))

# datetime ranges refuse float steps and ends
d0 = np.datetime64('2020-01-01')
s0 = np.timedelta64(0, 's')
t('arange dt step 1.5', lambda: np.arange(d0, d0 + 3, 1.5))
t('arange dt step 1.0', lambda: np.arange(d0, d0 + 3, 1.0))
t('arange dt step np 1.5', lambda: np.arange(d0, d0 + 3, np.float64(1.5)))
t('arange dt stop 2.5', lambda: np.arange(d0, 2.5))
t('arange td stop 2.5', lambda: np.arange(s0, 2.5))
t('arange td start 0.5', lambda: np.arange(0.5, np.timedelta64(3, 's')))
t('arange td dtype', lambda: np.arange(0.5, 3, dtype='m8[s]'))
t('arange dt step 2', lambda: np.arange(d0, d0 + 3, 2))
t('arange dt step True', lambda: np.arange(d0, d0 + 3, True))
t('arange dt stop 2', lambda: np.arange(d0, 2))

# a shape given as a single float
for s in (2.5, 2.0, 1e300, np.float64(2)):
    t(f'zeros {s!r}', lambda: np.zeros(s))
    t(f'reshape {s!r}', lambda: np.arange(4).reshape(s))
    t(f'rng.random {s!r}', lambda: np.random.default_rng(0).random(s))
    t(f'random.normal {s!r}', lambda: np.random.normal(size=s))
t('zeros (2, 2.5)', lambda: np.zeros((2, 2.5)))
t('zeros np.int8', lambda: np.zeros(np.int8(2)))
t('reshape np.int64', lambda: np.zeros(4).reshape(np.int64(4)))
t('ones np.uint16', lambda: np.ones(np.uint16(3), dtype=int))

# a float line width is kept as given; np.inf never wraps
np.set_printoptions(linewidth=np.inf)
print(np.get_printoptions()['linewidth'])
print(np.arange(40.))
print(repr(np.arange(30.)))
np.set_printoptions(linewidth=30.5)
print(np.get_printoptions()['linewidth'])
print(np.arange(20.))
print(np.array2string(np.arange(10.), max_line_width=20.7))
with np.printoptions(linewidth=12.5):
    print(np.arange(6))
np.set_printoptions(linewidth=75)
print(np.arange(30.))

# np.cov takes a float ddof equal to an integer
for d in (1.0, 0.5, np.float64(2.0), np.float64(0.5), 1, None):
    t(f'cov ddof={d!r}', lambda: np.cov([1, 2, 3, 7], ddof=d))

# partition indices and unravel/ravel indices must be integers
a = np.array([3, 1, 2])
for k in (0.5, [1.5], np.array([1.0]), 1 + 0j, np.int8(1), 1, [0, 2], -1):
    t(f'partition {k!r}', lambda: np.partition(a, k))
    t(f'argpartition {k!r}', lambda: np.argpartition(a, k))
b = a.copy()
t('a.partition 0.5', lambda: b.partition(0.5))
print(b)
for i in (1.5, [1.0, 2.0], np.float64(1), True, np.uint64(1), [1, 3]):
    t(f'unravel_index {i!r}', lambda: np.unravel_index(i, (2, 2)))
    t(f'ravel_multi_index {i!r}', lambda: np.ravel_multi_index((i, 0), (4, 2)))

# a float bin count is refused with NumPy's messages
for b in (2.5, 2.0, np.float64(2), np.int64(2), 3, [0, 1.5, 2]):
    t(f'histogram {b!r}', lambda: np.histogram([1, 2], bins=b))
    t(f'histogram2d {b!r}', lambda: np.histogram2d([1, 2], [1, 2], bins=b))
    t(f'histogramdd {b!r}', lambda: np.histogramdd([[1, 2], [2, 3]], bins=b))
t('histogram auto', lambda: np.histogram([1, 2], bins='auto'))
t('histogram2d [2, 2.5]', lambda: np.histogram2d([1, 2], [1, 2], bins=[2, 2.5]))

# pad widths must have an integer dtype
for w in (1.0, 1.5, (1, 0.5), np.float64(1), True, [], np.uint8(1), 1, (1, 2), np.int8(2)):
    t(f'pad {w!r}', lambda: np.pad([1, 2], w))
