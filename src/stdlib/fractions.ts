/**
 * `fractions`, written in Python (see src/stdlib/index.ts): `Fraction`, exact rationals over Python's
 * arbitrary-precision ints, with CPython 3.11's behaviour: construction from ints, Fractions, floats
 * (exactly, through as_integer_ratio) and strings ('3/4', '-1.25e-3', ' 7 '), normalised to lowest terms
 * with a positive denominator; arithmetic with ints and Fractions stays exact, with floats/complex it
 * falls back to float/complex; comparisons with floats are exact; hash(Fraction) equals hash() of an
 * equal int or float; limit_denominator, round/floor/ceil/trunc, str '3/4' and repr 'Fraction(3, 4)'.
 * "Rational" here means int (bool), Fraction, or an object with __index__ (NumPy integers); there is
 * no Decimal arithmetic (from_decimal and Fraction(Decimal) convert exactly) and no numbers ABCs.
 */
export const source = String.raw`
import math as _math
import sys as _sys

__all__ = ['Fraction']

_HASH_MODULUS = 2305843009213693951
_HASH_INF = 314159


def _is_rational(x):
    return isinstance(x, (int, Fraction)) or (not isinstance(x, (float, complex)) and hasattr(type(x), '__index__'))


def _num_den(x):
    if isinstance(x, Fraction):
        return x._numerator, x._denominator
    if isinstance(x, int):
        return int(x), 1
    return type(x).__index__(x), 1


def _parse_digits(s, allow_empty):
    # digits with single underscores between them; returns the int or None
    if not s:
        return 0 if allow_empty else None
    if s[0] == '_' or s[-1] == '_' or '__' in s:
        return None
    for ch in s:
        if ch != '_' and not ('0' <= ch <= '9'):
            return None
    return int(s.replace('_', ''))


def _parse(text):
    s = text.strip()
    neg = False
    if s[:1] in ('+', '-'):
        neg = s[0] == '-'
        s = s[1:]
    if not s or not (('0' <= s[0] <= '9') or (s[0] == '.' and len(s) > 1 and '0' <= s[1] <= '9')):
        return None
    if '/' in s:
        a, b = s.split('/', 1)
        n = _parse_digits(a, False)
        d = _parse_digits(b, False)
        if n is None or d is None:
            return None
    else:
        mant = s
        exp = 0
        epos = max(s.find('e'), s.find('E'))
        if epos >= 0:
            mant = s[:epos]
            es = s[epos + 1:]
            eneg = False
            if es[:1] in ('+', '-'):
                eneg = es[0] == '-'
                es = es[1:]
            e = _parse_digits(es, False)
            if e is None:
                return None
            exp = -e if eneg else e
        if '.' in mant:
            ip, fp = mant.split('.', 1)
        else:
            ip, fp = mant, ''
        n = _parse_digits(ip, True)
        f = _parse_digits(fp, True)
        if n is None or f is None:
            return None
        fp = fp.replace('_', '')
        d = 1
        if fp:
            scale = 10 ** len(fp)
            n = n * scale + f
            d = scale
        if exp >= 0:
            n *= 10 ** exp
        else:
            d *= 10 ** -exp
    return (-n if neg else n), d


def _is_decimal(x):
    # a Decimal exists only once the decimal module is loaded: no need to import it here
    d = _sys.modules.get('decimal')
    return d is not None and isinstance(x, d.Decimal)


class Fraction:
    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            elif _is_rational(numerator):
                self._numerator, self._denominator = _num_den(numerator)
                return self
            elif isinstance(numerator, float) or _is_decimal(numerator):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            elif isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                numerator, denominator = parsed
            else:
                raise TypeError('argument should be a string or a Rational instance')
        elif type(numerator) is int is type(denominator):
            pass
        elif _is_rational(numerator) and _is_rational(denominator):
            na, da = _num_den(numerator)
            nb, db = _num_den(denominator)
            numerator, denominator = na * db, nb * da
        else:
            raise TypeError('both arguments should be Rational instances')
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = _math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)'
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        if isinstance(dec, int):
            return cls(dec)
        if _is_decimal(dec):
            return cls(*dec.as_integer_ratio())
        raise TypeError('%s.from_decimal() only takes Decimals, not %r (%s)'
                        % (cls.__name__, dec, type(dec).__name__))

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        lower = Fraction(p0 + k * p1, q0 + k * q1)
        upper = Fraction(p1, q1)
        if abs(upper - self) <= abs(lower - self):
            return upper
        return lower

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    @property
    def real(a):
        return a

    @property
    def imag(a):
        return 0

    def conjugate(a):
        return a

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # ---- arithmetic: exact on rationals, float/complex otherwise ----

    def _add(a, b):
        na, da = a._numerator, a._denominator
        nb, db = _num_den(b)
        g = _math.gcd(da, db)
        if g == 1:
            return Fraction(na * db + da * nb, da * db, _normalize=False)
        s = da // g
        t = na * (db // g) + nb * s
        g2 = _math.gcd(t, g)
        if g2 == 1:
            return Fraction(t, s * db, _normalize=False)
        return Fraction(t // g2, s * (db // g2), _normalize=False)

    def _sub(a, b):
        na, da = a._numerator, a._denominator
        nb, db = _num_den(b)
        g = _math.gcd(da, db)
        if g == 1:
            return Fraction(na * db - da * nb, da * db, _normalize=False)
        s = da // g
        t = na * (db // g) - nb * s
        g2 = _math.gcd(t, g)
        if g2 == 1:
            return Fraction(t, s * db, _normalize=False)
        return Fraction(t // g2, s * (db // g2), _normalize=False)

    def _mul(a, b):
        na, da = a._numerator, a._denominator
        nb, db = _num_den(b)
        g1 = _math.gcd(na, db)
        if g1 > 1:
            na //= g1
            db //= g1
        g2 = _math.gcd(nb, da)
        if g2 > 1:
            nb //= g2
            da //= g2
        return Fraction(na * nb, db * da, _normalize=False)

    def _div(a, b):
        na, da = a._numerator, a._denominator
        nb, db = _num_den(b)
        g1 = _math.gcd(na, nb)
        if g1 > 1:
            na //= g1
            nb //= g1
        g2 = _math.gcd(db, da)
        if g2 > 1:
            da //= g2
            db //= g2
        n, d = na * db, nb * da
        if d < 0:
            n, d = -n, -d
        return Fraction(n, d, _normalize=False)

    def _floordiv(a, b):
        nb, db = _num_den(b)
        return (a._numerator * db) // (a._denominator * nb)

    def _divmod(a, b):
        nb, db = _num_den(b)
        da = a._denominator
        div, n_mod = divmod(a._numerator * db, da * nb)
        return div, Fraction(n_mod, da * db)

    def _mod(a, b):
        nb, db = _num_den(b)
        da = a._denominator
        return Fraction((a._numerator * db) % (nb * da), da * db)

    def __add__(a, b):
        if _is_rational(b):
            return a._add(b)
        if isinstance(b, float):
            return float(a) + b
        if isinstance(b, complex):
            return complex(a) + b
        return NotImplemented

    def __radd__(b, a):
        if _is_rational(a):
            return b._add(a)
        if isinstance(a, float):
            return a + float(b)
        if isinstance(a, complex):
            return a + complex(b)
        return NotImplemented

    def __sub__(a, b):
        if _is_rational(b):
            return a._sub(b)
        if isinstance(b, float):
            return float(a) - b
        if isinstance(b, complex):
            return complex(a) - b
        return NotImplemented

    def __rsub__(b, a):
        if _is_rational(a):
            return Fraction(a)._sub(b)
        if isinstance(a, float):
            return a - float(b)
        if isinstance(a, complex):
            return a - complex(b)
        return NotImplemented

    def __mul__(a, b):
        if _is_rational(b):
            return a._mul(b)
        if isinstance(b, float):
            return float(a) * b
        if isinstance(b, complex):
            return complex(a) * b
        return NotImplemented

    def __rmul__(b, a):
        if _is_rational(a):
            return b._mul(a)
        if isinstance(a, float):
            return a * float(b)
        if isinstance(a, complex):
            return a * complex(b)
        return NotImplemented

    def __truediv__(a, b):
        if _is_rational(b):
            return a._div(b)
        if isinstance(b, float):
            return float(a) / b
        if isinstance(b, complex):
            return complex(a) / b
        return NotImplemented

    def __rtruediv__(b, a):
        if _is_rational(a):
            return Fraction(a)._div(b)
        if isinstance(a, float):
            return a / float(b)
        if isinstance(a, complex):
            return a / complex(b)
        return NotImplemented

    def __floordiv__(a, b):
        if _is_rational(b):
            return a._floordiv(b)
        if isinstance(b, float):
            return float(a) // b
        return NotImplemented

    def __rfloordiv__(b, a):
        if _is_rational(a):
            return Fraction(a)._floordiv(b)
        if isinstance(a, float):
            return a // float(b)
        return NotImplemented

    def __divmod__(a, b):
        if _is_rational(b):
            return a._divmod(b)
        if isinstance(b, float):
            return divmod(float(a), b)
        return NotImplemented

    def __rdivmod__(b, a):
        if _is_rational(a):
            return Fraction(a)._divmod(b)
        if isinstance(a, float):
            return divmod(a, float(b))
        return NotImplemented

    def __mod__(a, b):
        if _is_rational(b):
            return a._mod(b)
        if isinstance(b, float):
            return float(a) % b
        return NotImplemented

    def __rmod__(b, a):
        if _is_rational(a):
            return Fraction(a)._mod(b)
        if isinstance(a, float):
            return a % float(b)
        return NotImplemented

    def __pow__(a, b):
        if _is_rational(b):
            nb, db = _num_den(b)
            if db == 1:
                power = nb
                if power >= 0:
                    return Fraction(a._numerator ** power, a._denominator ** power, _normalize=False)
                if a._numerator >= 0:
                    return Fraction(a._denominator ** -power, a._numerator ** -power, _normalize=False)
                return Fraction((-a._denominator) ** -power, (-a._numerator) ** -power, _normalize=False)
            return float(a) ** float(b)
        return float(a) ** b

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if _is_rational(a):
            return Fraction(a) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        return a.__int__()

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __float__(a):
        return a._numerator / a._denominator

    def __complex__(a):
        return complex(a._numerator / a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            fl, rem = divmod(self._numerator, self._denominator)
            if rem * 2 < self._denominator:
                return fl
            if rem * 2 > self._denominator:
                return fl + 1
            return fl if fl % 2 == 0 else fl + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        try:
            dinv = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            h = _HASH_INF
        else:
            h = hash(hash(abs(self._numerator)) * dinv)
        result = h if self._numerator >= 0 else -h
        return -2 if result == -1 else result

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if _is_rational(b):
            nb, db = _num_den(b)
            return a._numerator == nb and a._denominator == db
        if isinstance(b, complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if _math.isnan(b) or _math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _cmp(self, other):
        # (x, y) whose comparison gives self <op> other, or None
        if _is_rational(other):
            nb, db = _num_den(other)
            return self._numerator * db, self._denominator * nb
        if isinstance(other, float):
            if _math.isnan(other) or _math.isinf(other):
                return 0.0, other
            o = Fraction.from_float(other)
            return self._numerator * o._denominator, self._denominator * o._numerator
        return None

    def __lt__(a, b):
        p = a._cmp(b)
        return NotImplemented if p is None else p[0] < p[1]

    def __gt__(a, b):
        p = a._cmp(b)
        return NotImplemented if p is None else p[0] > p[1]

    def __le__(a, b):
        p = a._cmp(b)
        return NotImplemented if p is None else p[0] <= p[1]

    def __ge__(a, b):
        p = a._cmp(b)
        return NotImplemented if p is None else p[0] >= p[1]

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)
`;
