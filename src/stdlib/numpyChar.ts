/**
 * `numpy.char` (also `numpy.strings`): element-wise string operations on arrays of str or bytes, written
 * in Python: each function applies Python's own str/bytes method to every element and builds the result
 * array — strings keep the input's itemsize where NumPy does (case changes, strip), other results get
 * the width their longest element needs; counts and indices are int64, tests are bool. It is the private
 * module `_ndpy_char`, which numpy's module-level __getattr__ loads on first use of `np.char`.
 */
export const source = String.raw`
import numpy as _np

def _arr(a):
    a = _np.asarray(a)
    if a.dtype.kind not in 'US':
        if a.dtype.kind == 'O' or a.size == 0:
            return a
        raise TypeError("string operation on non-string array")
    return a

def _each(a, f):
    a = _arr(a)
    return [f(x) for x in a.ravel().tolist()], a

def _strings(vals, a, keep=False):
    if keep:
        return _np.array(vals, dtype=a.dtype).reshape(a.shape)
    kind = a.dtype.kind if a.dtype.kind in 'US' else 'U'
    width = max([len(v) for v in vals] + [1])
    return _np.array(vals, dtype='%s%d' % (kind, width)).reshape(a.shape)

def _same(name):
    def f(a):
        vals, arr = _each(a, lambda x: getattr(x, name)())
        return _strings(vals, arr, keep=True)
    f.__name__ = name
    return f

upper = _same('upper')
lower = _same('lower')
swapcase = _same('swapcase')
capitalize = _same('capitalize')
title = _same('title')

def _test(name):
    def f(a):
        vals, arr = _each(a, lambda x: getattr(x, name)())
        return _np.array(vals, dtype=bool).reshape(arr.shape)
    f.__name__ = name
    return f

isalpha = _test('isalpha')
isdigit = _test('isdigit')
isalnum = _test('isalnum')
isspace = _test('isspace')
isupper = _test('isupper')
islower = _test('islower')
istitle = _test('istitle')
isnumeric = _test('isnumeric')
isdecimal = _test('isdecimal')

def _pairs(a, b):
    a, b = _np.broadcast_arrays(_np.asarray(a), _np.asarray(b))
    return a, b, zip(a.ravel().tolist(), b.ravel().tolist())

def add(x1, x2):
    a, b, pairs = _pairs(x1, x2)
    return _strings([p + q for p, q in pairs], a)

def multiply(a, i):
    a, n, pairs = _pairs(a, i)
    return _strings([p * q for p, q in pairs], a)

def _strip(name):
    def f(a, chars=None):
        vals, arr = _each(a, lambda x: getattr(x, name)(chars))
        return _strings(vals, arr, keep=True)
    f.__name__ = name
    return f

strip = _strip('strip')
lstrip = _strip('lstrip')
rstrip = _strip('rstrip')

def _pad(name):
    def f(a, width, fillchar=' '):
        vals, arr = _each(a, lambda x: getattr(x, name)(int(width), fillchar if isinstance(x, str) else (fillchar.encode() if isinstance(fillchar, str) else fillchar)))
        return _strings(vals, arr)
    f.__name__ = name
    return f

center = _pad('center')
ljust = _pad('ljust')
rjust = _pad('rjust')

def zfill(a, width):
    vals, arr = _each(a, lambda x: x.zfill(int(width)))
    return _strings(vals, arr)

def replace(a, old, new, count=-1):
    vals, arr = _each(a, lambda x: x.replace(old, new, count))
    return _strings(vals, arr)

def _index(name):
    def f(a, sub, start=0, end=None):
        vals, arr = _each(a, lambda x: getattr(x, name)(sub, start, end))
        return _np.array(vals, dtype=_np.int64).reshape(arr.shape)
    f.__name__ = name
    return f

find = _index('find')
rfind = _index('rfind')
count = _index('count')

def index(a, sub, start=0, end=None):
    vals, arr = _each(a, lambda x: x.index(sub, start, end))
    return _np.array(vals, dtype=_np.int64).reshape(arr.shape)

def _starts(name):
    def f(a, prefix, start=0, end=None):
        vals, arr = _each(a, lambda x: getattr(x, name)(prefix, start, end))
        return _np.array(vals, dtype=bool).reshape(arr.shape)
    f.__name__ = name
    return f

startswith = _starts('startswith')
endswith = _starts('endswith')

def str_len(a):
    vals, arr = _each(a, len)
    return _np.array(vals, dtype=_np.int64).reshape(arr.shape)

def _lists(vals, arr):
    # an object array holding one Python list per element
    out = _np.empty(len(vals), dtype=object)
    for i, v in enumerate(vals):
        out[i] = v
    return out.reshape(arr.shape)

def split(a, sep=None, maxsplit=-1):
    vals, arr = _each(a, lambda x: x.split(sep, maxsplit))
    return _lists(vals, arr)

def rsplit(a, sep=None, maxsplit=-1):
    vals, arr = _each(a, lambda x: x.rsplit(sep, maxsplit))
    return _lists(vals, arr)

def join(sep, seq):
    s, a, pairs = _pairs(sep, seq)
    return _strings([p.join(q) for p, q in pairs], a)

def encode(a, encoding='utf-8', errors='strict'):
    vals, arr = _each(a, lambda x: x.encode(encoding, errors))
    return _strings(vals, _np.empty(arr.shape, dtype='S1'))

def decode(a, encoding='utf-8', errors='strict'):
    vals, arr = _each(a, lambda x: x.decode(encoding, errors))
    return _strings(vals, _np.empty(arr.shape, dtype='U1'))

def equal(x1, x2): return _np.equal(x1, x2)
def not_equal(x1, x2): return _np.not_equal(x1, x2)
def less(x1, x2): return _np.less(x1, x2)
def less_equal(x1, x2): return _np.less_equal(x1, x2)
def greater(x1, x2): return _np.greater(x1, x2)
def greater_equal(x1, x2): return _np.greater_equal(x1, x2)

def rindex(a, sub, start=0, end=None):
    vals, arr = _each(a, lambda x: x.rindex(sub, start, end))
    return _np.array(vals, dtype=_np.int64).reshape(arr.shape)

def _parts(a, sep, name):
    # the three pieces of str.partition (or rpartition) of every element, each as its own array
    vals, arr = _each(a, lambda x: getattr(x, name)(sep))
    return tuple(_strings([v[i] for v in vals], arr) for i in range(3))

def partition(a, sep):
    # numpy.char stacks the three pieces along a new last axis, at the width of the longest
    return _np.stack(_parts(a, sep, 'partition'), axis=-1)

def rpartition(a, sep):
    return _np.stack(_parts(a, sep, 'rpartition'), axis=-1)

def mod(a, values):
    s, v, pairs = _pairs(a, values)
    return _strings([p % q for p, q in pairs], s)

def expandtabs(a, tabsize=8):
    vals, arr = _each(a, lambda x: x.expandtabs(int(tabsize)))
    out = _strings(vals, arr)
    if arr.dtype.kind == 'U' and arr.size:
        # NumPy sizes the result of a str array as if every character but a tab took 4 columns more
        olds = arr.ravel().tolist()
        width = max(len(v) + 3 * (len(o) - o.count('\t')) for v, o in zip(vals, olds))
        out = out.astype('U%d' % max(width, 1))
    return out

def translate(a, table, deletechars=None):
    # the result keeps the input's width, cutting what grew
    if deletechars is None:
        vals, arr = _each(a, lambda x: x.translate(table))
    else:
        vals, arr = _each(a, lambda x: x.translate(table, deletechars))
    return _strings(vals, arr, keep=True) if arr.dtype.kind in 'US' else _strings(vals, arr)

def splitlines(a, keepends=None):
    vals, arr = _each(a, lambda x: x.splitlines(bool(keepends)))
    return _lists(vals, arr)

def compare_chararrays(a1, a2, cmp, rstrip):
    ops = {'==': _np.equal, '!=': _np.not_equal, '<': _np.less, '<=': _np.less_equal, '>': _np.greater,
           '>=': _np.greater_equal}
    if cmp not in ops:
        raise ValueError('comparison must be ==, !=, <, >, <=, >=')
    x, y = _np.asarray(a1), _np.asarray(a2)
    if rstrip:
        x, y = _rstrip_all(x), _rstrip_all(y)
    return ops[cmp](x, y)

_rstrip_all = rstrip

def array(obj, itemsize=None, copy=True, unicode=None, order=None):
    a = _np.array(obj)
    if itemsize is not None and a.dtype.kind in 'US':
        a = a.astype('%s%d' % (a.dtype.kind, itemsize))
    return a

def asarray(obj, itemsize=None, unicode=None, order=None):
    return array(obj, itemsize)
`;

