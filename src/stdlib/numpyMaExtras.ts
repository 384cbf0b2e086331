/**
 * The rest of `numpy.ma`: functions over masked arrays that `_ndpy_ma` (numpyMa.ts) re-exports from here —
 * shape helpers, cumulative and range reductions, set routines, row/column compression, runs of masked or
 * unmasked values, and the masked statistics (cov, corrcoef, polyfit). Each works on the data and the mask
 * side by side, with NumPy's conventions: a mask that was never set stays `nomask` (printed `mask=False`)
 * where NumPy keeps it so, masked values count as one value that sorts last in the set routines, and the
 * run finders give slices whose inner bounds are NumPy integers the way NumPy's own do. It is the private
 * module `_ndpy_ma_extras`, imported at the end of `_ndpy_ma`.
 */
export const source = String.raw`
import builtins as _b
import numpy as _np
from _ndpy_ma import (MaskedArray, masked, nomask, getdata, getmask, getmaskarray, concatenate, _shrunk,
                      _as_ma, _default_fill, _binop, sqrt, filled)


class MAError(Exception):
    __module__ = 'numpy.ma.core'


class MaskError(MAError):
    __module__ = 'numpy.ma.core'


MaskType = _np.bool_
bool_ = _np.bool_


def _pair(a, f):
    # f applied to the data and, when there is one, to the mask
    a = _as_ma(a)
    m = a._mask
    return MaskedArray(f(a._data), mask=m if m is nomask else f(m), fill_value=a._fill_value)


def expand_dims(a, axis): return _pair(a, lambda x: _np.expand_dims(x, axis))
def squeeze(a, axis=None): return _pair(a, lambda x: _np.squeeze(x, axis=axis))
def swapaxes(a, axis1, axis2): return _pair(a, lambda x: _np.swapaxes(x, axis1, axis2))
def take(a, indices, axis=None): return _pair(a, lambda x: _np.take(x, indices, axis=axis))
def repeat(a, repeats, axis=None): return _pair(a, lambda x: _np.repeat(x, repeats, axis=axis))
def resize(x, new_shape): return _pair(x, lambda v: _np.resize(v, new_shape))
def diagonal(a, offset=0, axis1=0, axis2=1): return _pair(a, lambda x: _np.diagonal(x, offset, axis1, axis2))
def diag(v, k=0): return _pair(v, lambda x: _np.diag(x, k))
def atleast_1d(a): return _pair(a, _np.atleast_1d)
def atleast_2d(a): return _pair(a, _np.atleast_2d)
def atleast_3d(a): return _pair(a, _np.atleast_3d)

def ndim(obj): return _np.ndim(getdata(obj))
def shape(obj): return _np.shape(getdata(obj))
def size(obj, axis=None): return _np.size(getdata(obj), axis)
def nonzero(a): return _np.nonzero(_as_ma(a).filled(0))
def inner(a, b): return _np.inner(_as_ma(a).filled(0), _as_ma(b).filled(0))
innerproduct = inner
def identity(n, dtype=None): return MaskedArray(_np.identity(n, dtype=dtype))
def empty_like(a, dtype=None): return MaskedArray(_np.empty_like(getdata(a), dtype=dtype))
def is_mask(m): return isinstance(m, _np.ndarray) and m.dtype == bool


def masked_all_like(arr):
    d = _np.empty_like(getdata(arr))
    return MaskedArray(d, mask=_np.ones(d.shape, dtype=bool))


def masked_object(x, value, copy=True, shrink=True):
    x = _np.array(x, dtype=object)
    return MaskedArray(x, mask=_np.asarray(x == value, dtype=bool), fill_value=value)


def clip(a, a_min=None, a_max=None):
    a = _as_ma(a)
    return MaskedArray(_np.clip(a._data, a_min, a_max), mask=a._mask, fill_value=a._fill_value)


def cumprod(a, axis=None):
    a = _as_ma(a)
    m = a._mask
    if m is not nomask and axis is None:
        m = m.ravel()
    return MaskedArray(_np.cumprod(a.filled(1), axis=axis), mask=m)


def ptp(a, axis=None):
    a = _as_ma(a)
    return a.max(axis) - a.min(axis)


def all(a, axis=None): return _as_ma(a).all(axis)
def any(a, axis=None): return _as_ma(a).any(axis)
def amax(a, axis=None): return _as_ma(a).max(axis)
def amin(a, axis=None): return _as_ma(a).min(axis)
def product(a, axis=None): return _as_ma(a).prod(axis)


def trace(a, offset=0, axis1=0, axis2=1):
    a = _as_ma(a)
    if a._mask is nomask:
        return _np.trace(a._data, offset, axis1, axis2)
    # NumPy sums the filled diagonal after a cast to the default float type
    return diagonal(a, offset, axis1, axis2).astype(float).filled(0).sum(axis=-1)


def append(a, b, axis=None):
    a, b = _as_ma(a), _as_ma(b)
    if axis is None:
        a, b = a.ravel(), b.ravel()
        axis = 0
    return concatenate([a, b], axis=axis)


def put(a, indices, values, mode='raise'):
    # writes the values into the data and unmasks their slots
    _np.put(a._data, indices, getdata(values), mode=mode)
    if a._mask is not nomask:
        _np.put(a._mask, indices, False, mode=mode)


def _shift_pairs(a, axis, fn):
    # fn(later, earlier) along axis, masked where either neighbour is masked
    a = _as_ma(a)
    n = a.shape[axis]
    later = take(a, _np.arange(1, n), axis)
    earlier = take(a, _np.arange(n - 1), axis)
    return MaskedArray(fn(later._data, earlier._data), mask=_mask_union(later, earlier))


def _mask_union(x, y):
    # the union of two masks, nomask while both are
    if x._mask is nomask and y._mask is nomask:
        return nomask
    return x._full_mask() | y._full_mask()


def diff(a, n=1, axis=-1):
    a = _as_ma(a)
    axis = axis % a.ndim
    for _ in range(n):
        a = _shift_pairs(a, axis, _np.subtract)
    return a


def ediff1d(arr, to_end=None, to_begin=None):
    r = diff(_as_ma(arr).ravel())
    parts = ([_as_ma(_np.ravel(to_begin))] if to_begin is not None else []) + [r] + \
            ([_as_ma(_np.ravel(to_end))] if to_end is not None else [])
    return r if len(parts) == 1 else concatenate(parts)


def harden_mask(a): return a.harden_mask()
def soften_mask(a): return a.soften_mask()


def _dtype_of(obj):
    if isinstance(obj, _np.dtype):
        return obj
    return obj.dtype if hasattr(obj, 'dtype') else _np.asarray(obj).dtype


def default_fill_value(obj):
    return _default_fill(_dtype_of(obj))


def _extreme_fill(obj, biggest):
    # the value that loses every comparison of a maximum (biggest=False) or of a minimum
    dt = _dtype_of(obj)
    if dt.kind in 'fc':
        return _np.inf if biggest else -_np.inf
    if dt.kind in 'iu':
        info = _np.iinfo(dt)
        return info.max if biggest else info.min
    if dt.kind == 'b':
        return biggest
    raise TypeError('Unsuitable type for calculating ' + ('minimum.' if biggest else 'maximum.'))


def maximum_fill_value(obj): return _extreme_fill(obj, False)
def minimum_fill_value(obj): return _extreme_fill(obj, True)


def set_fill_value(a, fill_value):
    if isinstance(a, MaskedArray):
        a.set_fill_value(fill_value)


# ---- set routines: masked values are all one value, sorting after the others ----

def unique(ar1, return_index=False, return_inverse=False):
    a = _as_ma(ar1).ravel()
    m = a._full_mask()
    vals = _np.unique(a._data[~m])
    if not m.any():
        out = MaskedArray(vals)
    else:
        slot = _np.zeros(1, dtype=a.dtype) if vals.size == 0 else vals[-1:]
        out = MaskedArray(_np.concatenate([vals, slot]), mask=_np.arange(vals.size + 1) == vals.size)
    return out


def _masked_equal_neighbours(a):
    # a[i] == a[i + 1] for a sorted 1-d masked array, two masked values counting as equal
    m = a._full_mask()
    same = (a._data[1:] == a._data[:-1]) & ~m[1:] & ~m[:-1]
    return same | (m[1:] & m[:-1])


def intersect1d(ar1, ar2, assume_unique=False):
    if not assume_unique:
        ar1, ar2 = unique(ar1), unique(ar2)
    aux = concatenate([_as_ma(ar1), _as_ma(ar2)])
    aux.sort()
    return aux[:-1][_masked_equal_neighbours(aux)]


def union1d(ar1, ar2):
    return unique(concatenate([_as_ma(ar1).ravel(), _as_ma(ar2).ravel()]))


def isin(element, test_elements, assume_unique=False, invert=False):
    e = _as_ma(element)
    t = _as_ma(test_elements).compressed()
    return MaskedArray(_np.isin(e._data, t, invert=invert), mask=e._mask)


def in1d(ar1, ar2, assume_unique=False, invert=False):
    return isin(_as_ma(ar1).ravel(), ar2, invert=invert)


def setdiff1d(ar1, ar2, assume_unique=False):
    a = _as_ma(ar1).ravel() if assume_unique else unique(ar1)
    keep = ~_np.isin(a._data, _as_ma(ar2).compressed()) | a._full_mask()
    return a[keep]


def setxor1d(ar1, ar2, assume_unique=False):
    if not assume_unique:
        ar1, ar2 = unique(ar1), unique(ar2)
    aux = concatenate([_as_ma(ar1), _as_ma(ar2)])
    aux.sort()
    if aux.size == 0:
        return aux
    same = _masked_equal_neighbours(aux)
    edge = _np.concatenate([[True], ~same, [True]])
    return aux[edge[1:] & edge[:-1]]


# ---- whole rows and columns ----

def _check_2d(a):
    if a.ndim != 2:
        raise NotImplementedError('compress_rowcols works for 2D arrays only.')


def compress_rowcols(x, axis=None):
    x = _as_ma(x)
    _check_2d(x)
    m = x._full_mask()
    rows = ~m.any(axis=1) if axis in (None, 0, -2) else _np.ones(x.shape[0], dtype=bool)
    cols = ~m.any(axis=0) if axis in (None, 1, -1) else _np.ones(x.shape[1], dtype=bool)
    return x._data[rows][:, cols]


def compress_rows(a): return compress_rowcols(a, 0)
def compress_cols(a): return compress_rowcols(a, 1)


def mask_rowcols(a, axis=None):
    a = _as_ma(a)
    _check_2d(a)
    m = a._full_mask()
    if not m.any():
        return a
    full = _np.zeros(a.shape, dtype=bool)
    if axis in (None, 0, -2):
        full |= m.any(axis=1)[:, None]
    if axis in (None, 1, -1):
        full |= m.any(axis=0)[None, :]
    return MaskedArray(a._data, mask=full, fill_value=a._fill_value)


def mask_rows(a, axis=None): return mask_rowcols(a, 0)
def mask_cols(a, axis=None): return mask_rowcols(a, 1)


# ---- runs of masked and unmasked values ----

def _runs(m, want):
    # slices over the runs of 1-d m equal to want, with Python-int bounds
    out, start = [], None
    for i, v in enumerate(m.tolist()):
        if v == want and start is None:
            start = i
        elif v != want and start is not None:
            out.append(slice(start, i))
            start = None
    if start is not None:
        out.append(slice(start, len(m)))
    return out


def flatnotmasked_contiguous(a):
    a = _as_ma(a)
    if a._mask is nomask:
        return [slice(0, a.size)]
    return _runs(a._mask.ravel(), False)


def notmasked_contiguous(a, axis=None):
    a = _as_ma(a)
    if axis is None or a.ndim == 1:
        return flatnotmasked_contiguous(a)
    if a.ndim > 2:
        raise NotImplementedError('Currently limited to at most 2D array.')
    other = 1 - axis % 2
    return [flatnotmasked_contiguous(take(a, i, other)) for i in range(a.shape[other])]


def _clumps(a, want):
    # NumPy's clump_* slices: ends at the array's edges are Python ints, inner bounds NumPy ints
    m = getmaskarray(a).ravel()
    n = m.size
    out = []
    for s in _runs(m, want):
        out.append(slice(s.start if s.start == 0 else _np.int64(s.start),
                         s.stop if s.stop == n else _np.int64(s.stop)))
    return out


def clump_unmasked(a):
    if getmask(a) is nomask:
        return [slice(0, _np.size(getdata(a)))]
    return _clumps(a, False)


def clump_masked(a):
    if getmask(a) is nomask:
        return []
    return _clumps(a, True)


def flatnotmasked_edges(a):
    a = _as_ma(a)
    if a._mask is nomask or not a._mask.any():
        return _np.array([0, a.size - 1])
    idx = _np.flatnonzero(~a._mask.ravel())
    return _np.array([idx[0], idx[-1]]) if idx.size else None


def notmasked_edges(a, axis=None):
    a = _as_ma(a)
    if axis is None or a.ndim == 1:
        return flatnotmasked_edges(a)
    m = a._full_mask()
    grids = [MaskedArray(g, mask=m) for g in _np.indices(a.shape)]
    return [tuple(g.min(axis).compressed() for g in grids), tuple(g.max(axis).compressed() for g in grids)]


# ---- statistics ----

def _centered_rows(x, y, rowvar):
    # the variables as rows less their means; with y of x's shape a value missing from one is missing
    # from both (NumPy's pairwise masking)
    x = atleast_2d(_as_ma(x).astype(float))
    if x.shape[0] == 1:
        rowvar = True
    if y is not None:
        y = atleast_2d(_as_ma(y).astype(float))
        if y.shape == x.shape and (x._mask is not nomask or y._mask is not nomask):
            both = x._full_mask() | y._full_mask()
            x, y = MaskedArray(x._data, mask=both), MaskedArray(y._data, mask=both)
        x = concatenate([x, y], axis=1 - int(bool(rowvar)))
    if not rowvar:
        x = x.T
    mean = x.mean(axis=1)
    return MaskedArray(x._data - mean._data[:, None], mask=x._mask)


def cov(x, y=None, rowvar=True, bias=False, allow_masked=True, ddof=None):
    # each pair of rows is normalised by the count of positions where both are present
    xc = _centered_rows(x, y, rowvar)
    present = (~xc._full_mask()).astype(int)
    if ddof is None:
        ddof = 0 if bias else 1
    fact = _np.dot(present, present.T) - ddof
    filled_x = xc.filled(0)
    with _np.errstate(all='ignore'):
        r = _np.dot(filled_x, filled_x.T.conj()) / fact
    return squeeze(MaskedArray(r, mask=fact <= 0))


def corrcoef(x, y=None, rowvar=True, allow_masked=True):
    # NumPy's: the covariance (pairwise counts) over the outer product of its diagonal's roots, so
    # with masked values a coefficient can pass 1; a single variable gives \`masked\`
    corr = cov(x, y, rowvar, allow_masked=allow_masked)
    if _np.ndim(corr) == 0:
        return masked
    std = sqrt(diagonal(corr))
    d, m = getdata(std), getmaskarray(std)
    return _binop(_np.true_divide, corr, MaskedArray(_np.multiply.outer(d, d), mask=_np.logical_or.outer(m, m)))


class mr_class:
    # numpy.ma.mr_: np.r_ over the data and over the masks side by side (no masked value: nomask)
    def __getitem__(self, key):
        if isinstance(key, str):
            raise MAError('Unavailable for masked array.')
        items = key if isinstance(key, tuple) else (key,)
        datas, masks = [], []
        for k in items:
            if isinstance(k, str):
                datas.append(k)
                masks.append(k)
            elif isinstance(k, slice):
                part = _np.r_[k]
                datas.append(part)
                masks.append(_np.zeros(part.shape, bool))
            else:
                datas.append(getdata(k))
                masks.append(getmaskarray(k))
        return MaskedArray(_np.r_[tuple(datas)], mask=_shrunk(_np.r_[tuple(masks)]))

    def __len__(self):
        return 0


mr_ = mr_class()


def polyfit(x, y, deg, rcond=None, full=False, w=None, cov=False):
    # the fit over the points where neither x nor y is masked
    keep = ~(getmaskarray(x) | (getmaskarray(y) if _np.ndim(getdata(y)) == 1 else getmaskarray(y).any(axis=1)))
    return _np.polyfit(getdata(x)[keep], getdata(y)[keep], deg, rcond=rcond, full=full, w=w, cov=cov)


def outer(a, b):
    a, b = _as_ma(a).ravel(), _as_ma(b).ravel()
    d = _np.outer(a.filled(0), b.filled(0))
    if a._mask is nomask and b._mask is nomask:
        return MaskedArray(d)
    m = _np.logical_or.outer(a._full_mask(), b._full_mask())
    return MaskedArray(d, mask=_shrunk(m))


outerproduct = outer


def apply_along_axis(func1d, axis, arr, *args, **kwargs):
    a = _as_ma(arr)
    axis = axis % a.ndim
    moved = _pair(a, lambda v: _np.moveaxis(v, axis, -1))
    lead = moved.shape[:-1]
    vals = [func1d(moved[i], *args, **kwargs) for i in _np.ndindex(*lead)]
    hidden = [v is masked for v in vals]
    data = _np.array([0 if h else getdata(v) for v, h in zip(vals, hidden)])
    data = data.reshape(lead + data.shape[1:])
    return MaskedArray(data, mask=_np.array(hidden).reshape(lead) if _b.any(hidden) else nomask)


# ---- comparisons of whole arrays and small helpers ----

def allequal(a, b, fill_value=True):
    # every unmasked pair equal; with fill_value=False any masked value makes the answer False
    m = getmaskarray(a) | getmaskarray(b)
    if not m.any():
        return _np.equal(getdata(a), getdata(b)).all()
    if not fill_value:
        return _np.False_
    return _np.where(m, True, _np.equal(getdata(a), getdata(b))).all()


def allclose(a, b, masked_equal=True, rtol=1e-5, atol=1e-8):
    # np.allclose over the unmasked pairs (masked pairs count as masked_equal); infinities must match
    x = _np.asarray(getdata(a))
    y = _np.asarray(getdata(b))
    y = y.astype(_np.result_type(y, 1.))
    m = _np.broadcast_to(getmaskarray(a) | getmaskarray(b), _np.broadcast_shapes(x.shape, y.shape))
    xinf = _np.isinf(x) & ~m
    if not _np.all(xinf == (_np.isinf(y) & ~getmaskarray(b))):
        return _np.False_
    with _np.errstate(all='ignore'):
        close = _np.less_equal(_np.absolute(x - y), atol + rtol * _np.absolute(y))
    close = _np.where(xinf, x == y, close)
    return _np.all(_np.where(m, bool(masked_equal), close))


def alltrue(a, axis=None): return _as_ma(a).all(axis)
def sometrue(a, axis=None): return _as_ma(a).any(axis)
def anomalies(a, axis=None): return _as_ma(a).anom(axis)
masked_singleton = masked


def diagflat(v, k=0): return _pair(v, lambda x: _np.diagflat(x, k))


def compress(condition, a, axis=None):
    return _pair(a, lambda x: _np.compress(condition, x, axis=axis))


def putmask(a, mask, values):
    # the values written where mask is set, which unmasks those slots (a hard mask keeps them)
    mask = _np.asarray(mask, dtype=bool)
    _np.putmask(a._data, mask & ~a._full_mask() if a._hard else mask, getdata(values))
    if a._mask is not nomask and not a._hard:
        vm = getmaskarray(values)
        m = a._full_mask().copy()
        _np.putmask(m, mask, vm)
        a._mask = m


def ndenumerate(a, compressed=True):
    # (index, value) of each element; masked ones are skipped, or given as \`masked\` with compressed=False
    m = getmaskarray(a)
    for idx, v in _np.ndenumerate(getdata(a)):
        if not m[idx]:
            yield idx, v
        elif not compressed:
            yield idx, masked


def angle(z, deg=False):
    z = _as_ma(z)
    return MaskedArray(_np.angle(z._data, deg), mask=z._mask)


def choose(indices, choices, out=None, mode='raise'):
    # np.choose of the filled data and, alike, of the masks; a masked index masks its slot
    c = filled(indices, 0)
    masks = [True if x is masked else getmask(x) for x in choices]
    data = [True if x is masked else filled(x) for x in choices]
    m = _shrunk(_np.asarray(_np.choose(c, masks, mode=mode), dtype=bool) | getmaskarray(indices))
    return MaskedArray(_np.choose(c, data, mode=mode, out=out), mask=m)


def indices(dimensions, dtype=int, sparse=False): return MaskedArray(_np.indices(dimensions, dtype, sparse))
def fromfunction(function, shape, **kwargs): return MaskedArray(_np.fromfunction(function, shape, **kwargs))
`;
