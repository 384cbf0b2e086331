/**
 * The second half of `decimal`'s Python source (appended to src/stdlib/decimal.ts): Decimal's
 * arithmetic (+ - * / // % divmod, integer powers, sqrt) rounded to the context, comparisons and
 * hashing consistent with int/float, int/float/round/floor/ceil conversions, the scientific-notation
 * str(), and format() with CPython's format-specifier grammar (fill/align, sign, z, #, 0, width, the
 * thousands separator, precision and the e/f/g/n/% types).
 */
export const arithSource = String.raw`

    # ---- arithmetic ----
    def _nan_result(self, other, context):
        if self.is_snan() or (other is not None and other.is_snan()):
            context._raise_error(InvalidOperation)
        if self.is_nan():
            return _dec(self._sign, self._int, 'n', True)
        if other is not None and other.is_nan():
            return _dec(other._sign, other._int, 'n', True)
        return None

    def _invalid(self, context, condition=InvalidOperation):
        context._raise_error(condition)
        return _dec(0, '', 'n', True)

    def __add__(self, other, context=None):
        other = _convert(other, op='+')
        context = context or getcontext()
        if self._is_special or other._is_special:
            nan = self._nan_result(other, context)
            if nan is not None:
                return nan
            if self._isinfinity():
                if self._sign != other._sign and other._isinfinity():
                    return self._invalid(context)
                return Decimal(self)
            return Decimal(other)
        exp = min(self._exp, other._exp)
        negativezero = 1 if context.rounding == ROUND_FLOOR and self._sign != other._sign else 0
        if not self and not other:
            sign = 1 if negativezero else min(self._sign, other._sign)
            return _dec(sign, '0', exp)._fix(context)
        if not self:
            exp = max(exp, other._exp - context.prec - 1)
            return other._rescale(exp, context.rounding)._fix(context)
        if not other:
            exp = max(exp, self._exp - context.prec - 1)
            return self._rescale(exp, context.rounding)._fix(context)
        op1 = [self._sign, int(self._int), self._exp]
        op2 = [other._sign, int(other._int), other._exp]
        tmp, oth = (op2, op1) if op1[2] < op2[2] else (op1, op2)
        lim = tmp[2] + min(-1, len(str(tmp[1])) - context.prec - 2)
        if len(str(oth[1])) + oth[2] - 1 < lim:
            oth[1], oth[2] = 1, lim
        tmp[1] *= 10 ** (tmp[2] - oth[2])
        tmp[2] = oth[2]
        if op1[0] != op2[0]:
            if op1[1] == op2[1]:
                return _dec(negativezero, '0', exp)._fix(context)
            if op1[1] < op2[1]:
                op1, op2 = op2, op1
            sign = op1[0]
            coeff = op1[1] - op2[1]
        else:
            sign = op1[0]
            coeff = op1[1] + op2[1]
        return _dec(sign, str(coeff), op1[2])._fix(context)

    def __radd__(self, other, context=None):
        return _convert(other, op='+', reflected=True).__add__(self, context)

    def __sub__(self, other, context=None):
        other = _convert(other, op='-')
        if self._is_special or other._is_special:
            nan = self._nan_result(other, context or getcontext())
            if nan is not None:
                return nan
        return self.__add__(other.copy_negate(), context=context)

    def __rsub__(self, other, context=None):
        return _convert(other, op='-', reflected=True).__sub__(self, context)

    def __mul__(self, other, context=None):
        other = _convert(other, op='*')
        context = context or getcontext()
        sign = self._sign ^ other._sign
        if self._is_special or other._is_special:
            nan = self._nan_result(other, context)
            if nan is not None:
                return nan
            if (self._isinfinity() and not other) or (other._isinfinity() and not self):
                return self._invalid(context)
            return _dec(sign, '0', 'F', True)
        exp = self._exp + other._exp
        if not self or not other:
            return _dec(sign, '0', exp)._fix(context)
        return _dec(sign, str(int(self._int) * int(other._int)), exp)._fix(context)

    def __rmul__(self, other, context=None):
        return _convert(other, op='*', reflected=True).__mul__(self, context)

    def __truediv__(self, other, context=None):
        other = _convert(other, op='/')
        context = context or getcontext()
        sign = self._sign ^ other._sign
        if self._is_special or other._is_special:
            nan = self._nan_result(other, context)
            if nan is not None:
                return nan
            if self._isinfinity() and other._isinfinity():
                return self._invalid(context)
            if self._isinfinity():
                return _dec(sign, '0', 'F', True)
            return _dec(sign, '0', context.Etiny())
        if not other:
            if not self:
                return self._invalid(context, DivisionUndefined)
            context._raise_error(DivisionByZero)
            return _dec(sign, '0', 'F', True)
        if not self:
            exp = self._exp - other._exp
            coeff = 0
        else:
            shift = len(other._int) - len(self._int) + context.prec + 1
            exp = self._exp - other._exp - shift
            if shift >= 0:
                coeff, remainder = divmod(int(self._int) * 10 ** shift, int(other._int))
            else:
                coeff, remainder = divmod(int(self._int), int(other._int) * 10 ** -shift)
            if remainder:
                if coeff % 5 == 0:
                    coeff += 1
            else:
                ideal_exp = self._exp - other._exp
                while exp < ideal_exp and coeff % 10 == 0:
                    coeff //= 10
                    exp += 1
        return _dec(sign, str(coeff), exp)._fix(context)

    def __rtruediv__(self, other, context=None):
        return _convert(other, op='/', reflected=True).__truediv__(self, context)

    def _divide(self, other, context):
        sign = self._sign ^ other._sign
        ideal_exp = self._exp if other._isinfinity() else min(self._exp, other._exp)
        expdiff = self.adjusted() - other.adjusted()
        if not self or other._isinfinity() or expdiff <= -2:
            return _dec(sign, '0', 0), self._rescale(ideal_exp, context.rounding)
        if expdiff <= context.prec:
            a, b = int(self._int), int(other._int)
            if self._exp >= other._exp:
                a *= 10 ** (self._exp - other._exp)
            else:
                b *= 10 ** (other._exp - self._exp)
            q, r = divmod(a, b)
            if q < 10 ** context.prec:
                return _dec(sign, str(q), 0), _dec(self._sign, str(r), ideal_exp)
        ans = self._invalid(context, DivisionImpossible)
        return ans, ans

    def _div_checks(self, other, context, what):
        if self._is_special or other._is_special:
            nan = self._nan_result(other, context)
            if nan is not None:
                return nan
            if self._isinfinity() and other._isinfinity():
                return self._invalid(context)
            if self._isinfinity() and what == 'mod':
                return self._invalid(context)
        if not other:
            if not self or what == 'mod':
                return self._invalid(context, DivisionUndefined if not self else InvalidOperation)
            context._raise_error(DivisionByZero)
            return _dec(self._sign ^ other._sign, '0', 'F', True)
        return None

    def __floordiv__(self, other, context=None):
        other = _convert(other, op='//')
        context = context or getcontext()
        special = self._div_checks(other, context, 'floordiv')
        if special is not None:
            return special
        if self._isinfinity():
            return _dec(self._sign ^ other._sign, '0', 'F', True)
        return self._divide(other, context)[0]

    def __rfloordiv__(self, other, context=None):
        return _convert(other, op='//', reflected=True).__floordiv__(self, context)

    def __mod__(self, other, context=None):
        other = _convert(other, op='%')
        context = context or getcontext()
        special = self._div_checks(other, context, 'mod')
        if special is not None:
            return special
        return self._divide(other, context)[1]._fix(context)

    def __rmod__(self, other, context=None):
        return _convert(other, op='%', reflected=True).__mod__(self, context)

    def __divmod__(self, other, context=None):
        other = _convert(other, op='divmod()')
        context = context or getcontext()
        q, r = self._divide(other, context)
        return q, r._fix(context)

    def __rdivmod__(self, other, context=None):
        return _convert(other, op='divmod()', reflected=True).__divmod__(self, context)

    def __pow__(self, other, modulo=None, context=None):
        other = _convert(other, op='** or pow()')
        context = context or getcontext()
        if self._is_special or other._is_special:
            nan = self._nan_result(other, context)
            if nan is not None:
                return nan
        if other._is_special or other._exp < 0 and not _all_zeros(other._int, len(other._int) + other._exp):
            raise NotImplementedError('ndpy: only integer powers of Decimal are supported')
        n = int(other)
        if not self:
            if n == 0:
                return self._invalid(context)
            if n < 0:
                context._raise_error(DivisionByZero)
                return _dec(self._sign if n % 2 else 0, '0', 'F', True)
            return _dec(self._sign if n % 2 else 0, '0', 0)
        if n == 0:
            return _dec(0, '1', 0)
        exact = _dec(self._sign if n % 2 else 0, str(int(self._int) ** abs(n)), self._exp * abs(n))
        if n > 0:
            return exact._fix(context)
        return _dec(0, '1', 0).__truediv__(exact, context)

    def __rpow__(self, other, context=None):
        return _convert(other, op='** or pow()', reflected=True).__pow__(self, context=context)

    def sqrt(self, context=None):
        context = context or getcontext()
        if self._is_special:
            nan = self._nan_result(None, context)
            if nan is not None:
                return nan
            if self._isinfinity() and self._sign == 0:
                return Decimal(self)
        if not self:
            return _dec(self._sign, '0', self._exp // 2)._fix(context)
        if self._sign == 1:
            return self._invalid(context)
        prec = context.prec + 1
        e = self._exp >> 1
        if self._exp & 1:
            c = int(self._int) * 10
            l = (len(self._int) >> 1) + 1
        else:
            c = int(self._int)
            l = len(self._int) + 1 >> 1
        shift = prec - l
        if shift >= 0:
            c *= 100 ** shift
            exact = True
        else:
            c, remainder = divmod(c, 100 ** -shift)
            exact = not remainder
        e -= shift
        n = _math.isqrt(c)
        exact = exact and n * n == c
        if exact:
            if shift >= 0:
                n //= 10 ** shift
            else:
                n *= 10 ** -shift
            e += shift
        elif n % 5 == 0:
            n += 1
        ctx = context.copy()
        ctx.rounding = ROUND_HALF_EVEN
        return _dec(0, str(n), e)._fix(ctx)

    def __neg__(self, context=None):
        context = context or getcontext()
        if self._is_special:
            return self._nan_result(None, context) or self.copy_negate()
        ans = self.copy_abs() if not self and context.rounding != ROUND_FLOOR else self.copy_negate()
        return ans._fix(context)

    def __pos__(self, context=None):
        context = context or getcontext()
        if self._is_special:
            return self._nan_result(None, context) or Decimal(self)
        ans = self.copy_abs() if not self and context.rounding != ROUND_FLOOR else Decimal(self)
        return ans._fix(context)

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        return self.__neg__(context) if self._sign else self.__pos__(context)

    # ---- comparison and hashing ----
    def _cmp(self, other):
        if self._is_special or other._is_special:
            a, b = self._isinfinity(), other._isinfinity()
            return (a > b) - (a < b)
        if not self:
            return 0 if not other else -((-1) ** other._sign)
        if not other:
            return (-1) ** self._sign
        if other._sign < self._sign:
            return -1
        if self._sign < other._sign:
            return 1
        sa, oa = self.adjusted(), other.adjusted()
        if sa == oa:
            sp = self._int + '0' * (self._exp - other._exp)
            op = other._int + '0' * (other._exp - self._exp)
            if sp == op:
                return 0
            return -((-1) ** self._sign) if sp < op else (-1) ** self._sign
        return (-1) ** self._sign if sa > oa else -((-1) ** self._sign)

    def _cmp_any(self, other):
        # -1/0/1, None when unordered (a NaN), NotImplemented for foreign types
        if isinstance(other, float):
            if _math.isnan(other):
                return None
            other = Decimal.from_float(other)
        elif isinstance(other, int):
            other = Decimal(other)
        elif not isinstance(other, Decimal):
            num, den = getattr(other, 'numerator', None), getattr(other, 'denominator', None)
            if not isinstance(num, int) or not isinstance(den, int):
                return NotImplemented
            if self._is_special:
                return None if self.is_nan() else self._isinfinity()
            n, d = self.as_integer_ratio()
            return (n * den > num * d) - (n * den < num * d)
        if self.is_nan() or other.is_nan():
            return None
        return self._cmp(other)

    def __eq__(self, other):
        c = self._cmp_any(other)
        return c if c is NotImplemented else c == 0

    def __lt__(self, other):
        c = self._cmp_any(other)
        return c if c is NotImplemented else c is not None and c < 0

    def __le__(self, other):
        c = self._cmp_any(other)
        return c if c is NotImplemented else c is not None and c <= 0

    def __gt__(self, other):
        c = self._cmp_any(other)
        return c if c is NotImplemented else c is not None and c > 0

    def __ge__(self, other):
        c = self._cmp_any(other)
        return c if c is NotImplemented else c is not None and c >= 0

    def compare(self, other, context=None):
        other = _convert(other, raise_error=True)
        if self.is_nan() or other.is_nan():
            return _dec(0, '', 'n', True)
        return Decimal(self._cmp(other))

    def max(self, other, context=None):
        other = _convert(other, raise_error=True)
        return (other if self._cmp(other) < 0 else self)._fix(context or getcontext())

    def min(self, other, context=None):
        other = _convert(other, raise_error=True)
        return (other if self._cmp(other) > 0 else self)._fix(context or getcontext())

    def __hash__(self):
        if self._is_special:
            if self.is_snan():
                raise TypeError('Cannot hash a signaling NaN value.')
            if self.is_nan():
                return object.__hash__(self)
            return -314159 if self._sign else 314159
        modulus = 2 ** 61 - 1
        if self._exp >= 0:
            exp_hash = pow(10, self._exp, modulus)
        else:
            exp_hash = pow(pow(10, modulus - 2, modulus), -self._exp, modulus)
        h = int(self._int) * exp_hash % modulus
        ans = -h if self._sign else h
        return -2 if ans == -1 else ans

    # ---- conversions ----
    def __int__(self):
        if self._is_special:
            if self.is_nan():
                raise ValueError('cannot convert NaN to integer')
            raise OverflowError('cannot convert Infinity to integer')
        s = -1 if self._sign else 1
        if self._exp >= 0:
            return s * int(self._int) * 10 ** self._exp
        return s * int(self._int[:self._exp] or '0')

    __trunc__ = __int__

    def __float__(self):
        if self.is_nan():
            if self.is_snan():
                raise ValueError('cannot convert signaling NaN to float')
            return float('-nan' if self._sign else 'nan')
        return float(str(self))

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError('Second argument to round should be integral')
            return self.quantize(_dec(0, '1', -n))
        if self._is_special:
            return int(self)
        return int(self._rescale(0, ROUND_HALF_EVEN))

    def __floor__(self):
        return int(self) if self._is_special else int(self._rescale(0, ROUND_FLOOR))

    def __ceil__(self):
        return int(self) if self._is_special else int(self._rescale(0, ROUND_CEILING))

    def __complex__(self):
        return complex(float(self))

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    # ---- text ----
    def __str__(self, eng=False, context=None):
        sign = '-' if self._sign else ''
        if self._is_special:
            if self._exp == 'F':
                return sign + 'Infinity'
            return sign + ('sNaN' if self._exp == 'N' else 'NaN') + self._int
        leftdigits = self._exp + len(self._int)
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == '0':
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart, fracpart = '0', '.' + '0' * (-dotplace) + self._int
        elif dotplace >= len(self._int):
            intpart, fracpart = self._int + '0' * (dotplace - len(self._int)), ''
        else:
            intpart, fracpart = self._int[:dotplace], '.' + self._int[dotplace:]
        if leftdigits == dotplace:
            exp = ''
        else:
            exp = ['e', 'E'][(context or getcontext()).capitals] + '%+d' % (leftdigits - dotplace)
        return sign + intpart + fracpart + exp

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def _round(self, places, rounding):
        if self._is_special or not self:
            return Decimal(self)
        ans = self._rescale(self.adjusted() + 1 - places, rounding)
        if ans.adjusted() != self.adjusted():
            ans = ans._rescale(ans.adjusted() + 1 - places, rounding)
        return ans

    def __format__(self, specifier, context=None):
        context = context or getcontext()
        spec = _parse_format_specifier(specifier)
        if self._is_special:
            body = str(self.copy_abs()) + ('%' if spec['type'] == '%' else '')
            return _format_align(_format_sign(self._sign, spec), body, spec)
        if spec['type'] is None:
            spec['type'] = ['g', 'G'][context.capitals]
        if spec['type'] == '%':
            self = _dec(self._sign, self._int, self._exp + 2)
        rounding = context.rounding
        precision = spec['precision']
        if precision is not None:
            if spec['type'] in 'eE':
                self = self._round(precision + 1, rounding)
            elif spec['type'] in 'fF%':
                self = self._rescale(-precision, rounding)
            elif spec['type'] in 'gG' and len(self._int) > precision:
                self = self._round(precision, rounding)
        if not self and self._exp > 0 and spec['type'] in 'fF%':
            self = self._rescale(0, rounding)
        sign = 0 if not self and spec['no_neg_0'] and self._sign else self._sign
        leftdigits = self._exp + len(self._int)
        if spec['type'] in 'eE':
            dotplace = 1 - precision if not self and precision is not None else 1
        elif spec['type'] in 'fF%':
            dotplace = leftdigits
        else:
            dotplace = leftdigits if self._exp <= 0 and leftdigits > -6 else 1
        if dotplace < 0:
            intpart, fracpart = '0', '0' * (-dotplace) + self._int
        elif dotplace > len(self._int):
            intpart, fracpart = self._int + '0' * (dotplace - len(self._int)), ''
        else:
            intpart, fracpart = self._int[:dotplace] or '0', self._int[dotplace:]
        return _format_number(sign, intpart, fracpart, leftdigits - dotplace, spec)


_format_re = _re.compile(r"""\A
(?:(?P<fill>.)?(?P<align>[<>=^]))?
(?P<sign>[-+ ])?
(?P<no_neg_0>z)?
(?P<alt>\#)?
(?P<zeropad>0)?
(?P<minimumwidth>(?!0)\d+)?
(?P<thousands_sep>[,_])?
(?:\.(?P<precision>0|(?!0)\d+))?
(?P<type>[eEfFgGn%])?
\Z
""", _re.VERBOSE | _re.DOTALL)


def _parse_format_specifier(format_spec):
    m = _format_re.match(format_spec)
    if m is None:
        raise ValueError('Invalid format specifier')
    spec = m.groupdict()
    fill, align = spec['fill'], spec['align']
    spec['zeropad'] = spec['zeropad'] is not None
    if spec['zeropad'] and (fill is not None or align is not None):
        raise ValueError("Fill character conflicts with '0' in format specifier: " + format_spec)
    spec['fill'] = fill or ('0' if spec['zeropad'] else ' ')
    spec['align'] = align or ('=' if spec['zeropad'] else '>')
    spec['sign'] = spec['sign'] or '-'
    spec['minimumwidth'] = int(spec['minimumwidth'] or '0')
    if spec['precision'] is not None:
        spec['precision'] = int(spec['precision'])
    if spec['precision'] == 0 and spec['type'] in 'gGn':
        spec['precision'] = 1
    if spec['type'] == 'n':
        spec['type'] = 'g'
    spec['thousands_sep'] = spec['thousands_sep'] or ''
    return spec


def _format_align(sign, body, spec):
    padding = spec['fill'] * (spec['minimumwidth'] - len(sign) - len(body))
    align = spec['align']
    if align == '<':
        return sign + body + padding
    if align == '>':
        return padding + sign + body
    if align == '=':
        return sign + padding + body
    half = len(padding) // 2
    return padding[:half] + sign + body + padding[half:]


def _format_sign(is_negative, spec):
    if is_negative:
        return '-'
    return spec['sign'] if spec['sign'] in ' +' else ''


def _insert_thousands_sep(digits, sep, min_width):
    if not sep:
        width = max(len(digits), min_width, 1)
        return '0' * (width - len(digits)) + digits
    groups = []
    while True:
        l = min(max(len(digits), min_width, 1), 3)
        groups.append('0' * (l - len(digits)) + digits[-l:])
        digits = digits[:-l]
        min_width -= l
        if not digits and min_width <= 0:
            break
        min_width -= len(sep)
    return sep.join(reversed(groups))


def _format_number(is_negative, intpart, fracpart, exp, spec):
    sign = _format_sign(is_negative, spec)
    if fracpart or spec['alt']:
        fracpart = '.' + fracpart
    if exp != 0 or spec['type'] in 'eE':
        echar = {'E': 'E', 'e': 'e', 'G': 'E', 'g': 'e'}[spec['type']]
        fracpart += '{0}{1:+}'.format(echar, exp)
    if spec['type'] == '%':
        fracpart += '%'
    min_width = spec['minimumwidth'] - len(fracpart) - len(sign) if spec['zeropad'] else 0
    intpart = _insert_thousands_sep(intpart, spec['thousands_sep'], min_width)
    return _format_align(sign, intpart + fracpart, spec)

`;
