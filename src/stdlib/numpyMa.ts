/**
 * `numpy.ma`, masked arrays, written in Python over plain ndarrays: a MaskedArray holds its data and a
 * boolean mask of the same shape (or `nomask`, False, when nothing was ever masked); arithmetic combines
 * masks, reductions skip masked elements (an all-masked reduction gives `masked`), indexing an element
 * gives the value or `masked`, and printing shows masked elements as `--` the way NumPy prints them
 * (the values as Python objects, unpadded). It is the private module `_ndpy_ma`, which numpy's
 * module-level __getattr__ loads on first use of `np.ma`.
 */
export const source = String.raw`
import builtins as _b
import warnings as _warnings
import numpy as _np

nomask = _np.False_

_implied = (_np.dtype('int64'), _np.dtype('float64'), _np.dtype('complex128'), _np.dtype('bool'))
_wide = {'i': _np.int64, 'u': _np.uint64, 'f': _np.float64, 'c': _np.complex128}


def _default_fill(dt):
    k = dt.kind
    if k == 'b':
        return True
    if k in 'iu':
        return 999999
    if k == 'f':
        return 1e+20
    if k == 'c':
        return 1e+20 + 0j
    if k == 'U':
        return 'N/A'
    return None


class MaskedConstant:
    __module__ = 'numpy.ma.core'

    def __repr__(self):
        return 'masked'

    def __str__(self):
        return '--'

    def __format__(self, spec):
        return format('--', spec)

    def __bool__(self):
        return False

    def _op(self, other):
        return self

    __add__ = __radd__ = __sub__ = __rsub__ = __mul__ = __rmul__ = _op
    __truediv__ = __rtruediv__ = __floordiv__ = __rfloordiv__ = __pow__ = __rpow__ = _op
    __mod__ = __rmod__ = _op
    # comparisons with the masked constant are masked too (it is a 0-d masked array in NumPy)
    __eq__ = __ne__ = __lt__ = __le__ = __gt__ = __ge__ = _op
    __hash__ = None

    def __neg__(self):
        return self


masked = MaskedConstant()


class _MaskedPrint:
    # what a masked element shows as inside the text of an array (NumPy's masked_print_option)
    def __repr__(self):
        return '--'

    __str__ = __repr__


_dashes = _MaskedPrint()

# argsort's axis when none is given (NumPy's np._NoValue)
_NO_AXIS = object()


class MaskedArrayFutureWarning(FutureWarning):
    pass


class MaskedArray:
    __module__ = 'numpy.ma'
    __array_priority__ = 15

    def __init__(self, data=None, mask=nomask, dtype=None, copy=False, fill_value=None, keep_mask=True, shrink=True,
                 hard_mask=False):
        if isinstance(data, MaskedArray):
            base_mask = data._mask
            data = data._data
        else:
            base_mask = nomask
        # copy=False means "only when needed" here, as NumPy's masked arrays read it
        self._data = _np.array(data, dtype=dtype, copy=True if copy else None) if dtype is not None or copy else _np.asarray(data)
        if mask is nomask:
            m = base_mask
        elif mask is None or mask is False:
            # an explicit False/None asks for a full mask, unlike the default nomask (NumPy)
            m = _np.zeros(self._data.shape, dtype=bool) if base_mask is nomask else base_mask
        elif mask is True:
            m = _np.ones(self._data.shape, dtype=bool)
        else:
            m = _np.array(mask, dtype=bool)
            if m.shape != self._data.shape:
                m = _np.broadcast_to(m, self._data.shape).copy() if m.size != self._data.size else m.reshape(self._data.shape)
            if keep_mask and base_mask is not nomask:
                m = m | base_mask
        self._mask = m
        self._fill_value = fill_value
        # a hard mask keeps masked slots masked when values are assigned to them
        self._hard = hard_mask

    # ---- attributes ----
    @property
    def data(self):
        return self._data

    @property
    def mask(self):
        return self._mask

    @mask.setter
    def mask(self, value):
        self._mask = _np.array(_np.broadcast_to(_np.asarray(value, dtype=bool), self._data.shape))

    @property
    def fill_value(self):
        dt = self._data.dtype
        if self._fill_value is None and dt.kind in 'iufc':
            # NumPy's default fill of a number type is the kind's wide scalar (np.int64(999999) for int8 too)
            return _wide[dt.kind](_default_fill(dt))
        v = self._fill_value if self._fill_value is not None else _default_fill(dt)
        return dt.type(v) if dt.kind in 'biufc' else v

    @fill_value.setter
    def fill_value(self, value):
        self._fill_value = value

    shape = property(lambda self: self._data.shape)
    dtype = property(lambda self: self._data.dtype)
    size = property(lambda self: self._data.size)
    ndim = property(lambda self: self._data.ndim)
    T = property(lambda self: self.transpose())
    itemsize = property(lambda self: self._data.itemsize)
    nbytes = property(lambda self: self._data.nbytes)
    real = property(lambda self: self._wrap(self._data.real, self._mask))
    imag = property(lambda self: self._wrap(self._data.imag, self._mask))

    def get_fill_value(self):
        return self.fill_value

    def set_fill_value(self, value=None):
        self._fill_value = value

    def item(self, *args):
        return self._data.item(*args)

    # methods that are numpy.ma functions of the array (from _ndpy_ma_extras)
    def clip(self, min=None, max=None, out=None, **kw): return clip(self, min, max)
    def cumprod(self, axis=None, dtype=None, out=None): return cumprod(self, axis)
    def ptp(self, axis=None, out=None, fill_value=None, keepdims=False): return ptp(self, axis)
    def take(self, indices, axis=None, out=None, mode='raise'): return take(self, indices, axis)
    def repeat(self, repeats, axis=None): return repeat(self, repeats, axis)
    def squeeze(self, axis=None): return squeeze(self, axis)
    def swapaxes(self, axis1, axis2): return swapaxes(self, axis1, axis2)
    def diagonal(self, offset=0, axis1=0, axis2=1): return diagonal(self, offset, axis1, axis2)
    def trace(self, offset=0, axis1=0, axis2=1, dtype=None, out=None): return trace(self, offset, axis1, axis2)
    def nonzero(self): return nonzero(self)
    def dot(self, b, out=None, strict=False): return dot(self, b, strict)
    def conjugate(self): return self._wrap(self._data.conjugate(), self._mask)
    conj = conjugate
    def product(self, axis=None, dtype=None, out=None, keepdims=False): return self.prod(axis)

    def __len__(self):
        return len(self._data)

    def _full_mask(self):
        return _np.zeros(self._data.shape, dtype=bool) if self._mask is nomask else self._mask

    def _wrap(self, data, mask):
        return MaskedArray(data, mask=mask, fill_value=self._fill_value)

    # ---- conversion ----
    def filled(self, fill_value=None):
        if self._mask is nomask or not self._mask.any():
            return self._data.copy()
        v = self.fill_value if fill_value is None else fill_value
        return _np.where(self._mask, _np.asarray(v).astype(self._data.dtype), self._data)

    def compressed(self):
        return self._data.ravel() if self._mask is nomask else self._data[~self._mask]

    def count(self, axis=None):
        m = self._full_mask()
        return int((~m).sum()) if axis is None else (~m).sum(axis=axis)

    def tolist(self):
        if self._mask is nomask:
            return self._data.tolist()
        def conv(d, m):
            if isinstance(d, list):
                return [conv(x, y) for x, y in zip(d, m)]
            return None if m else d
        return conv(self._data.tolist(), self._mask.tolist())

    def astype(self, dtype):
        return self._wrap(self._data.astype(dtype), self._mask)

    def copy(self):
        return self._wrap(self._data.copy(), self._mask if self._mask is nomask else self._mask.copy())

    def reshape(self, *shape):
        m = self._mask if self._mask is nomask else self._mask.reshape(*shape)
        return self._wrap(self._data.reshape(*shape), m)

    def ravel(self):
        return self._wrap(self._data.ravel(), self._mask if self._mask is nomask else self._mask.ravel())

    def flatten(self, order='C'):
        # a copy, never a view (as ndarray.flatten)
        m = self._mask if self._mask is nomask else self._mask.flatten(order)
        return self._wrap(self._data.flatten(order), m)

    def transpose(self, *axes):
        m = self._mask if self._mask is nomask else self._mask.transpose(*axes)
        return self._wrap(self._data.transpose(*axes), m)

    def __array__(self, dtype=None, copy=None):
        return self._data if dtype is None else self._data.astype(dtype)

    # ---- indexing ----
    def __getitem__(self, key):
        if isinstance(key, MaskedArray):
            key = key._data
        d = self._data[key]
        if self._mask is nomask:
            return self._wrap(d, nomask) if isinstance(d, _np.ndarray) else d
        m = self._mask[key]
        if isinstance(d, _np.ndarray):
            return self._wrap(d, m)
        return masked if m else d

    def __setitem__(self, key, value):
        if self._hard and self._mask is not nomask and not isinstance(value, (MaskedArray, MaskedConstant)):
            # a hard mask: the write lands only where the data is unmasked
            before = self._data.copy()
            self._data[key] = value
            _np.copyto(self._data, before, where=self._mask)
            return
        if value is masked:
            if self._mask is nomask:
                self._mask = _np.zeros(self._data.shape, dtype=bool)
            self._mask[key] = True
            return
        if isinstance(value, MaskedArray):
            self._data[key] = value._data
            if value._mask is not nomask or self._mask is not nomask:
                if self._mask is nomask:
                    self._mask = _np.zeros(self._data.shape, dtype=bool)
                self._mask[key] = value._full_mask()
            return
        self._data[key] = value
        if self._mask is not nomask:
            self._mask[key] = False

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    # ---- arithmetic ----
    def _binary(self, other, op, reverse=False):
        if other is masked:
            return self._wrap(self._data, _np.ones(self._data.shape, dtype=bool))
        return _binop(op, other, self) if reverse else _binop(op, self, other)

    def _via_ufunc(self, ufunc, *inputs):
        # the operators MaskedArray inherits from ndarray: the ufunc, then what __array_wrap__ does
        return self.__array_ufunc__(ufunc, '__call__', *inputs)

    def __add__(self, o): return self._binary(o, _np.add)
    def __radd__(self, o): return self._binary(o, _np.add, True)
    def __sub__(self, o): return self._binary(o, _np.subtract)
    def __rsub__(self, o): return self._binary(o, _np.subtract, True)
    def __mul__(self, o): return self._binary(o, _np.multiply)
    def __rmul__(self, o): return self._binary(o, _np.multiply, True)
    def __truediv__(self, o): return self._binary(o, _np.true_divide)
    def __rtruediv__(self, o): return self._binary(o, _np.true_divide, True)
    def __floordiv__(self, o): return self._binary(o, _np.floor_divide)
    def __rfloordiv__(self, o): return self._binary(o, _np.floor_divide, True)
    def __mod__(self, o): return self._via_ufunc(_np.remainder, self, o)
    def __rmod__(self, o): return self._via_ufunc(_np.remainder, o, self)
    def __matmul__(self, o): return self._via_ufunc(_np.matmul, self, o)
    def __rmatmul__(self, o): return self._via_ufunc(_np.matmul, o, self)
    def __pow__(self, o): return self._binary(o, _np.power)
    def __rpow__(self, o): return self._binary(o, _np.power, True)
    def _compare(self, other, op):
        # MaskedArray._comparison: the data compared as they are, the masks joined (all-False: nomask);
        # for == and != a slot masked on both sides counts as equal, masked on one side as unequal
        if other is masked:
            return self._binary(other, op)
        m = mask_or(self._mask, getmask(other), copy=True)
        check = op(self._data, getdata(other))
        if _np.ndim(check) == 0:
            return masked if (m is not nomask and bool(m)) else check
        if m is not nomask and op in (_np.equal, _np.not_equal):
            check = _np.where(m, op(getmaskarray(self), getmaskarray(other)), check)
        if m is not nomask and _np.shape(m) != check.shape:
            m = _np.broadcast_to(m, check.shape).copy()
        return MaskedArray(check, mask=m)

    def __eq__(self, o): return self._compare(o, _np.equal)
    def __ne__(self, o): return self._compare(o, _np.not_equal)
    def __lt__(self, o): return self._compare(o, _np.less)
    def __le__(self, o): return self._compare(o, _np.less_equal)
    def __gt__(self, o): return self._compare(o, _np.greater)
    def __ge__(self, o): return self._compare(o, _np.greater_equal)
    def __and__(self, o): return self._via_ufunc(_np.bitwise_and, self, o)
    def __rand__(self, o): return self._via_ufunc(_np.bitwise_and, o, self)
    def __or__(self, o): return self._via_ufunc(_np.bitwise_or, self, o)
    def __ror__(self, o): return self._via_ufunc(_np.bitwise_or, o, self)
    def __xor__(self, o): return self._via_ufunc(_np.bitwise_xor, self, o)
    def __rxor__(self, o): return self._via_ufunc(_np.bitwise_xor, o, self)

    def __neg__(self):
        return self._wrap(-self._data, self._mask)

    def __abs__(self):
        return self._wrap(abs(self._data), self._mask)

    __hash__ = None

    # ---- reductions ----
    def _reduce(self, name, axis=None, fill=None, **kw):
        m = self._full_mask()
        if axis is None:
            vals = self._data[~m]
            if vals.size == 0:
                return masked
            return getattr(vals, name)(**kw)
        d = self._data
        if fill is not None:
            d = _np.where(m, fill, d)
            r = getattr(d, name)(axis=axis, **kw)
        else:
            r = getattr(MaskedArray, '_' + name + '_axis')(self, axis, **kw)
        # an array that never had a mask gives one that has none either; a reduction to 0-d (every axis)
        # gives the scalar, or masked
        lanes = m.all(axis=axis)
        if _np.ndim(r) == 0:
            return masked if self._mask is not nomask and bool(lanes) else r[()]
        return MaskedArray(r, mask=nomask if self._mask is nomask else lanes)

    def sum(self, axis=None, dtype=None, out=None, keepdims=False, **kw):
        return self._reduce('sum', axis, fill=0)

    def prod(self, axis=None, dtype=None, out=None, keepdims=False, **kw):
        return self._reduce('prod', axis, fill=1)

    def min(self, axis=None, dtype=None, out=None, keepdims=False, **kw):
        big = _np.inf if self._data.dtype.kind == 'f' else _np.iinfo(self._data.dtype).max if self._data.dtype.kind in 'iu' else True
        return self._reduce('min', axis, fill=big)

    def max(self, axis=None, dtype=None, out=None, keepdims=False, **kw):
        small = -_np.inf if self._data.dtype.kind == 'f' else _np.iinfo(self._data.dtype).min if self._data.dtype.kind in 'iu' else False
        return self._reduce('max', axis, fill=small)

    def _mean_axis(self, axis):
        m = self._full_mask()
        with _np.errstate(all='ignore'):
            return _np.where(m, 0, self._data).sum(axis=axis) / (~m).sum(axis=axis)

    def mean(self, axis=None, dtype=None, out=None, keepdims=False, **kw):
        return self._reduce('mean', axis)

    def _var_axis(self, axis, ddof=0):
        m = self._full_mask()
        n = (~m).sum(axis=axis)
        with _np.errstate(all='ignore'):
            mu = _np.where(m, 0, self._data).sum(axis=axis, keepdims=True) / _np.expand_dims(n, axis)
            dev = _np.where(m, 0, (self._data - mu) ** 2).sum(axis=axis)
            return dev / (n - ddof)

    def var(self, axis=None, dtype=None, out=None, ddof=0, keepdims=False, **kw):
        r = self._reduce('var', axis, ddof=ddof)
        if axis is not None:
            # masked where a lane is all masked or too short for ddof, and nomask when none is (NumPy)
            short = self.count(axis) - ddof <= 0
            if not isinstance(r, MaskedArray):
                return masked if r is masked or bool(short) else r
            r._mask = _shrunk(short if r._mask is nomask else (r._mask | short))
        return r

    def std(self, axis=None, dtype=None, out=None, ddof=0, keepdims=False, **kw):
        if axis is None:
            return self._reduce('std', axis, ddof=ddof)
        return sqrt(self.var(axis, ddof=ddof))

    def argmax(self, axis=None, out=None, **kw):
        # masked elements count as the smallest value (the largest for argmin)
        return _np.argmax(self.filled(self.min()), axis=axis)

    def argmin(self, axis=None, out=None, **kw):
        return _np.argmin(self.filled(self.max()), axis=axis)

    def cumsum(self, axis=None, dtype=None, out=None):
        m = self._mask
        if m is not nomask:
            m = m.ravel() if axis is None else m
        return self._wrap(_np.cumsum(self.filled(0), axis=axis), m)

    def _logical(self, name, fill, axis):
        # all/any over the unmasked values: a bool scalar, or an array masked where a whole lane is
        r = getattr(self.filled(fill), name)(axis=axis)
        if axis is None:
            return masked if self._mask is not nomask and self._mask.all() else r
        if self._mask is nomask:
            return MaskedArray(r)
        return MaskedArray(r, mask=self._full_mask().all(axis=axis))

    def all(self, axis=None, **kw):
        return self._logical('all', True, axis)

    def any(self, axis=None, **kw):
        return self._logical('any', False, axis)

    def _sort_fill(self):
        k = self._data.dtype.kind
        return _np.inf if k == 'f' else _np.iinfo(self._data.dtype).max if k in 'iu' else True if k == 'b' else self._data.max()

    def argsort(self, axis=_NO_AXIS, kind=None, order=None, endwith=True, fill_value=None):
        # masked elements sort last; without an axis an array of two or more dimensions is flattened
        if axis is _NO_AXIS:
            axis = -1
            if self.ndim > 1:
                axis = None
                _warnings.warn('In the future the default for argsort will be axis=-1, not the current None, to match '
                               'its documentation and np.argsort. Explicitly pass -1 or None to silence this warning.',
                               MaskedArrayFutureWarning, stacklevel=2)
        return _np.argsort(self.filled(self._sort_fill() if fill_value is None else fill_value), axis=axis, kind=kind)

    def sort(self, axis=-1, kind=None, order=None, endwith=True, fill_value=None):
        idx = self.argsort(axis=axis, kind=kind, fill_value=fill_value)
        self._data[...] = _np.take_along_axis(self._data, idx, axis=axis)
        if self._mask is not nomask:
            self._mask[...] = _np.take_along_axis(self._mask, idx, axis=axis)

    def round(self, decimals=0, out=None):
        return self._wrap(_np.round(self._data, decimals), self._mask)

    def anom(self, axis=None, dtype=None):
        m = self.mean(axis)
        return self - (_np.expand_dims(m, axis) if axis is not None else m)

    def harden_mask(self):
        self._hard = True
        return self

    def soften_mask(self):
        self._hard = False
        return self

    hardmask = property(lambda self: self._hard)

    def unshare_mask(self):
        return self

    def shrink_mask(self):
        if self._mask is not nomask and not self._mask.any():
            self._mask = nomask
        return self

    def __array_ufunc__(self, ufunc, method, *inputs, **kwargs):
        # what MaskedArray.__array_wrap__ does after a ufunc call: the inputs' masks, plus the positions
        # outside the function's domain (filled with the domain's fill value)
        if method != '__call__' or kwargs.get('out') is not None:
            return NotImplemented
        datas = [getdata(a) for a in inputs]
        r = ufunc(*datas, **kwargs)
        m = nomask
        for a in inputs:
            am = getmask(a)
            if am is not nomask:
                m = am if m is nomask else (m | am)
        dom = _DOMAINS.get(ufunc.__name__)
        if dom is not None:
            with _np.errstate(all='ignore'):
                d = _np.asarray(dom(*datas))
            if d.any():
                fill = _UFUNC_FILLS.get(ufunc.__name__, 0)
                if isinstance(r, _np.ndarray):
                    _np.copyto(r, fill, where=d, casting='unsafe')
                m = d if m is nomask else (m | d)
        if not isinstance(r, _np.ndarray) or r.ndim == 0:
            return masked if (m is not nomask and bool(_np.any(m))) else r
        if m is not nomask and _np.shape(m) != r.shape:
            m = _np.broadcast_to(m, r.shape).copy()
        return MaskedArray(r, mask=m)

    # ---- printing ----
    def _print_array(self):
        # the values as an object array with '--' in the masked slots, printed by array2string. Long axes
        # lose their middle first, as in NumPy: a 1-d array keeps 750 values at each end, other ranks 50
        data, mask = self._data, self._full_mask()
        width = 1500 if data.ndim == 1 else 100
        for ax in range(data.ndim):
            n = data.shape[ax]
            if n > width:
                keep = list(range(width // 2)) + list(range(n - width // 2, n))
                data, mask = data.take(keep, axis=ax), mask.take(keep, axis=ax)
        out = data.astype(object)
        out[mask] = _dashes
        return out

    def __str__(self):
        if self._data.ndim == 0:
            return '--' if self._mask is not nomask and bool(self._mask) else str(self._data)
        if self._mask is nomask:
            # nothing was ever masked: printed as the plain data array
            return str(self._data)
        return str(self._print_array())

    def _fill_repr(self):
        # NumPy prints the fill value with str() when it has the array's dtype, else with repr()
        fv = self.fill_value
        if self._data.dtype.kind in 'SUO':
            return repr(fv.item() if hasattr(fv, 'item') else fv)
        same = hasattr(fv, 'dtype') and fv.dtype == self._data.dtype
        return str(fv) if same or not hasattr(fv, 'dtype') else repr(fv)

    def __repr__(self):
        dt = self._data.dtype
        keys = ['data', 'mask', 'fill_value']
        # the dtype is shown when the values cannot imply it (NumPy: all masked, empty, or not a default type)
        if dt not in _implied or self.size == 0 or bool(self._full_mask().all()):
            keys.append('dtype')
        prefix = 'masked_array('
        one_row = _b.all(n == 1 for n in self._data.shape[:-1])
        if one_row:
            indents = {k: ' ' * _b.max(2, len(prefix + 'data') - len(k)) for k in keys}
            indents['data'] = prefix
            prefix = ''
        else:
            indents = dict.fromkeys(keys, '  ')
            prefix += '\n'
        if self._mask is nomask and self._data.ndim >= 1:
            data = _np.array2string(self._data, separator=', ', prefix=indents['data'] + 'data=', suffix=',')
            mask = 'False'
        else:
            data = _np.array2string(self._print_array(), separator=', ', prefix=indents['data'] + 'data=', suffix=',')
            mask = _np.array2string(self._full_mask(), separator=', ', prefix=indents['mask'] + 'mask=', suffix=',')
        reprs = {'data': data, 'mask': mask, 'fill_value': self._fill_repr()}
        if 'dtype' in keys:
            reprs['dtype'] = dt.name if dt.kind in 'biufcO' and dt.isnative else repr(dt.str)
        return prefix + ',\n'.join('%s%s=%s' % (indents[k], k, reprs[k]) for k in keys) + ')'


masked_array = MaskedArray

def array(data, dtype=None, copy=False, mask=nomask, fill_value=None, keep_mask=True, hard_mask=False):
    return MaskedArray(data, mask=mask, dtype=dtype, copy=copy, fill_value=fill_value, keep_mask=keep_mask,
                       hard_mask=hard_mask)

def masked_where(condition, a, copy=True):
    cond = _np.asarray(condition, dtype=bool)
    base = a if isinstance(a, MaskedArray) else MaskedArray(_np.array(a) if copy else _np.asarray(a))
    return MaskedArray(base._data, mask=cond | base._full_mask() if base._mask is not nomask else cond)

def masked_invalid(a, copy=True):
    d = _np.asarray(a)
    return masked_where(~_np.isfinite(d), d, copy)

def fix_invalid(a, mask=nomask, copy=True, fill_value=None):
    # invalid values are masked and their data replaced by the fill value
    r = masked_where(~_np.isfinite(getdata(a)) | getmaskarray(array(a, mask=mask)), getdata(a), True)
    r._data[r._mask] = r.fill_value if fill_value is None else fill_value
    return r

def masked_all(shape, dtype=float):
    return MaskedArray(_np.zeros(shape, dtype=dtype), mask=_np.ones(shape, dtype=bool))

def masked_equal(x, value, copy=True):
    r = masked_where(_np.equal(x, value), x, copy)
    r.fill_value = value
    return r
def masked_not_equal(x, value, copy=True): return masked_where(_np.not_equal(x, value), x, copy)
def masked_greater(x, value, copy=True): return masked_where(_np.greater(x, value), x, copy)
def masked_greater_equal(x, value, copy=True): return masked_where(_np.greater_equal(x, value), x, copy)
def masked_less(x, value, copy=True): return masked_where(_np.less(x, value), x, copy)
def masked_less_equal(x, value, copy=True): return masked_where(_np.less_equal(x, value), x, copy)

def masked_inside(x, v1, v2, copy=True):
    lo, hi = _b.min(v1, v2), _b.max(v1, v2)
    x = _np.asarray(x)
    return masked_where((x >= lo) & (x <= hi), x, copy)

def masked_outside(x, v1, v2, copy=True):
    lo, hi = _b.min(v1, v2), _b.max(v1, v2)
    x = _np.asarray(x)
    return masked_where((x < lo) | (x > hi), x, copy)

def masked_values(x, value, rtol=1e-05, atol=1e-08, copy=True):
    x = _np.asarray(x)
    if x.dtype.kind == 'f':
        r = masked_where(_np.isclose(x, value, rtol=rtol, atol=atol), x, copy)
        r.fill_value = value
        return r
    return masked_equal(x, value, copy)

def getmask(a): return a._mask if isinstance(a, MaskedArray) else nomask
def getmaskarray(a): return a._full_mask() if isinstance(a, MaskedArray) else _np.zeros(_np.shape(a), dtype=bool)
def getdata(a): return a._data if isinstance(a, MaskedArray) else _np.asarray(a)
def is_masked(x): return isinstance(x, MaskedArray) and x._mask is not nomask and bool(x._mask.any())
def count_masked(a): return int(getmaskarray(a).sum())
def filled(a, fill_value=None): return a.filled(fill_value) if isinstance(a, MaskedArray) else _np.asarray(a)
def compressed(a): return a.compressed() if isinstance(a, MaskedArray) else _np.asarray(a).ravel()

def _as_ma(a): return a if isinstance(a, MaskedArray) else MaskedArray(a)
def sum(a, axis=None): return _as_ma(a).sum(axis)
def mean(a, axis=None): return _as_ma(a).mean(axis)
def std(a, axis=None, ddof=0): return _as_ma(a).std(axis, ddof)
def var(a, axis=None, ddof=0): return _as_ma(a).var(axis, ddof)
def min(a, axis=None): return _as_ma(a).min(axis)
def max(a, axis=None): return _as_ma(a).max(axis)
def prod(a, axis=None): return _as_ma(a).prod(axis)
def count(a, axis=None): return _as_ma(a).count(axis)

def isMaskedArray(x): return isinstance(x, MaskedArray)
isMA = isMaskedArray
isarray = isMaskedArray

def make_mask(m, copy=False, shrink=True, dtype=bool):
    if m is nomask:
        return nomask
    r = _np.array(m, dtype=bool)
    if shrink and not r.any():
        return nomask
    return r

def make_mask_none(newshape, dtype=None): return _np.zeros(newshape, dtype=bool)

def mask_or(m1, m2, copy=False, shrink=True):
    if m1 is nomask or m1 is False:
        return make_mask(m2, shrink=shrink)
    if m2 is nomask or m2 is False:
        return make_mask(m1, shrink=shrink)
    return make_mask(_np.logical_or(m1, m2), shrink=shrink)

def _shrunk(m):
    return nomask if m is nomask or not m.any() else m

def _joined(f, arrays, shrink, **kw):
    # data and masks joined alike; concatenate drops an all-False mask, the stacking functions keep it
    arrays = list(arrays)
    d = f([getdata(a) for a in arrays], **kw)
    m = f([getmaskarray(a) for a in arrays], **kw)
    return MaskedArray(d, mask=_shrunk(m) if shrink else m)

def concatenate(arrays, axis=0): return _joined(_np.concatenate, arrays, True, axis=axis)
def stack(arrays, axis=0): return _joined(_np.stack, arrays, False, axis=axis)
def vstack(tup): return _joined(_np.vstack, tup, False)
row_stack = vstack
def hstack(tup): return _joined(_np.hstack, tup, False)
def dstack(tup): return _joined(_np.dstack, tup, False)
def column_stack(tup): return _joined(_np.column_stack, tup, False)

def where(condition, x=None, y=None):
    if x is None and y is None:
        return _np.nonzero(filled(condition, False))
    cf = filled(condition, False) if isinstance(condition, MaskedArray) else _np.asarray(condition, dtype=bool)
    data = _np.where(cf, getdata(x), getdata(y))
    mask = _np.where(cf, getmaskarray(x), getmaskarray(y))
    mask = _np.where(getmaskarray(condition), True, mask)
    return MaskedArray(data, mask=_shrunk(mask))

def zeros(shape, dtype=float): return MaskedArray(_np.zeros(shape, dtype=dtype))
def ones(shape, dtype=float): return MaskedArray(_np.ones(shape, dtype=dtype))
def empty(shape, dtype=float): return MaskedArray(_np.empty(shape, dtype=dtype))
def zeros_like(a, dtype=None): return MaskedArray(_np.zeros_like(getdata(a), dtype=dtype))
def ones_like(a, dtype=None): return MaskedArray(_np.ones_like(getdata(a), dtype=dtype))
def arange(*args, **kw): return MaskedArray(_np.arange(*args, **kw))
def asarray(a, dtype=None): return a if isinstance(a, MaskedArray) and dtype is None else MaskedArray(a, dtype=dtype)
asanyarray = asarray

def sort(a, axis=-1, kind=None, order=None, endwith=True, fill_value=None):
    a = _as_ma(a).copy()
    if axis is None:
        a = a.ravel()
        axis = 0
    a.sort(axis=axis, kind=kind, fill_value=fill_value)
    return a

def argsort(a, axis=_NO_AXIS, kind=None, order=None, endwith=True, fill_value=None):
    return _as_ma(a).argsort(axis=axis, kind=kind, fill_value=fill_value)

def median(a, axis=None, out=None, overwrite_input=False, keepdims=False):
    a = _as_ma(a)
    if axis is None:
        c = a.compressed()
        return masked if c.size == 0 else _np.median(c)
    d = _np.where(a._full_mask(), _np.nan, a._data.astype(float))
    with _np.errstate(all='ignore'):
        r = _np.nanmedian(d, axis=axis)
    return MaskedArray(r, mask=a._full_mask().all(axis=axis))

def average(a, axis=None, weights=None, returned=False):
    a = _as_ma(a)
    if weights is None:
        avg = a.mean(axis)
        cnt = a.count(axis)
        return (avg, cnt) if returned else avg
    w = _np.asarray(weights, dtype=float)
    if w.shape != a.shape and axis is not None:
        shp = [1] * a.ndim
        shp[axis] = w.size
        w = w.reshape(shp)
    w = _np.broadcast_to(w, a.shape)
    wm = _np.where(a._full_mask(), 0.0, w)
    scl = wm.sum(axis=axis)
    with _np.errstate(all='ignore'):
        avg = (a.filled(0) * wm).sum(axis=axis) / scl
    # masked where no weight is left (NumPy's masked division); lanes always carry a mask array
    if _np.ndim(avg) == 0:
        avg = masked if scl == 0 else avg
    else:
        avg = MaskedArray(avg, mask=_np.asarray(scl == 0))
    return (avg, scl) if returned else avg

def dot(a, b, strict=False, out=None):
    d = _np.dot(filled(_as_ma(a), 0), filled(_as_ma(b), 0))
    am, bm = ~getmaskarray(a), ~getmaskarray(b)
    m = ~_np.dot(am, bm)
    if _np.ndim(d) == 0:
        return masked if m else d
    return MaskedArray(d, mask=m)

def anom(a, axis=None): return _as_ma(a).anom(axis)
def round(a, decimals=0, out=None): return _as_ma(a).round(decimals)
round_ = round
def argmax(a, axis=None): return _as_ma(a).argmax(axis)
def argmin(a, axis=None): return _as_ma(a).argmin(axis)
def cumsum(a, axis=None): return _as_ma(a).cumsum(axis)
def ravel(a): return _as_ma(a).ravel()
def reshape(a, shape): return _as_ma(a).reshape(shape)
def transpose(a, axes=None): return _as_ma(a).transpose() if axes is None else _as_ma(a).transpose(axes)
def copy(a): return _as_ma(a).copy()

from _ndpy_ma_ufuncs import *
from _ndpy_ma_ufuncs import _binop, _DOMAINS, _UFUNC_FILLS
from _ndpy_ma_extras import *
`;
