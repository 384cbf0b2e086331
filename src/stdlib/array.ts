/**
 * `array`, written in Python (see src/stdlib/index.ts): CPython 3.11's typed arrays of numbers and
 * unicode characters. Items are kept in a list, converted on the way in with CPython's range checks and
 * OverflowError/TypeError messages for each typecode ('f' rounds to single precision); the machine
 * layout (little-endian, C long of 8 bytes) only shows through itemsize, tobytes/frombytes,
 * tofile/fromfile and byteswap, which go through `struct`. buffer_info() reports id(self) as the
 * address.
 */
export const source = String.raw`
import struct as _struct
import _ndpy_types
from collections.abc import MutableSequence as _MutableSequence

__all__ = ['ArrayType', 'array', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'

_ITEMSIZE = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8,
             'q': 8, 'Q': 8, 'f': 4, 'd': 8}
_STRUCT = {'u': 'I', 'l': 'q', 'L': 'Q'}

_LONG_MAX = 2 ** 63 - 1
_ULONG_MAX = 2 ** 64 - 1


def _index(x):
    if isinstance(x, int):
        return int(x)
    try:
        ix = type(x).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(x).__name__) from None
    return ix(x)


def _c_long(x):
    x = _index(x)
    if not -_LONG_MAX - 1 <= x <= _LONG_MAX:
        raise OverflowError('Python int too large to convert to C long')
    return x


def _ranged(x, lo, hi, what):
    if x < lo:
        raise OverflowError('%s is less than minimum' % what)
    if x > hi:
        raise OverflowError('%s is greater than maximum' % what)
    return x


def _unsigned(x, hi, what):
    x = _index(x)
    if x < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if x > _ULONG_MAX:
        raise OverflowError('Python int too large to convert to C unsigned long')
    if hi is not None and x > hi:
        raise OverflowError('%s is greater than maximum' % what)
    return x


def _conv_b(x):
    x = _ranged(_c_long(x), -32768, 32767, 'signed short integer')
    return _ranged(x, -128, 127, 'signed char')


def _conv_B(x):
    return _ranged(_c_long(x), 0, 255, 'unsigned byte integer')


def _conv_h(x):
    return _ranged(_c_long(x), -32768, 32767, 'signed short integer')


def _conv_H(x):
    x = _ranged(_c_long(x), -2 ** 31, 2 ** 31 - 1, 'signed integer')
    return _ranged(x, 0, 65535, 'unsigned short')


def _conv_i(x):
    return _ranged(_c_long(x), -2 ** 31, 2 ** 31 - 1, 'signed integer')


def _conv_I(x):
    return _unsigned(x, 2 ** 32 - 1, 'unsigned int')


def _conv_L(x):
    return _unsigned(x, None, None)


def _conv_q(x):
    x = _index(x)
    if not -2 ** 63 <= x < 2 ** 63:
        raise OverflowError('int too big to convert')
    return x


def _conv_Q(x):
    x = _index(x)
    if x < 0:
        raise OverflowError("can't convert negative int to unsigned")
    if x > _ULONG_MAX:
        raise OverflowError('int too big to convert')
    return x


def _conv_d(x):
    t = type(x)
    if isinstance(x, float) or hasattr(t, '__float__') or hasattr(t, '__index__'):
        return float(x)
    raise TypeError('must be real number, not %s' % t.__name__)


def _conv_f(x):
    x = _conv_d(x)
    try:
        return _struct.unpack('f', _struct.pack('f', x))[0]
    except OverflowError:
        return float('inf') if x > 0 else float('-inf')


def _conv_u(x):
    if not isinstance(x, str) or len(x) != 1:
        raise TypeError('array item must be unicode character')
    return x


_CONVERT = {'b': _conv_b, 'B': _conv_B, 'u': _conv_u, 'h': _conv_h, 'H': _conv_H, 'i': _conv_i,
            'I': _conv_I, 'l': _c_long, 'L': _conv_L, 'q': _conv_q, 'Q': _conv_Q, 'f': _conv_f,
            'd': _conv_d}


class array:
    """array(typecode [, initializer]) -> array

Return a new array whose items are restricted by typecode, and
initialized from the optional initializer value, which must be a list,
a bytes-like object, or iterable over elements of the appropriate type."""

    def __new__(cls, typecode, initializer=None, /):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError('array() argument 1 must be a unicode character, not %s' % type(typecode).__name__)
        if typecode not in _CONVERT:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self = object.__new__(cls)
        self._tc = typecode
        self._conv = _CONVERT[typecode]
        self._a = []
        if initializer is None:
            return self
        if isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError('cannot use a str to initialize an array with typecode %r' % typecode)
            self._a = list(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array) and initializer._tc == 'u' and typecode != 'u':
            raise TypeError('cannot use a unicode array to initialize an array with typecode %r' % typecode)
        else:
            self._a = [self._conv(x) for x in initializer]
        return self

    @property
    def typecode(self):
        return self._tc

    @property
    def itemsize(self):
        return _ITEMSIZE[self._tc]

    def _struct(self, n):
        return '%d%s' % (n, _STRUCT.get(self._tc, self._tc))

    def _check(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array' % type(other).__name__)
        if other._tc != self._tc:
            raise TypeError('bad argument type for built-in operation')

    def _new(self, items):
        a = array(self._tc)
        a._a = items
        return a

    def __repr__(self):
        name = type(self).__name__
        if not self._a:
            return '%s(%r)' % (name, self._tc)
        if self._tc == 'u':
            return '%s(%r, %r)' % (name, self._tc, ''.join(self._a))
        return '%s(%r, %r)' % (name, self._tc, self._a)

    def __len__(self):
        return len(self._a)

    def __iter__(self):
        return iter(self._a)

    def __contains__(self, x):
        return x in self._a

    def __hash__(self):
        raise TypeError("unhashable type: 'array.array'")

    def _pos(self, i, msg):
        if not isinstance(i, int) and not hasattr(type(i), '__index__'):
            raise TypeError('array indices must be integers')
        i = _index(i)
        n = len(self._a)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError(msg)
        return i

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._new(self._a[i])
        return self._a[self._pos(i, 'array index out of range')]

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError('can only assign array (not "%s") to array slice' % type(v).__name__)
            if v._tc != self._tc:
                raise TypeError('bad argument type for built-in operation')
            start, stop, step = i.indices(len(self._a))
            if step != 1:
                size = len(range(start, stop, step))
                if len(v._a) != size:
                    raise ValueError('attempt to assign array of size %d to extended slice of size %d' % (len(v._a), size))
            self._a[i] = list(v._a)
            return
        self._a[self._pos(i, 'array assignment index out of range')] = self._conv(v)

    def __delitem__(self, i):
        if isinstance(i, slice):
            del self._a[i]
            return
        del self._a[self._pos(i, 'array assignment index out of range')]

    def __add__(self, other):
        self._check(other)
        return self._new(self._a + other._a)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")' % type(other).__name__)
        self.extend(other)
        return self

    def __mul__(self, n):
        if not isinstance(n, int) and not hasattr(type(n), '__index__'):
            raise TypeError("can't multiply sequence by non-int of type '%s'" % type(n).__name__)
        return self._new(self._a * _index(n))

    __rmul__ = __mul__

    def __imul__(self, n):
        self._a *= _index(n)
        return self

    def __eq__(self, other):
        return self._a == other._a if isinstance(other, array) else NotImplemented

    def __ne__(self, other):
        return self._a != other._a if isinstance(other, array) else NotImplemented

    def __lt__(self, other):
        return self._a < other._a if isinstance(other, array) else NotImplemented

    def __le__(self, other):
        return self._a <= other._a if isinstance(other, array) else NotImplemented

    def __gt__(self, other):
        return self._a > other._a if isinstance(other, array) else NotImplemented

    def __ge__(self, other):
        return self._a >= other._a if isinstance(other, array) else NotImplemented

    def __copy__(self):
        return self._new(list(self._a))

    def __deepcopy__(self, memo):
        return self._new(list(self._a))

    def append(self, v):
        self._a.append(self._conv(v))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._tc != self._tc:
                raise TypeError('can only extend with array of same kind')
            self._a.extend(iterable._a)
        else:
            self._a.extend([self._conv(x) for x in iterable])

    def insert(self, i, v):
        self._a.insert(_index(i), self._conv(v))

    def pop(self, i=-1):
        if not self._a:
            raise IndexError('pop from empty array')
        return self._a.pop(self._pos(i, 'pop index out of range'))

    def remove(self, v):
        try:
            self._a.remove(v)
        except ValueError:
            raise ValueError('array.remove(x): x not in array') from None

    def index(self, v, start=0, stop=None):
        n = len(self._a)
        try:
            return self._a.index(v, start, n if stop is None else stop)
        except ValueError:
            raise ValueError('array.index(x): x not in array') from None

    def count(self, v):
        return self._a.count(v)

    def reverse(self):
        self._a.reverse()

    def buffer_info(self):
        return (id(self), len(self._a))

    def byteswap(self):
        if self._tc == 'u':
            raise RuntimeError("don't know how to byteswap this array type")
        fmt = self._struct(len(self._a))
        self._set_raw(_struct.unpack('<' + fmt, _struct.pack('>' + fmt, *self._raw())))

    def _raw(self):
        return [ord(c) for c in self._a] if self._tc == 'u' else self._a

    def _set_raw(self, items):
        self._a = [chr(c) for c in items] if self._tc == 'u' else list(items)

    def tobytes(self):
        return _struct.pack('<' + self._struct(len(self._a)), *self._raw())

    def frombytes(self, data):
        data = bytes(data)
        size = _ITEMSIZE[self._tc]
        if len(data) % size:
            raise ValueError('bytes length not a multiple of item size')
        items = list(_struct.unpack('<' + self._struct(len(data) // size), data))
        self._a.extend([chr(c) for c in items] if self._tc == 'u' else items)

    def fromlist(self, items):
        if not isinstance(items, list):
            raise TypeError('arg must be list')
        self._a.extend([self._conv(x) for x in items])

    def tolist(self):
        return list(self._a)

    def fromunicode(self, s):
        if self._tc != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        if not isinstance(s, str):
            raise TypeError('fromunicode() argument must be str, not %s' % type(s).__name__)
        self._a.extend(s)

    def tounicode(self):
        if self._tc != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._a)

    def tofile(self, f):
        f.write(self.tobytes())

    def fromfile(self, f, n):
        size = _ITEMSIZE[self._tc]
        data = f.read(n * size)
        whole = len(data) - len(data) % size
        self.frombytes(data[:whole])
        if len(data) != n * size:
            raise EOFError("read() didn't return enough bytes")


_MutableSequence.register(array)
ArrayType = array
_ndpy_types.extension(array)
del _ndpy_types
`;
