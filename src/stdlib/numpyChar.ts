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
        if name in ('isnumeric', 'isdecimal') and _np.asarray(a).dtype.kind == 'S':
            # bytes have no such test (NumPy has no loop for them)
            raise TypeError("ufunc '%s' did not contain a loop with signature matching types "
                            "<class 'numpy.dtypes.BytesDType'> -> None" % name)
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

# NumPy 2's char.add and strings.add are the add ufunc itself
add = _np.add

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

# numpy.char compares with trailing whitespace stripped ('a ' == 'a'), as its chararray does
def equal(x1, x2): return compare_chararrays(x1, x2, '==', True)
def not_equal(x1, x2): return compare_chararrays(x1, x2, '!=', True)
def less(x1, x2): return compare_chararrays(x1, x2, '<', True)
def less_equal(x1, x2): return compare_chararrays(x1, x2, '<=', True)
def greater(x1, x2): return compare_chararrays(x1, x2, '>', True)
def greater_equal(x1, x2): return compare_chararrays(x1, x2, '>=', True)

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

class chararray(_np.ndarray):
    # the legacy string array: elements read back without trailing whitespace, comparisons ignore it,
    # + * % work element-wise, and the string functions are methods (string results stay chararrays)
    __module__ = 'numpy.char'

    def __new__(subtype, shape, itemsize=1, unicode=False, buffer=None, offset=0, strides=None, order='C'):
        dtype = _np.dtype(('U' if unicode else 'S') + str(int(itemsize)))
        if buffer is None:
            return _np.zeros(shape, dtype, order=order).view(subtype)
        flat = _np.frombuffer(buffer, dtype=dtype, offset=offset)
        return _np.lib.stride_tricks.as_strided(flat, shape, strides).view(subtype)

    def __array_finalize__(self, obj):
        if self.dtype.char not in 'VSUbc':
            raise ValueError("Can only create a chararray from string data.")

    def __getitem__(self, obj):
        val = _np.ndarray.__getitem__(self, obj)
        if isinstance(val, (_np.str_, _np.bytes_)):
            return val.rstrip()
        return val

    # printing reads elements as indexing does: without their trailing whitespace
    def _shown(self):
        if self.dtype.kind not in 'US':
            return self
        return rstrip(self.view(_np.ndarray)).view(type(self))
    def __repr__(self): return _np.ndarray.__repr__(self._shown())
    # iteration indexes too (NumPy iterates a subclass through its __getitem__)
    def __iter__(self):
        for i in range(len(self)):
            yield self[i]
    def __str__(self): return _np.ndarray.__str__(self._shown())

    def __eq__(self, other): return equal(self, other)
    def __ne__(self, other): return not_equal(self, other)
    def __lt__(self, other): return less(self, other)
    def __le__(self, other): return less_equal(self, other)
    def __gt__(self, other): return greater(self, other)
    def __ge__(self, other): return greater_equal(self, other)
    def __add__(self, other): return asarray(add(self, other))
    def __radd__(self, other): return asarray(add(other, self))
    def __mul__(self, i): return asarray(multiply(self, i))
    def __rmul__(self, i): return asarray(multiply(self, i))
    def __mod__(self, i): return asarray(mod(self, i))
    def __rmod__(self, other): return NotImplemented
    __hash__ = None

    def argsort(self, axis=-1, kind=None, order=None, *, stable=None):
        return self.__array__().argsort(axis, kind, order)

    def split(self, sep=None, maxsplit=None):
        return split(self, sep, -1 if maxsplit is None else maxsplit)

    def rsplit(self, sep=None, maxsplit=None):
        return rsplit(self, sep, -1 if maxsplit is None else maxsplit)

    def splitlines(self, keepends=None):
        return splitlines(self, keepends)

    def join(self, seq):
        return join(self, seq)

def _string_method(f):
    def method(self, *args, **kwargs):
        return asarray(f(self, *args, **kwargs))
    method.__name__ = f.__name__
    return method

def _other_method(f):
    def method(self, *args, **kwargs):
        return f(self, *args, **kwargs)
    method.__name__ = f.__name__
    return method

for _f in (capitalize, center, expandtabs, ljust, lower, lstrip, replace, rjust, rstrip, strip, swapcase,
           title, translate, upper, zfill, decode):
    setattr(chararray, _f.__name__, _string_method(_f))
for _f in (count, encode, endswith, find, index, isalnum, isalpha, isdigit, islower, isspace, istitle,
           isupper, isnumeric, isdecimal, rfind, rindex, startswith, partition, rpartition):
    setattr(chararray, _f.__name__, _other_method(_f))
del _f

def array(obj, itemsize=None, copy=True, unicode=None, order=None):
    # one string is an array of one element; numbers become bytes unless unicode=True
    if isinstance(obj, (str, bytes)):
        obj = [obj]
    a = _np.array(obj)
    if a.dtype.kind not in 'US':
        a = _np.array(obj, dtype='U' if unicode else 'S')
    if itemsize is not None:
        a = a.astype('%s%d' % (a.dtype.kind, itemsize))
    elif unicode and a.dtype.kind == 'S':
        a = a.astype('U%d' % a.itemsize)
    return a.view(chararray)

def asarray(obj, itemsize=None, unicode=None, order=None):
    return array(obj, itemsize, False, unicode, order)
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

del split, rsplit, join, splitlines, array, asarray, compare_chararrays, chararray

# numpy.strings compares exactly (its comparisons are the ufuncs)
equal, not_equal, less, less_equal = _np.equal, _np.not_equal, _np.less, _np.less_equal
greater, greater_equal = _np.greater, _np.greater_equal

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
