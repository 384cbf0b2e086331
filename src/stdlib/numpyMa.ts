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
import numpy as _np

nomask = _np.False_

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
    __truediv__ = __rtruediv__ = __floordiv__ = __pow__ = _op

    def __neg__(self):
        return self


masked = MaskedConstant()


class MaskedArray:
    __array_priority__ = 15

    def __init__(self, data=None, mask=nomask, dtype=None, copy=False, fill_value=None, keep_mask=True, shrink=True):
        if isinstance(data, MaskedArray):
            base_mask = data._mask
            data = data._data
        else:
            base_mask = nomask
        self._data = _np.array(data, dtype=dtype, copy=copy) if dtype is not None or copy else _np.asarray(data)
        if mask is nomask or mask is None or mask is False:
            m = base_mask
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
        v = self._fill_value if self._fill_value is not None else _default_fill(self._data.dtype)
        return self._data.dtype.type(v) if self._data.dtype.kind in 'biufc' else v

    @fill_value.setter
    def fill_value(self, value):
        self._fill_value = value

    shape = property(lambda self: self._data.shape)
    dtype = property(lambda self: self._data.dtype)
    size = property(lambda self: self._data.size)
    ndim = property(lambda self: self._data.ndim)
    T = property(lambda self: self.transpose())

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

    flatten = ravel

    def transpose(self, *axes):
        m = self._mask if self._mask is nomask else self._mask.transpose(*axes)
        return self._wrap(self._data.transpose(*axes), m)

    def __array__(self, dtype=None, copy=None):
        return self._data if dtype is None else self._data.astype(dtype)

    # ---- indexing ----
    def __getitem__(self, key):
        d = self._data[key]
        if self._mask is nomask:
            return self._wrap(d, nomask) if isinstance(d, _np.ndarray) else d
        m = self._mask[key]
        if isinstance(d, _np.ndarray):
            return self._wrap(d, m)
        return masked if m else d

    def __setitem__(self, key, value):
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
        if isinstance(other, MaskedArray):
            od, om = other._data, other._mask
        else:
            od, om = _np.asarray(other), nomask
        with _np.errstate(all='ignore'):
            r = op(od, self._data) if reverse else op(self._data, od)
        m = _np.logical_or(self._full_mask(), om) if (self._mask is not nomask or om is not nomask) else nomask
        if r.dtype.kind == 'f' or r.dtype.kind == 'c':
            bad = ~_np.isfinite(r)
            if bad.any():
                m = bad if m is nomask else (m | bad)
        if m is not nomask and _np.ndim(m) == 0:
            m = _np.broadcast_to(m, r.shape).copy()
        return MaskedArray(r, mask=m)

    def __add__(self, o): return self._binary(o, _np.add)
    def __radd__(self, o): return self._binary(o, _np.add, True)
    def __sub__(self, o): return self._binary(o, _np.subtract)
    def __rsub__(self, o): return self._binary(o, _np.subtract, True)
    def __mul__(self, o): return self._binary(o, _np.multiply)
    def __rmul__(self, o): return self._binary(o, _np.multiply, True)
    def __truediv__(self, o): return self._binary(o, _np.true_divide)
    def __rtruediv__(self, o): return self._binary(o, _np.true_divide, True)
    def __floordiv__(self, o): return self._binary(o, _np.floor_divide)
    def __mod__(self, o): return self._binary(o, _np.remainder)
    def __pow__(self, o): return self._binary(o, _np.power)
    def __eq__(self, o): return self._binary(o, _np.equal)
    def __ne__(self, o): return self._binary(o, _np.not_equal)
    def __lt__(self, o): return self._binary(o, _np.less)
    def __le__(self, o): return self._binary(o, _np.less_equal)
    def __gt__(self, o): return self._binary(o, _np.greater)
    def __ge__(self, o): return self._binary(o, _np.greater_equal)
    def __and__(self, o): return self._binary(o, _np.logical_and)
    def __or__(self, o): return self._binary(o, _np.logical_or)

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
        allm = m.all(axis=axis)
        return MaskedArray(r, mask=allm if allm.any() else nomask)

    def sum(self, axis=None):
        return self._reduce('sum', axis, fill=0)

    def prod(self, axis=None):
        return self._reduce('prod', axis, fill=1)

    def min(self, axis=None):
        big = _np.inf if self._data.dtype.kind == 'f' else _np.iinfo(self._data.dtype).max if self._data.dtype.kind in 'iu' else True
        return self._reduce('min', axis, fill=big)

    def max(self, axis=None):
        small = -_np.inf if self._data.dtype.kind == 'f' else _np.iinfo(self._data.dtype).min if self._data.dtype.kind in 'iu' else False
        return self._reduce('max', axis, fill=small)

    def _mean_axis(self, axis):
        m = self._full_mask()
        with _np.errstate(all='ignore'):
            return _np.where(m, 0, self._data).sum(axis=axis) / (~m).sum(axis=axis)

    def mean(self, axis=None):
        return self._reduce('mean', axis)

    def _var_axis(self, axis, ddof=0):
        m = self._full_mask()
        n = (~m).sum(axis=axis)
        with _np.errstate(all='ignore'):
            mu = _np.where(m, 0, self._data).sum(axis=axis, keepdims=True) / _np.expand_dims(n, axis)
            dev = _np.where(m, 0, (self._data - mu) ** 2).sum(axis=axis)
            return dev / (n - ddof)

    def var(self, axis=None, ddof=0):
        return self._reduce('var', axis, ddof=ddof)

    def _std_axis(self, axis, ddof=0):
        return _np.sqrt(self._var_axis(axis, ddof))

    def std(self, axis=None, ddof=0):
        return self._reduce('std', axis, ddof=ddof)

    def argmax(self):
        # masked elements count as the smallest value (the largest for argmin)
        return int(_np.argmax(self.filled(self.min())))

    def argmin(self):
        return int(_np.argmin(self.filled(self.max())))

    def cumsum(self):
        return self._wrap(_np.cumsum(self.filled(0)), self._mask if self._mask is nomask else self._mask.ravel())

    def all(self):
        return bool(self.filled(True).all())

    def any(self):
        return bool(self.filled(False).any())

    # ---- printing ----
    def _text_rows(self):
        d = self._data.tolist()
        m = self._full_mask().tolist()
        def conv(dv, mv):
            if isinstance(dv, list):
                return [conv(x, y) for x, y in zip(dv, mv)]
            return '--' if mv else repr(dv) if not isinstance(dv, str) else repr(dv)
        return conv(d, m)

    def _join(self, rows, sep, indent):
        if not isinstance(rows, list):
            return rows
        if rows and isinstance(rows[0], list):
            inner = (sep.rstrip() + '\n' + ' ' * (indent + 1)).join(self._join(r, sep, indent + 1) for r in rows)
            return '[' + inner + ']'
        return '[' + sep.join(rows) + ']'

    def __str__(self):
        if self._data.ndim == 0:
            return '--' if self._mask is not nomask and bool(self._mask) else str(self._data)
        return self._join(self._text_rows(), ' ', 0)

    def __repr__(self):
        data = self._join(self._text_rows(), ', ', 0)
        mask = _np.array2string(self._full_mask(), separator=', ') if self._mask is not nomask else 'False'
        fv = self.fill_value
        fvs = repr(fv.item()) if hasattr(fv, 'item') else repr(fv)
        if self._data.ndim <= 1:
            mask = _np.array2string(self._full_mask(), separator=', ', prefix='             mask=') if self._mask is not nomask else 'False'
            return 'masked_array(data=%s,\n             mask=%s,\n       fill_value=%s)' % (data.replace('\n', '\n' + ' ' * 18), mask, fvs)
        data = self._join(self._text_rows(), ', ', 7)
        mask = _np.array2string(self._full_mask(), separator=', ', prefix='  mask=')
        return 'masked_array(\n  data=%s,\n  mask=%s,\n  fill_value=%s)' % (data, mask, fvs)


masked_array = MaskedArray

def array(data, dtype=None, copy=False, mask=nomask, fill_value=None):
    return MaskedArray(data, mask=mask, dtype=dtype, copy=copy, fill_value=fill_value)

def masked_where(condition, a, copy=True):
    cond = _np.asarray(condition, dtype=bool)
    base = a if isinstance(a, MaskedArray) else MaskedArray(_np.array(a) if copy else _np.asarray(a))
    return MaskedArray(base._data, mask=cond | base._full_mask() if base._mask is not nomask else cond)

def masked_invalid(a, copy=True):
    d = _np.asarray(a)
    return masked_where(~_np.isfinite(d), d, copy)

def masked_equal(x, value, copy=True): return masked_where(_np.equal(x, value), x, copy)
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
        return masked_where(_np.isclose(x, value, rtol=rtol, atol=atol), x, copy)
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
`;
