/**
 * `numpy.testing`, the assertion helpers scripts use to check results: assert_, assert_equal,
 * assert_array_equal, assert_almost_equal, assert_array_almost_equal, assert_approx_equal,
 * assert_allclose, assert_array_less, assert_raises (and assert_raises_regex), assert_string_equal.
 * Written in Python over numpy, following numpy/testing/_private/utils.py: NaN/inf positions must match,
 * the rest is compared element-wise, and a failure raises AssertionError with NumPy's message (header,
 * "Mismatched elements: k / n (p%)", the mismatching indices, the largest absolute and relative
 * differences among them, then the ACTUAL/DESIRED reprs). It is the private module `_ndpy_testing`,
 * which numpy's module-level __getattr__ loads the first time a script reads `np.testing`.
 */
export const source = String.raw`
import numpy as np
import operator as _operator


def assert_(val, msg=''):
    if not val:
        try:
            smsg = msg()
        except TypeError:
            smsg = msg
        raise AssertionError(smsg)


def build_err_msg(arrays, err_msg, header='Items are not equal:', verbose=True, names=('ACTUAL', 'DESIRED'), precision=8):
    msg = ['\n' + header]
    err_msg = str(err_msg)
    if err_msg:
        if err_msg.find('\n') == -1 and len(err_msg) < 79 - len(header):
            msg = [msg[0] + ' ' + err_msg]
        else:
            msg.append(err_msg)
    if verbose:
        for i, a in enumerate(arrays):
            if isinstance(a, np.ndarray):
                r = np.array_repr(a, precision=precision)
            else:
                r = repr(a)
            if r.count('\n') > 3:
                r = '\n'.join(r.splitlines()[:3])
                r += '...'
            msg.append(' %s: %s' % (names[i], r))
    return '\n'.join(msg)


def _numeric(a):
    return a.dtype.kind in 'biufc'


def assert_array_compare(comparison, x, y, err_msg='', verbose=True, header='', precision=6, equal_nan=True,
                         equal_inf=True, *, strict=False, names=('ACTUAL', 'DESIRED')):
    x = np.asanyarray(x)
    y = np.asanyarray(y)
    ox, oy = x, y

    def fail(reason):
        raise AssertionError(build_err_msg([x, y], err_msg + reason, verbose=verbose, header=header, names=names,
                                           precision=precision))

    def same_pos(fx, fy, hasval):
        if bool((fx != fy).any()) if isinstance(fx, np.ndarray) or isinstance(fy, np.ndarray) else fx != fy:
            fail('\n%s location mismatch:' % hasval)
        if np.ndim(fx) == 0:
            return np.bool_(fx)
        if np.ndim(fy) == 0:
            return np.bool_(fy)
        return fy

    if strict:
        cond = x.shape == y.shape and x.dtype == y.dtype
    else:
        cond = (x.shape == () or y.shape == ()) or x.shape == y.shape
    if not cond:
        if x.shape != y.shape:
            fail('\n(shapes %s, %s mismatch)' % (x.shape, y.shape))
        fail('\n(dtypes %s, %s mismatch)' % (x.dtype, y.dtype))
    flagged = np.bool_(False)
    if _numeric(x) and _numeric(y):
        if equal_nan:
            flagged = same_pos(np.isnan(x), np.isnan(y), 'nan')
        if equal_inf:
            infx = np.logical_and(np.isinf(x), np.invert(flagged))
            infy = np.logical_and(np.isinf(y), np.invert(flagged))
            infs = same_pos(infx, infy, 'inf')
            if infs.any():
                xi, yi = (x[infs], y[infs]) if x.ndim > 0 and y.ndim > 0 else (x, y)
                if bool(np.any(xi != yi)):
                    fail('\ninf values mismatch:')
            flagged = flagged | infs
    elif x.dtype.kind in 'mM' and y.dtype.kind in 'mM':
        if equal_nan and x.dtype.kind == y.dtype.kind:
            flagged = same_pos(np.isnat(x), np.isnat(y), 'NaT')
    if flagged.ndim > 0:
        x, y = x[~flagged], y[~flagged]
        if x.size == 0:
            return
    elif flagged:
        return
    val = comparison(x, y)
    invalids = np.logical_not(val)
    if isinstance(val, bool):
        cond = val
        reduced = np.array([val])
    else:
        reduced = val.ravel()
        cond = reduced.all()
    if cond:
        return
    n_mismatch = reduced.size - int(reduced.sum(dtype=np.intp))
    n_elements = flagged.size if flagged.ndim != 0 else reduced.size
    percent = 100 * n_mismatch / n_elements
    remarks = ['Mismatched elements: %d / %d (%s%%)' % (n_mismatch, n_elements, format(percent, '.3g'))]
    if np.ndim(invalids) != 0:
        if flagged.ndim > 0:
            positions = np.argwhere(np.asarray(~flagged))[invalids]
        else:
            positions = np.argwhere(np.asarray(invalids))
        s = '\n'.join(' %s: %s (%s), %s (%s)' % (p.tolist(), ox if ox.ndim == 0 else ox[tuple(p)], names[0],
                                                 oy if oy.ndim == 0 else oy[tuple(p)], names[1]) for p in positions[:5])
        if len(positions) == 1:
            remarks.append('Mismatch at index:\n' + s)
        elif len(positions) <= 5:
            remarks.append('Mismatch at indices:\n' + s)
        else:
            remarks.append('First 5 mismatches are at indices:\n' + s)
    if _numeric(x) and _numeric(y):
        with np.errstate(all='ignore'):
            error = abs(x - y)
            if x.dtype.kind == 'u':
                error = np.minimum(error, abs(y - x))
            max_abs = np.max(error[invalids])
            remarks.append('Max absolute difference among violations: ' + np.array2string(max_abs))
            nonzero = np.bool_(y != 0) if np.ndim(y) == 0 else (y != 0)
            nz_inv = np.logical_and(invalids, nonzero)
            if np.all(~nz_inv):
                max_rel = np.array(np.inf)
            else:
                by = np.broadcast_to(y, error.shape)
                max_rel = np.max(error[nz_inv] / abs(by[nz_inv]))
            remarks.append('Max relative difference among violations: ' + np.array2string(max_rel))
    msg = build_err_msg([ox, oy], str(err_msg) + '\n' + '\n'.join(remarks), verbose=verbose, header=header,
                        names=names, precision=precision)
    raise AssertionError(msg)


def assert_array_equal(actual, desired, err_msg='', verbose=True, *, strict=False):
    assert_array_compare(_operator.__eq__, actual, desired, err_msg=err_msg, verbose=verbose,
                         header='Arrays are not equal', strict=strict)


def assert_array_almost_equal(actual, desired, decimal=6, err_msg='', verbose=True):
    def compare(x, y):
        dtype = np.result_type(y, 1.)
        y = np.asanyarray(y, dtype)
        z = abs(x - y)
        return z < 1.5 * 10.0 ** (-decimal)
    assert_array_compare(compare, actual, desired, err_msg=err_msg, verbose=verbose,
                         header='Arrays are not almost equal to %d decimals' % decimal, precision=decimal)


def assert_allclose(actual, desired, rtol=1e-7, atol=0, equal_nan=True, err_msg='', verbose=True, *, strict=False):
    def compare(x, y):
        return np.isclose(x, y, rtol=rtol, atol=atol, equal_nan=equal_nan)
    actual, desired = np.asanyarray(actual), np.asanyarray(desired)
    header = 'Not equal to tolerance rtol=%s, atol=%s' % (format(rtol, 'g'), format(atol, 'g'))
    assert_array_compare(compare, actual, desired, err_msg=str(err_msg), verbose=verbose, header=header,
                         equal_nan=equal_nan, strict=strict)


def assert_array_less(x, y, err_msg='', verbose=True, *, strict=False):
    assert_array_compare(_operator.__lt__, x, y, err_msg=err_msg, verbose=verbose,
                         header='Arrays are not strictly ordered ' + chr(96) + 'x < y' + chr(96), equal_inf=False,
                         strict=strict, names=('x', 'y'))


def _split_complex(a):
    if np.iscomplexobj(a):
        return np.real(a), np.imag(a)
    return a, 0


def assert_equal(actual, desired, err_msg='', verbose=True, *, strict=False):
    if isinstance(desired, dict):
        if not isinstance(actual, dict):
            raise AssertionError(repr(type(actual)))
        assert_equal(len(actual), len(desired), err_msg, verbose)
        for k in desired:
            if k not in actual:
                raise AssertionError(repr(k))
            assert_equal(actual[k], desired[k], 'key=%r\n%s' % (k, err_msg), verbose)
        return
    if isinstance(desired, (list, tuple)) and isinstance(actual, (list, tuple)):
        assert_equal(len(actual), len(desired), err_msg, verbose)
        for k in range(len(desired)):
            assert_equal(actual[k], desired[k], 'item=%r\n%s' % (k, err_msg), verbose)
        return
    if isinstance(actual, np.ndarray) or isinstance(desired, np.ndarray):
        return assert_array_equal(actual, desired, err_msg, verbose, strict=strict)
    msg = build_err_msg([actual, desired], err_msg, verbose=verbose)
    try:
        usecomplex = np.iscomplexobj(actual) or np.iscomplexobj(desired)
    except (ValueError, TypeError):
        usecomplex = False
    if usecomplex:
        ar, ai = _split_complex(actual)
        dr, di = _split_complex(desired)
        try:
            assert_equal(ar, dr)
            assert_equal(ai, di)
        except AssertionError:
            raise AssertionError(msg)
    if np.isscalar(desired) != np.isscalar(actual):
        raise AssertionError(msg)
    try:
        if np.isnan(desired) and np.isnan(actual):
            return
        if desired == 0 and actual == 0:
            if not np.signbit(desired) == np.signbit(actual):
                raise AssertionError(msg)
    except (TypeError, ValueError, NotImplementedError):
        pass
    if not (desired == actual):
        raise AssertionError(msg)


def assert_almost_equal(actual, desired, decimal=7, err_msg='', verbose=True):
    def _msg():
        return build_err_msg([actual, desired], err_msg, verbose=verbose,
                             header='Arrays are not almost equal to %d decimals' % decimal)
    try:
        usecomplex = np.iscomplexobj(actual) or np.iscomplexobj(desired)
    except ValueError:
        usecomplex = False
    if usecomplex:
        ar, ai = _split_complex(actual)
        dr, di = _split_complex(desired)
        try:
            assert_almost_equal(ar, dr, decimal=decimal)
            assert_almost_equal(ai, di, decimal=decimal)
        except AssertionError:
            raise AssertionError(_msg())
    if isinstance(actual, (np.ndarray, tuple, list)) or isinstance(desired, (np.ndarray, tuple, list)):
        return assert_array_almost_equal(actual, desired, decimal, err_msg)
    try:
        if not (np.isfinite(desired) and np.isfinite(actual)):
            if np.isnan(desired) or np.isnan(actual):
                if not (np.isnan(desired) and np.isnan(actual)):
                    raise AssertionError(_msg())
            elif not desired == actual:
                raise AssertionError(_msg())
            return
    except (NotImplementedError, TypeError):
        pass
    if abs(desired - actual) >= np.float64(1.5 * 10.0 ** (-decimal)):
        raise AssertionError(_msg())


def assert_approx_equal(actual, desired, significant=7, err_msg='', verbose=True):
    actual, desired = float(actual), float(desired)
    if desired == actual:
        return
    with np.errstate(invalid='ignore', divide='ignore'):
        scale = 0.5 * (np.abs(desired) + np.abs(actual))
        scale = np.power(10, np.floor(np.log10(scale)))
    sc_desired = desired / scale if scale != 0 else 0.0
    sc_actual = actual / scale if scale != 0 else 0.0
    msg = build_err_msg([actual, desired], err_msg,
                        header='Items are not equal to %d significant digits:' % significant, verbose=verbose)
    if not (np.isfinite(desired) and np.isfinite(actual)):
        if np.isnan(desired) or np.isnan(actual):
            if not (np.isnan(desired) and np.isnan(actual)):
                raise AssertionError(msg)
        elif not desired == actual:
            raise AssertionError(msg)
        return
    if np.abs(sc_desired - sc_actual) >= np.power(10., -(significant - 1)):
        raise AssertionError(msg)


def assert_string_equal(actual, desired):
    if not isinstance(actual, str):
        raise AssertionError(repr(type(actual)))
    if not isinstance(desired, str):
        raise AssertionError(repr(type(desired)))
    if desired == actual:
        return
    # the line diff of the two, pairs of changed lines with their '?' guide lines; a line only one side
    # has is reported alone, by its repr
    import difflib
    diff = list(difflib.Differ().compare(actual.splitlines(True), desired.splitlines(True)))
    shown = []
    while diff:
        first = diff.pop(0)
        if first.startswith('  '):
            continue
        if not first.startswith('- '):
            raise AssertionError(repr(first))
        group = [first]
        second = diff.pop(0)
        if second.startswith('? '):
            group.append(second)
            second = diff.pop(0)
        if not second.startswith('+ '):
            raise AssertionError(repr(second))
        group.append(second)
        if diff and diff[0].startswith('? '):
            group.append(diff.pop(0))
        if second[2:] != first[2:]:
            shown.extend(group)
    if shown:
        raise AssertionError('Differences in strings:\n' + ''.join(shown).rstrip())


class _RaisesContext:
    def __init__(self, expected, regex=None):
        self.expected = expected
        self.regex = regex
        self.exception = None

    def __enter__(self):
        return self

    def __exit__(self, tp, value, tb):
        name = getattr(self.expected, '__name__', str(self.expected))
        if tp is None:
            raise AssertionError('%s not raised' % name)
        if not issubclass(tp, self.expected):
            return False
        self.exception = value
        if self.regex is not None:
            import re
            if not re.search(self.regex, str(value)):
                raise AssertionError('"%s" does not match "%s"' % (self.regex, str(value)))
        return True


def assert_raises(exception_class, *args, **kwargs):
    ctx = _RaisesContext(exception_class)
    if not args:
        return ctx
    with ctx:
        args[0](*args[1:], **kwargs)


def assert_raises_regex(exception_class, expected_regexp, *args, **kwargs):
    ctx = _RaisesContext(exception_class, expected_regexp)
    if not args:
        return ctx
    with ctx:
        args[0](*args[1:], **kwargs)
`;
