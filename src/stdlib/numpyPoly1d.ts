/**
 * `numpy.poly1d`, the one-variable polynomial class, written in Python over numpy's polynomial routines
 * (polyval, polyadd, polymul, polydiv, polyder, polyint, roots, poly). It is the private module
 * `_ndpy_poly1d`, which numpy's module-level __getattr__ loads the first time a script reads
 * `np.poly1d` (src/modules/numpy/module.ts).
 *
 * `str()` prints NumPy's two-line layout: the powers on a line above their `x`, coefficients with
 * '%.4g', lines wrapped at 70 columns.
 */
export const source = String.raw`
import numpy as _np

def _g4(q):
    s = '%.4g' % q
    return s[:-5] if s.endswith('.0000') else s

def _coef_text(c):
    if not _np.iscomplex(c):
        return _g4(_np.real(c))
    if _np.real(c) == 0:
        return '%sj' % _g4(_np.imag(c))
    return '(%s + %sj)' % (_g4(_np.real(c)), _g4(_np.imag(c)))

def _two_lines(text, wrap=70):
    # move every "**<digits>" up to a line of its own, above the end of the term it follows
    top, bottom, out, pos = '', '', ' ', 0
    while True:
        i = text.find('**', pos)
        if i < 0:
            break
        j = i + 2
        while j < len(text) and text[j].isdigit():
            j += 1
        power, part = text[i + 2:j], text[pos:i]
        pos = j
        low = part + ' ' * (len(power) - 1)
        high = ' ' * (len(part) - 1) + power
        if len(bottom) + len(low) > wrap or len(top) + len(high) > wrap:
            out += top + '\n' + bottom + '\n '
            top, bottom = high, low
        else:
            bottom += low
            top += high
    return out + top + '\n' + bottom + text[pos:]


class poly1d:
    __hash__ = None

    def __init__(self, c_or_r, r=False, variable=None):
        if isinstance(c_or_r, poly1d):
            self._variable = c_or_r._variable
            self._coeffs = c_or_r._coeffs
            if variable is not None:
                self._variable = variable
            return
        if r:
            c_or_r = _np.poly(c_or_r)
        c = _np.atleast_1d(c_or_r)
        if c.ndim > 1:
            raise ValueError("Polynomial must be 1d only.")
        c = _np.trim_zeros(c, trim='f')
        if len(c) == 0:
            c = _np.array([0], dtype=c.dtype)
        self._coeffs = c
        self._variable = 'x' if variable is None else variable

    @property
    def coeffs(self):
        return self._coeffs

    @coeffs.setter
    def coeffs(self, value):
        if value is not self._coeffs:
            raise AttributeError("Cannot set attribute")

    c = coef = coefficients = coeffs

    @property
    def variable(self):
        return self._variable

    @property
    def order(self):
        return len(self._coeffs) - 1

    o = order

    @property
    def roots(self):
        return _np.roots(self._coeffs)

    r = roots

    def __array__(self, t=None, copy=None):
        return _np.asarray(self.coeffs, dtype=t) if t is not None else self.coeffs

    def __repr__(self):
        return "poly1d(%s)" % repr(self.coeffs)[6:-1]

    def __len__(self):
        return self.order

    def __str__(self):
        var = self.variable
        cs = self.coeffs[_np.logical_or.accumulate(self.coeffs != 0)]
        top = len(cs) - 1
        text = '0'
        for k, coeff in enumerate(cs):
            cstr = _coef_text(coeff)
            power = top - k
            if power == 0:
                term = cstr if cstr != '0' else ('0' if k == 0 else '')
            elif cstr == '0':
                term = ''
            elif power == 1:
                term = var if cstr == 'b' else '%s %s' % (cstr, var)
            else:
                term = '%s**%d' % (var, power) if cstr == 'b' else '%s %s**%d' % (cstr, var, power)
            if k == 0:
                text = term
            elif term:
                text = '%s - %s' % (text, term[1:]) if term.startswith('-') else '%s + %s' % (text, term)
        return _two_lines(text)

    def __call__(self, val):
        if isinstance(val, poly1d):
            # composition, by Horner's rule on polynomials
            res = 0
            for c in self.coeffs:
                res = res * val + c
            return poly1d(res)
        return _np.polyval(self.coeffs, val)

    def __neg__(self):
        return poly1d(-self.coeffs)

    def __pos__(self):
        return self

    def __mul__(self, other):
        if _np.isscalar(other):
            return poly1d(self.coeffs * other)
        return poly1d(_np.polymul(self.coeffs, poly1d(other).coeffs))

    def __rmul__(self, other):
        if _np.isscalar(other):
            return poly1d(other * self.coeffs)
        return poly1d(_np.polymul(poly1d(other).coeffs, self.coeffs))

    def __add__(self, other):
        return poly1d(_np.polyadd(self.coeffs, poly1d(other).coeffs))

    def __radd__(self, other):
        return poly1d(_np.polyadd(poly1d(other).coeffs, self.coeffs))

    def __sub__(self, other):
        return poly1d(_np.polysub(self.coeffs, poly1d(other).coeffs))

    def __rsub__(self, other):
        return poly1d(_np.polysub(poly1d(other).coeffs, self.coeffs))

    def __pow__(self, val):
        if not _np.isscalar(val) or int(val) != val or val < 0:
            raise ValueError("Power to non-negative integers only.")
        res = [1]
        for _ in range(val):
            res = _np.polymul(self.coeffs, res)
        return poly1d(res)

    def __truediv__(self, other):
        if _np.isscalar(other):
            return poly1d(self.coeffs / other)
        q, r = _np.polydiv(self.coeffs, poly1d(other).coeffs)
        return poly1d(q), poly1d(r)

    def __rtruediv__(self, other):
        if _np.isscalar(other):
            return poly1d(other / self.coeffs)
        q, r = _np.polydiv(poly1d(other).coeffs, self.coeffs)
        return poly1d(q), poly1d(r)

    def __eq__(self, other):
        if not isinstance(other, poly1d):
            return NotImplemented
        if self.coeffs.shape != other.coeffs.shape:
            return False
        return bool((self.coeffs == other.coeffs).all())

    def __ne__(self, other):
        if not isinstance(other, poly1d):
            return NotImplemented
        return not self.__eq__(other)

    def __getitem__(self, val):
        if val > self.order:
            return self.coeffs.dtype.type(0)
        if val < 0:
            return 0
        return self.coeffs[self.order - val]

    def __setitem__(self, key, val):
        if key < 0:
            raise ValueError("Does not support negative powers.")
        if key > self.order:
            grown = _np.zeros(key - self.order, self.coeffs.dtype)
            self._coeffs = _np.concatenate((grown, self.coeffs))
        self._coeffs[self.order - key] = val

    def __iter__(self):
        return iter(self.coeffs)

    def integ(self, m=1, k=0):
        return poly1d(_np.polyint(self.coeffs, m=m, k=k))

    def deriv(self, m=1):
        return poly1d(_np.polyder(self.coeffs, m=m))

poly1d.__module__ = 'numpy'
`;