/**
 * `numpy.strings`: the same operations as `numpy.char` (`_ndpy_char` above) minus the list-making ones,
 * with `partition`/`rpartition` giving a tuple of three arrays each as wide as its own longest piece,
 * and `slice`, element-wise str[start:stop:step] keeping the input's width. The private module
 * `_ndpy_strings`.
 */
export const stringsSource = String.raw`
import numpy as _np
from _ndpy_char import *
from _ndpy_char import _parts

del split, rsplit, join, splitlines, array, asarray, compare_chararrays

def partition(a, sep):
    return _parts(a, sep, 'partition')

def rpartition(a, sep):
    return _parts(a, sep, 'rpartition')

_NO_STOP = object()

def slice(a, start=None, stop=_NO_STOP, step=None):
    # one bound alone is the stop, as with Python's slice()
    if stop is _NO_STOP:
        start, stop = None, start
    arr = _np.asarray(a)
    b = _np.broadcast_arrays(arr, _np.asarray(start, dtype=object), _np.asarray(stop, dtype=object),
                             _np.asarray(step, dtype=object))
    vals = [x[i:j:k] for x, i, j, k in zip(*[v.ravel().tolist() for v in b])]
    return _np.array(vals, dtype=arr.dtype).reshape(b[0].shape)
`;
