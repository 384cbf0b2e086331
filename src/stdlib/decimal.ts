/**
 * `decimal`, written in Python (see src/stdlib/index.ts): the commonly used core of CPython 3.11's
 * decimal module, following the General Decimal Arithmetic rules as _pydecimal does — a Decimal is a
 * sign, a string of coefficient digits and an exponent (or Infinity/NaN); + - * / // % and integer
 * powers, sqrt, quantize and the eight rounding modes, comparisons and hashing consistent with int and
 * float, exact conversion from float, str/repr in scientific notation, format() with the f/e/g/%
 * presentation types, and the thread-wide context (getcontext/setcontext/localcontext, prec and
 * rounding, with InvalidOperation, DivisionByZero and Overflow trapped as their C messages say).
 * Signal flags are not recorded. Construction, the context and rounding are here; arithmetic,
 * comparison and text in src/stdlib/decimalArith.ts; exp/ln/log10, non-integer powers and the smaller
 * methods in src/stdlib/decimalMath.ts.
 */
import { arithSource } from './decimalArith';
import { mathSource } from './decimalMath';

export const source =
  String.raw`
import math as _math
import re as _re
import _ndpy_types
from collections import namedtuple as _namedtuple

__all__ = ['Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext', 'ExtendedContext',
           'DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero', 'Inexact', 'Rounded',
           'Subnormal', 'Overflow', 'Underflow', 'FloatOperation', 'DivisionImpossible',
           'DivisionUndefined', 'ConversionSyntax', 'InvalidContext', 'ROUND_DOWN', 'ROUND_HALF_UP',
           'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN',
           'ROUND_05UP', 'setcontext', 'getcontext', 'localcontext', 'MAX_PREC', 'MAX_EMAX',
           'MIN_EMIN', 'MIN_ETINY']

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'

_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP,
              ROUND_HALF_DOWN, ROUND_05UP)

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent')


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


_SIGNALS = (InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal, Inexact,
            Rounded, Clamped)
_TRAP_OF = {ConversionSyntax: InvalidOperation, DivisionImpossible: InvalidOperation,
            DivisionUndefined: InvalidOperation, InvalidContext: InvalidOperation}


class Context(object):
    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None,
                 flags=None, traps=None):
        self.prec = prec if prec is not None else 28
        self.rounding = rounding if rounding is not None else ROUND_HALF_EVEN
        self.Emin = Emin if Emin is not None else -999999
        self.Emax = Emax if Emax is not None else 999999
        self.capitals = capitals if capitals is not None else 1
        self.clamp = clamp if clamp is not None else 0
        if traps is None:
            traps = [InvalidOperation, DivisionByZero, Overflow]
        self.traps = {t: (t in traps if not isinstance(traps, dict) else traps[t]) for t in _SIGNALS}
        flags = flags or []
        self.flags = {t: (t in flags if not isinstance(flags, dict) else flags[t]) for t in _SIGNALS}

    def __setattr__(self, name, value):
        if name == 'prec' and not isinstance(value, int):
            raise TypeError('an integer is required')
        if name == 'prec' and not 1 <= value <= MAX_PREC:
            raise ValueError('valid range for prec is [1, MAX_PREC]')
        if name == 'rounding' and value not in _ROUNDINGS:
            raise TypeError('valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]')
        object.__setattr__(self, name, value)

    def __repr__(self):
        flags = [t.__name__ for t, v in self.flags.items() if v]
        traps = [t.__name__ for t, v in self.traps.items() if v]
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, flags=[%s], traps=[%s])'
                % (self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp, ', '.join(flags),
                   ', '.join(traps)))

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                       dict(self.flags), dict(self.traps))

    __copy__ = copy

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def clear_flags(self):
        self.flags = {t: False for t in _SIGNALS}

    def _raise_error(self, condition):
        trap = _TRAP_OF.get(condition, condition)
        self.flags[trap] = True
        if self.traps.get(trap, False):
            raise trap([condition])

    def create_decimal(self, num='0'):
        return Decimal(num)._fix(self)

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._fix(self)

    def add(self, a, b):
        return _convert(a, True).__add__(b, context=self)

    def subtract(self, a, b):
        return _convert(a, True).__sub__(b, context=self)

    def multiply(self, a, b):
        return _convert(a, True).__mul__(b, context=self)

    def divide(self, a, b):
        return _convert(a, True).__truediv__(b, context=self)

    def sqrt(self, a):
        return _convert(a, True).sqrt(context=self)

    def quantize(self, a, b):
        return _convert(a, True).quantize(b, context=self)

    def power(self, a, b):
        return _convert(a, True).__pow__(b, context=self)


DefaultContext = Context()
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow])
ExtendedContext = Context(prec=9, traps=[])
_current_context = None


def getcontext():
    global _current_context
    if _current_context is None:
        _current_context = DefaultContext.copy()
    return _current_context


def setcontext(context):
    global _current_context
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
    _current_context = context


class _ContextManager(object):
    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    manager = _ContextManager(getcontext() if ctx is None else ctx)
    for key, value in kwargs.items():
        setattr(manager.new_context, key, value)
    return manager


_parser = _re.compile(r"""
    \s*(?P<sign>[-+])?
    (
        (?=\d|\.\d)(?P<int>\d*)(\.(?P<frac>\d*))?(E(?P<exp>[-+]?\d+))?
    |
        Inf(inity)?
    |
        (?P<signal>s)?NaN(?P<diag>\d*)
    )
    \s*\Z
""", _re.VERBOSE | _re.IGNORECASE).match

_all_zeros = _re.compile('0*$').match
_exact_half = _re.compile('50*$').match


def _dec(sign, coefficient, exponent, special=False):
    self = object.__new__(Decimal)
    self._sign = sign
    self._int = coefficient
    self._exp = exponent
    self._is_special = special
    return self


def _convert(other, raise_error=False, op=None, reflected=False, left=None):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if raise_error:
        raise TypeError('Unable to convert %s to Decimal' % type(other).__name__)
    if op is not None:
        a, b = ('decimal.Decimal', type(other).__name__)
        if reflected:
            a, b = b, a
        raise TypeError("unsupported operand type(s) for %s: '%s' and '%s'" % (op, a, b))
    return NotImplemented

` +
  String.raw`

class Decimal(object):
    """Construct a new Decimal object. 'value' can be an integer, string, tuple,
or another Decimal object. If no value is given, return Decimal('0'). The
context does not affect the conversion and is only passed to determine if
the InvalidOperation trap is active."""
    __slots__ = ('_exp', '_int', '_sign', '_is_special')

    def __new__(cls, value='0', context=None):
        self = object.__new__(cls)
        if isinstance(value, str):
            m = _parser(value.replace('_', ''))
            if m is None or '__' in value or value.strip().startswith('_') or value.strip().endswith('_'):
                (context or getcontext())._raise_error(ConversionSyntax)
                return _dec(0, '', 'n', True)
            self._sign = 1 if m.group('sign') == '-' else 0
            intpart = m.group('int')
            if intpart is not None:
                fracpart = m.group('frac') or ''
                exp = int(m.group('exp') or '0')
                self._int = str(int(intpart + fracpart))
                self._exp = exp - len(fracpart)
                self._is_special = False
            else:
                diag = m.group('diag')
                if diag is not None:
                    self._int = str(int(diag or '0')).lstrip('0')
                    self._exp = 'N' if m.group('signal') else 'n'
                else:
                    self._int = '0'
                    self._exp = 'F'
                self._is_special = True
            return self
        if isinstance(value, int):
            self._sign = 0 if value >= 0 else 1
            self._exp = 0
            self._int = str(abs(value))
            self._is_special = False
            return self
        if isinstance(value, Decimal):
            self._exp, self._sign, self._int, self._is_special = value._exp, value._sign, value._int, value._is_special
            return self
        if isinstance(value, (list, tuple)):
            if len(value) != 3:
                raise ValueError('argument must be a sequence of length 3')
            sign, digits, exp = value
            digits = ''.join(str(d) for d in digits)
            self._sign = sign
            if exp == 'F':
                self._int, self._exp, self._is_special = '0', 'F', True
            elif exp in ('n', 'N'):
                self._int, self._exp, self._is_special = digits.lstrip('0'), exp, True
            else:
                self._int, self._exp, self._is_special = str(int(digits or '0')), exp, False
            return self
        if isinstance(value, float):
            return cls.from_float(value)
        raise TypeError('conversion from %s to Decimal is not supported' % type(value).__name__)

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('argument must be int or float')
        if _math.isinf(f) or _math.isnan(f):
            return cls(repr(f))
        sign = 0 if _math.copysign(1.0, f) == 1.0 else 1
        n, d = abs(f).as_integer_ratio()
        k = d.bit_length() - 1
        return cls(_dec(sign, str(n * 5 ** k), -k))

    # ---- predicates and parts ----
    def _isnan(self):
        if self._is_special:
            return {'n': 1, 'N': 2}.get(self._exp, 0)
        return 0

    def _isinfinity(self):
        if self._exp == 'F':
            return -1 if self._sign else 1
        return 0

    def is_nan(self):
        return self._exp in ('n', 'N')

    def is_qnan(self):
        return self._exp == 'n'

    def is_snan(self):
        return self._exp == 'N'

    def is_infinite(self):
        return self._exp == 'F'

    def is_finite(self):
        return not self._is_special

    def is_zero(self):
        return not self._is_special and self._int == '0'

    def is_signed(self):
        return self._sign == 1

    def __bool__(self):
        return self._is_special or self._int != '0'

    def adjusted(self):
        try:
            return self._exp + len(self._int) - 1
        except TypeError:
            return 0

    def as_tuple(self):
        return DecimalTuple(self._sign, tuple(map(int, self._int)), self._exp)

    def as_integer_ratio(self):
        if self._is_special:
            if self.is_nan():
                raise ValueError('cannot convert NaN to integer ratio')
            raise OverflowError('cannot convert Infinity to integer ratio')
        if not self:
            return 0, 1
        n = int(self._int)
        if self._exp >= 0:
            n, d = n * 10 ** self._exp, 1
        else:
            d5 = -self._exp
            while d5 > 0 and n % 5 == 0:
                n //= 5
                d5 -= 1
            d2 = -self._exp
            shift2 = min((n & -n).bit_length() - 1, d2)
            if shift2:
                n >>= shift2
                d2 -= shift2
            d = 5 ** d5 << d2
        return (-n if self._sign else n), d

    def copy_abs(self):
        return _dec(0, self._int, self._exp, self._is_special)

    def copy_negate(self):
        return _dec(1 - self._sign, self._int, self._exp, self._is_special)

    def copy_sign(self, other):
        other = _convert(other, raise_error=True)
        return _dec(other._sign, self._int, self._exp, self._is_special)

    # ---- rounding ----
    def _round_down(self, prec):
        return 0 if _all_zeros(self._int, prec) else -1

    def _round_up(self, prec):
        return -self._round_down(prec)

    def _round_half_up(self, prec):
        if self._int[prec] in '56789':
            return 1
        return 0 if _all_zeros(self._int, prec) else -1

    def _round_half_down(self, prec):
        return -1 if _exact_half(self._int, prec) else self._round_half_up(prec)

    def _round_half_even(self, prec):
        if _exact_half(self._int, prec) and (prec == 0 or self._int[prec - 1] in '02468'):
            return -1
        return self._round_half_up(prec)

    def _round_ceiling(self, prec):
        return self._round_down(prec) if self._sign else -self._round_down(prec)

    def _round_floor(self, prec):
        return self._round_down(prec) if not self._sign else -self._round_down(prec)

    def _round_05up(self, prec):
        if prec and self._int[prec - 1] not in '05':
            return self._round_down(prec)
        return -self._round_down(prec)

    def _rounder(self, rounding):
        return getattr(self, '_' + rounding.lower())

    def _fix(self, context):
        if self._is_special:
            return self
        Etiny = context.Etiny()
        Etop = context.Etop()
        if not self:
            exp_max = [context.Emax, Etop][context.clamp]
            new_exp = min(max(self._exp, Etiny), exp_max)
            return _dec(self._sign, '0', new_exp) if new_exp != self._exp else Decimal(self)
        exp_min = len(self._int) + self._exp - context.prec
        if exp_min > Etop:
            context._raise_error(Overflow)
            return _dec(self._sign, '0', 'F', True)
        subnormal = exp_min < Etiny
        if subnormal:
            exp_min = Etiny
        if self._exp < exp_min:
            digits = len(self._int) + self._exp - exp_min
            work = self
            if digits < 0:
                work = _dec(self._sign, '1', exp_min - 1)
                digits = 0
            changed = work._rounder(context.rounding)(digits)
            coeff = work._int[:digits] or '0'
            if changed > 0:
                coeff = str(int(coeff) + 1)
                if len(coeff) > context.prec:
                    coeff = coeff[:-1]
                    exp_min += 1
            ans = _dec(self._sign, coeff, exp_min)
            if changed and subnormal:
                context._raise_error(Underflow)
            if subnormal:
                context._raise_error(Subnormal)
            if changed:
                context._raise_error(Inexact)
            context._raise_error(Rounded)
            if not ans:
                context._raise_error(Clamped)
            return ans
        return Decimal(self)

    def _rescale(self, exp, rounding):
        if self._is_special:
            return Decimal(self)
        if not self:
            return _dec(self._sign, '0', exp)
        if self._exp >= exp:
            return _dec(self._sign, self._int + '0' * (self._exp - exp), exp)
        digits = len(self._int) + self._exp - exp
        work = self
        if digits < 0:
            work = _dec(self._sign, '1', exp - 1)
            digits = 0
        changed = work._rounder(rounding)(digits)
        coeff = work._int[:digits] or '0'
        if changed == 1:
            coeff = str(int(coeff) + 1)
        return _dec(self._sign, coeff, exp)

    def quantize(self, exp, rounding=None, context=None):
        exp = _convert(exp, raise_error=True)
        context = context or getcontext()
        rounding = rounding or context.rounding
        if self._is_special or exp._is_special:
            if self.is_nan() or exp.is_nan():
                return _dec(0, '', 'n', True)
            if self._isinfinity() and exp._isinfinity():
                return Decimal(self)
            context._raise_error(InvalidOperation)
            return _dec(0, '', 'n', True)
        ans = self._rescale(exp._exp, rounding)
        if len(ans._int) > context.prec:
            context._raise_error(InvalidOperation)
            return _dec(0, '', 'n', True)
        return ans

    def to_integral_value(self, rounding=None, context=None):
        context = context or getcontext()
        if self._is_special or self._exp >= 0:
            return Decimal(self)
        return self._rescale(0, rounding or context.rounding)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        return self.to_integral_value(rounding, context)

    def normalize(self, context=None):
        context = context or getcontext()
        if self._is_special:
            return Decimal(self)
        dup = self._fix(context)
        if not dup:
            return _dec(dup._sign, '0', 0)
        end = len(dup._int)
        exp = dup._exp
        while dup._int[end - 1] == '0' and exp < context.Emax:
            exp += 1
            end -= 1
        return _dec(dup._sign, dup._int[:end], exp)
` +
  arithSource +
  mathSource +
  String.raw`

_ndpy_types.extension(Decimal, Context)
del _ndpy_types
`;
