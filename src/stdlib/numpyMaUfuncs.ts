/**
 * numpy.ma's functions over NumPy's ufuncs (sqrt, log, add, divide …), written in Python: the unary and
 * binary wrappers mask where an input is masked, where the inputs are outside the function's domain
 * (log of a non-positive value, division by about zero) and, for the division-like functions and
 * power, where the result is not finite, with NumPy's conventions for which masks stay `nomask`.
 * MaskedArray's operators use the same binary operation (`_binop`). It is the private module
 * `_ndpy_ma_ufuncs`, imported at the end of `_ndpy_ma`.
 */
export const source = String.raw`
import numpy as _np
from _ndpy_ma import MaskedArray, masked, nomask, getdata, getmask, getmaskarray

_TINY = _np.finfo(float).tiny
def _safe_divide(a, b): return _np.absolute(a) * _TINY >= _np.absolute(b)
_DOMAINS = {
    'sqrt': lambda x: _np.less(x, 0),
    'log': lambda x: _np.less_equal(x, 0), 'log2': lambda x: _np.less_equal(x, 0),
    'log10': lambda x: _np.less_equal(x, 0),
    'arcsin': lambda x: (_np.greater(x, 1.0) | _np.less(x, -1.0)),
    'arccos': lambda x: (_np.greater(x, 1.0) | _np.less(x, -1.0)),
    'arccosh': lambda x: _np.less(x, 1.0),
    'arctanh': lambda x: (_np.greater(x, 1.0 - 1e-15) | _np.less(x, -1.0 + 1e-15)),
    'tan': lambda x: _np.less(_np.absolute(_np.cos(x)), 1e-35),
    'divide': _safe_divide, 'true_divide': _safe_divide, 'floor_divide': _safe_divide,
    'remainder': _safe_divide, 'fmod': _safe_divide,
}
_UFUNC_FILLS = {'log': 1.0, 'log2': 1.0, 'log10': 1.0, 'arccosh': 1.0, 'divide': 1, 'true_divide': 1,
                'floor_divide': 1, 'remainder': 1, 'fmod': 1}

def _masked_unary(f):
    # numpy.ma's _MaskedUnaryOperation: masked where the input is masked, and (for functions with a
    # domain) where the input is outside it or the result is not finite; masked slots keep the input
    dom = _DOMAINS.get(f.__name__)
    def op(a, *args, **kw):
        d = getdata(a)
        with _np.errstate(all='ignore'):
            r = f(d, *args, **kw)
        m = getmask(a)
        if dom is not None:
            bad = ~_np.isfinite(r) | dom(d)
            m = bad if m is nomask else (m | bad)
        if _np.ndim(r) == 0:
            return masked if (m is not nomask and bool(m)) else r
        if m is not nomask:
            _np.copyto(r, d, where=m, casting='unsafe')
        return MaskedArray(r, mask=m)
    op.__name__ = f.__name__
    return op

def _binop(f, a, b, *args, **kw):
    # numpy.ma's _MaskedBinaryOperation and _DomainedBinaryOperation (and power's check of its result):
    # masked where an input is masked; the division-like functions also where the result is not finite
    # or the inputs are outside the domain (their mask is always a full array), power where the result
    # is not finite; masked slots keep the first operand's data
    da, db = getdata(a), getdata(b)
    dom = _DOMAINS.get(f.__name__)
    with _np.errstate(all='ignore'):
        r = f(da, db, *args, **kw)
        bad = ~_np.isfinite(r) if dom is not None or f is _np.power else None
        if dom is not None:
            bad = bad | dom(da, db)
    ma_, mb_ = getmask(a), getmask(b)
    m = nomask if ma_ is nomask and mb_ is nomask else _np.logical_or(getmaskarray(a), getmaskarray(b))
    if bad is not None and (dom is not None or _np.any(bad)):
        m = bad if m is nomask else (m | bad)
    if _np.ndim(r) == 0:
        return masked if (m is not nomask and bool(_np.any(m))) else r
    if m is not nomask:
        if _np.shape(m) != r.shape:
            m = _np.broadcast_to(m, r.shape).copy()
        try:
            _np.copyto(r, da, where=m, casting='unsafe')
        except Exception:
            pass
    return MaskedArray(r, mask=m)

def _masked_binary(f):
    def op(a, b, *args, **kw):
        return _binop(f, a, b, *args, **kw)
    op.__name__ = f.__name__
    return op

for _name in ('sqrt', 'log', 'log2', 'log10', 'exp', 'sin', 'cos', 'tan', 'arcsin', 'arccos', 'arctan', 'sinh', 'cosh',
              'tanh', 'arcsinh', 'arccosh', 'arctanh', 'absolute', 'fabs', 'negative', 'floor', 'ceil', 'around',
              'logical_not', 'conjugate'):
    globals()[_name] = _masked_unary(getattr(_np, _name))
abs = absolute
for _name in ('add', 'subtract', 'multiply', 'divide', 'true_divide', 'floor_divide', 'remainder', 'fmod', 'power',
              'maximum', 'minimum', 'hypot', 'arctan2', 'equal', 'not_equal', 'less', 'less_equal', 'greater',
              'greater_equal', 'logical_and', 'logical_or', 'logical_xor', 'bitwise_and', 'bitwise_or', 'bitwise_xor',
              'left_shift', 'right_shift'):
    globals()[_name] = _masked_binary(getattr(_np, _name))
mod = remainder
`;
