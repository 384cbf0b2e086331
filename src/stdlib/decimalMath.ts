/**
 * The third part of `decimal`'s Python source (appended after src/stdlib/decimalArith.ts, at module
 * level): Decimal.exp/ln/log10 and non-integer powers, correctly rounded as CPython's C decimal does
 * them (exp/ln/log10 always round half-even; a power rounds with the context's mode). The values are
 * worked out in fixed point on Python ints with a known error bound, and the working precision is
 * raised until both ends of the error interval round to the same Decimal. Also the smaller Decimal
 * methods (logb, scaleb, next_plus/next_minus/next_toward, number_class, fma, remainder_near,
 * same_quantum, compare_total, is_normal/is_subnormal, real/imag/conjugate, radix, canonical) and the
 * Context methods that forward to Decimal operations (ctx.exp(x), ctx.abs(x), ctx.divide_int(a, b), ...).
 */
export const mathSource = String.raw`

_ln10_cache = [0, 0]


def _fx_ln_core(m, W):
    # ln(m / 10**W) * 10**W for m / 10**W in [1, 10], error below 3 units
    G = W + 12
    S = 10 ** G
    t = m * 10 ** (G - W)
    for _ in range(8):
        t = _math.isqrt(t * S)
    z = (t - S) * S // (t + S)
    z2 = z * z // S
    term = z
    total = 0
    n = 1
    while term:
        total += term // n
        term = term * z2 // S
        n += 2
    return total * 512 // 10 ** 12


def _fx_ln10(W):
    if _ln10_cache[0] < W:
        w = max(W, 2 * _ln10_cache[0], 40)
        _ln10_cache[0] = w
        _ln10_cache[1] = _fx_ln_core(10 * 10 ** w, w)
    return _ln10_cache[1] // 10 ** (_ln10_cache[0] - W)


def _fx_ln_parts(d, W):
    # (k, f) with ln(d) = k*ln(10) + f/10**W, f in [0, ln 10], error of f below 4 units
    k = d.adjusted()
    c = d._int
    if len(c) - 1 > W:
        f = int(c[:W + 1])
    else:
        f = int(c) * 10 ** (W + 1 - len(c))
    return k, _fx_ln_core(f, W)


def _fx_ln(d, W):
    # ln(d) * 10**W for a positive finite Decimal, error below 6 units
    k, f = _fx_ln_parts(d, W)
    extra = len(str(abs(k))) + 2
    return f + k * _fx_ln10(W + extra) // 10 ** extra


def _fx_exp(d, W):
    # (y, k): exp(d) ~ y/10**W * 10**k with y/10**W in [1, 10.1), relative error below 8 units of y
    L = max(len(d._int) + d._exp, 1) + 2
    W2 = W + L + 16
    if d._exp >= -W2:
        X = int(d._int) * 10 ** (d._exp + W2)
    else:
        X = int(d._int[:d._exp + W2] or '0')
    if d._sign:
        X = -X
    ln10 = _fx_ln10(W2)
    k = X // ln10
    R = X - k * ln10
    G = W + 14
    S = 10 ** G
    r = (R // 10 ** (W2 - G)) >> 8
    term = S
    total = 0
    n = 1
    while term:
        total += term
        term = term * r // (S * n)
        n += 1
    for _ in range(8):
        total = total * total // S
    return total // 10 ** (G - W), k


def _settle(sign, compute, W, rounding, context, exact=None):
    # compute(W) -> (y, exp, err): the value is y * 10**exp within err units of y; raise W until the
    # interval's ends round alike, then round the estimate to the context (its flags and traps)
    scratch = Context(prec=context.prec, rounding=rounding, Emin=context.Emin, Emax=context.Emax,
                      clamp=context.clamp, traps=[])
    for attempt in range(12):
        y, exp, err = compute(W)
        if y - err > 0:
            lo = _dec(sign, str(y - err), exp)._fix(scratch)
            hi = _dec(sign, str(y + err), exp)._fix(scratch)
            if lo._int == hi._int and lo._exp == hi._exp and lo._is_special == hi._is_special:
                break
        if attempt >= 1 and exact is not None:
            z = exact(W)
            if z is not None:
                y, exp = z
                break
        W += max(context.prec, 16)
    work = context.copy()
    work.rounding = rounding
    ans = _dec(sign, str(y), exp)._fix(work)
    for t, v in work.flags.items():
        if v:
            context.flags[t] = True
    return ans


def _bound_digits(context):
    return len(str(max(context.Emax, -context.Etiny(), 1))) + 1


def _exp(self, context=None):
    context = context or getcontext()
    if self._is_special:
        nan = self._nan_result(None, context)
        if nan is not None:
            return nan
        return _dec(0, '0', 0) if self._sign else Decimal(self)
    if not self:
        return _dec(0, '1', 0)
    if self.adjusted() > _bound_digits(context):
        if self._sign:
            return _dec(0, '1', context.Etiny() - 2)._fix(context)
        return _dec(0, '1', context.Emax + 1)._fix(context)

    def compute(W):
        y, k = _fx_exp(self, W)
        return y, k - W, 8
    return _settle(0, compute, context.prec + 6, ROUND_HALF_EVEN, context)


def _near_one_digits(self):
    if self.adjusted() in (0, -1):
        d = abs(self - 1)
        if d:
            return max(0, -d.adjusted())
    return 0


def _log_checks(self, context):
    if self._is_special:
        nan = self._nan_result(None, context)
        if nan is not None:
            return nan
        if self._sign:
            return self._invalid(context)
        return Decimal(self)
    if not self:
        return _dec(1, '0', 'F', True)
    if self._sign:
        return self._invalid(context)
    return None


def _ln(self, context=None):
    context = context or getcontext()
    special = _log_checks(self, context)
    if special is not None:
        return special
    if self._int == '1' + '0' * (len(self._int) - 1) and self.adjusted() == 0:
        return _dec(0, '0', 0)

    def compute(W):
        v = _fx_ln(self, W)
        return abs(v), -W, 8
    W = context.prec + 6 + _near_one_digits(self) + len(str(abs(self.adjusted())))
    return _settle(1 if self.adjusted() < 0 else 0, compute, W, ROUND_HALF_EVEN, context)


def _log10(self, context=None):
    context = context or getcontext()
    special = _log_checks(self, context)
    if special is not None:
        return special
    if self._int == '1' + '0' * (len(self._int) - 1):
        return Decimal(self.adjusted())._fix(context)

    def compute(W):
        k, f = _fx_ln_parts(self, W + 4)
        v = k * 10 ** W + f * 10 ** W // _fx_ln10(W + 4)
        return abs(v), -W, 4
    W = context.prec + 6 + _near_one_digits(self)
    return _settle(1 if self.adjusted() < 0 else 0, compute, W, ROUND_HALF_EVEN, context)


def _is_integral(d):
    return not d._is_special and (d._exp >= 0 or _all_zeros(d._int, len(d._int) + d._exp))


def _exact_root(x, y, z):
    # is z == x**y exactly? y = n/d in lowest terms with small n and d
    if y._exp >= 0 or -y._exp > 4 or len(y._int) > 5:
        return False
    n, d = int(y._int), 10 ** -y._exp
    g = _math.gcd(n, d)
    n, d = n // g, d // g
    zc, ze = int(z._int) ** d, z._exp * d
    xc, xe = int(x._int) ** n, x._exp * n
    if y._sign:
        prod = zc * xc
        e = ze + xe
        while prod % 10 == 0 and prod:
            prod //= 10
            e += 1
        return prod == 1 and e == 0
    while zc % 10 == 0 and zc:
        zc //= 10
        ze += 1
    while xc % 10 == 0 and xc:
        xc //= 10
        xe += 1
    return zc == xc and ze == xe


def _pow_general(self, other, context):
    # self ** other for a non-integral other (both finite), rounded with the context's rounding
    if self._is_special or other._is_special:
        if other._isinfinity():
            cmp1 = self.copy_abs()._cmp(_dec(0, '1', 0))
            if cmp1 == 0:
                return _dec(0, '1' + '0' * (context.prec - 1), 1 - context.prec)
            big = (cmp1 > 0) == (other._sign == 0)
            if self._sign:
                return self._invalid(context)
            return _dec(0, '0', 'F', True) if big else _dec(0, '0', 0)
        if self._sign:
            return self._invalid(context)
        return _dec(0, '0', 0) if other._sign else _dec(0, '0', 'F', True)
    if not self:
        return _dec(0, '0', 'F', True) if other._sign else _dec(0, '0', 0)
    if self._sign:
        return self._invalid(context)
    if self.adjusted() == 0 and self._int.rstrip('0') == '1':
        return _dec(0, '1' + '0' * (context.prec - 1), 1 - context.prec)
    yadj = max(other.adjusted() + 1, 0)

    def compute(W):
        W1 = W + yadj + 4 + len(str(abs(self.adjusted())))
        L = _fx_ln(self, W1)
        P = abs(L) * int(other._int)
        prod = _dec(1 if (L < 0) != (other._sign == 1) else 0, str(P), other._exp - W1)
        mag = prod.adjusted()
        if mag > _bound_digits(context):
            return (1, context.Emax + 2, 0) if not prod._sign else (1, context.Etiny() - 2, 0)
        y, k = _fx_exp(prod, W)
        return y, k - W, 40

    def exact(W):
        y, exp, err = compute(W)
        approx = _dec(0, str(y), exp)._round(context.prec + 3, ROUND_HALF_EVEN)
        coeff = approx._int.rstrip('0') or '0'
        z = _dec(0, coeff, approx._exp + len(approx._int) - len(coeff))
        if _exact_root(self, other, z):
            pad = max(context.prec - len(coeff), 0)
            return int(coeff) * 10 ** pad, z._exp - pad
        return None
    return _settle(0, compute, context.prec + 6, context.rounding, context, exact)


_int_pow = Decimal.__pow__


def _pow(self, other, modulo=None, context=None):
    other = _convert(other, op='** or pow()')
    if other is NotImplemented:
        return other
    context = context or getcontext()
    if self._is_special or other._is_special:
        nan = self._nan_result(other, context)
        if nan is not None:
            return nan
    if modulo is not None:
        modulo = _convert(modulo, raise_error=True)
        if not (_is_integral(self) and _is_integral(other) and _is_integral(modulo)) or other._sign:
            return self._invalid(context)
        if not modulo:
            return self._invalid(context)
        m = int(modulo)
        r = pow(int(abs(self)), int(other), abs(m))
        return Decimal(-r if self._sign and int(other) % 2 else r)
    if other._is_special or not _is_integral(other):
        return _pow_general(self, other, context)
    if not self._is_special:
        n = int(other)
        if not self and n < 0:
            return _dec(self._sign if n % 2 else 0, '0', 'F', True)
        coeff = self._int.rstrip('0')
        sign = self._sign if n % 2 else 0
        if self and coeff == '1' and len(self._int) * abs(n) > 4000:
            # a power of ten: 10**(z*n) written as its rounded coefficient
            z = len(self._int) - 1
            if n < 0:
                return _dec(sign, '1', -(z + self._exp) * -n)._fix(context)
            if z * n + 1 > context.prec:
                return _dec(sign, '1' + '0' * (context.prec - 1), (self._exp + z) * n - context.prec + 1)._fix(context)
            return _dec(sign, '1' + '0' * (z * n), self._exp * n)._fix(context)
        if self and coeff != '1' and len(self._int) * abs(n) > 4000:
            # an exact power too long to write out: the same correctly rounded value from exp(n*ln|x|)
            ans = _pow_general(self.copy_abs(), other, context)
            return ans.copy_negate() if self._sign and n % 2 else ans
    return _int_pow(self, other, None, context)


def _logb(self, context=None):
    context = context or getcontext()
    if self._is_special:
        nan = self._nan_result(None, context)
        if nan is not None:
            return nan
        return _dec(0, '0', 'F', True)
    if not self:
        context._raise_error(DivisionByZero)
        return _dec(1, '0', 'F', True)
    return Decimal(self.adjusted())._fix(context)


def _scaleb(self, other, context=None):
    context = context or getcontext()
    other = _convert(other, raise_error=True)
    nan = self._nan_result(other, context) if (self._is_special or other._is_special) else None
    if nan is not None:
        return nan
    if other._exp != 0:
        return self._invalid(context)
    if self._is_special:
        return Decimal(self)
    return _dec(self._sign, self._int, self._exp + int(other))._fix(context)


def _next_step(self, context, up):
    context = context or getcontext()
    if self._is_special:
        nan = self._nan_result(None, context)
        if nan is not None:
            return nan
        if self._isinfinity() == (-1 if up else 1):
            return _dec(self._sign, '9' * context.prec, context.Etop())
        return Decimal(self)
    work = context.copy()
    work.rounding = ROUND_CEILING if up else ROUND_FLOOR
    work.traps = {t: False for t in work.traps}
    ans = self._fix(work)
    if ans._cmp(self) == 0:
        tiny = _dec(0 if up else 1, '1', context.Etiny() - 1)
        ans = self.__add__(tiny, context=work)
    return ans


def _next_plus(self, context=None):
    return _next_step(self, context, True)


def _next_minus(self, context=None):
    return _next_step(self, context, False)


def _next_toward(self, other, context=None):
    context = context or getcontext()
    other = _convert(other, raise_error=True)
    if self.is_nan() or other.is_nan():
        return self._nan_result(other, context)
    c = self._cmp(other)
    if c == 0:
        return self.copy_sign(other)
    return _next_step(self, context, c < 0)


def _number_class(self, context=None):
    context = context or getcontext()
    if self.is_snan():
        return 'sNaN'
    if self.is_qnan():
        return 'NaN'
    sign = '-' if self._sign else '+'
    if self._isinfinity():
        return sign + 'Infinity'
    if not self:
        return sign + 'Zero'
    if self.adjusted() < context.Emin:
        return sign + 'Subnormal'
    return sign + 'Normal'


def _is_normal(self, context=None):
    context = context or getcontext()
    return not self._is_special and bool(self) and self.adjusted() >= context.Emin


def _is_subnormal(self, context=None):
    context = context or getcontext()
    return not self._is_special and bool(self) and self.adjusted() < context.Emin


def _fma(self, other, third, context=None):
    context = context or getcontext()
    other = _convert(other, raise_error=True)
    third = _convert(third, raise_error=True)
    exact = Context(prec=MAX_PREC, Emin=MIN_EMIN, Emax=MAX_EMAX, traps=[InvalidOperation])
    return self.__mul__(other, context=exact).__add__(third, context=context)


def _remainder_near(self, other, context=None):
    context = context or getcontext()
    other = _convert(other, raise_error=True)
    special = self._div_checks(other, context, 'mod')
    if special is not None:
        return special
    if other._isinfinity():
        return Decimal(self)._fix(context)
    q, r = self._divide(other, context)
    if q.is_nan():
        return q
    exact = Context(prec=MAX_PREC, Emin=MIN_EMIN, Emax=MAX_EMAX)
    c = r.__add__(r, context=exact).copy_abs()._cmp(other.copy_abs())
    if r and (c > 0 or (c == 0 and int(q._int[-1]) % 2 == 1)):
        if self._sign == other._sign:
            r = r.__sub__(other, context=exact)
        else:
            r = r.__add__(other, context=exact)
    return r._fix(context)


def _same_quantum(self, other, context=None):
    other = _convert(other, raise_error=True)
    if self._is_special or other._is_special:
        return (self.is_nan() and other.is_nan()) or (self.is_infinite() and other.is_infinite())
    return self._exp == other._exp


def _compare_total(self, other, context=None):
    other = _convert(other, raise_error=True)

    def key(d):
        if d.is_nan():
            rank = (3 if d.is_qnan() else 2, int(d._int or '0'), 0)
        elif d._isinfinity():
            rank = (1, 0, 0)
        else:
            rank = (0, abs(d), d._exp)
        return rank
    a, b = key(self), key(other)
    if self._sign != other._sign:
        return _dec(1, '1', 0) if self._sign else _dec(0, '1', 0)
    if a == b:
        res = 0
    else:
        res = -1 if a < b else 1
    if self._sign:
        res = -res
    return Decimal(res)


for _name, _fn in (('exp', _exp), ('ln', _ln), ('log10', _log10), ('__pow__', _pow), ('logb', _logb),
                   ('scaleb', _scaleb), ('next_plus', _next_plus), ('next_minus', _next_minus),
                   ('next_toward', _next_toward), ('number_class', _number_class),
                   ('is_normal', _is_normal), ('is_subnormal', _is_subnormal), ('fma', _fma),
                   ('remainder_near', _remainder_near), ('same_quantum', _same_quantum),
                   ('compare_total', _compare_total)):
    setattr(Decimal, _name, _fn)
Decimal.real = property(lambda self: self)
Decimal.imag = property(lambda self: _dec(0, '0', 0))
Decimal.conjugate = lambda self: self
Decimal.radix = lambda self: _dec(0, '10', 0)
Decimal.canonical = lambda self: self
Decimal.is_canonical = lambda self: True


def _ctx_method(name, arity):
    if arity == 1:
        def method(self, a):
            return getattr(_convert(a, True), name)(context=self)
    elif arity == 2:
        def method(self, a, b):
            return getattr(_convert(a, True), name)(b, context=self)
    else:
        def method(self, a, b, c):
            return getattr(_convert(a, True), name)(b, c, context=self)
    method.__name__ = name
    return method


for _name, _target, _arity in (
        ('exp', 'exp', 1), ('ln', 'ln', 1), ('log10', 'log10', 1), ('logb', 'logb', 1),
        ('abs', '__abs__', 1), ('plus', '__pos__', 1), ('minus', '__neg__', 1),
        ('normalize', 'normalize', 1), ('to_integral_value', 'to_integral_value', 1),
        ('to_integral', 'to_integral_value', 1), ('to_integral_exact', 'to_integral_exact', 1),
        ('next_plus', 'next_plus', 1), ('next_minus', 'next_minus', 1),
        ('number_class', 'number_class', 1), ('is_normal', 'is_normal', 1),
        ('is_subnormal', 'is_subnormal', 1), ('to_eng_string', 'to_eng_string', 1),
        ('divide_int', '__floordiv__', 2), ('remainder', '__mod__', 2), ('divmod', '__divmod__', 2),
        ('compare', 'compare', 2), ('max', 'max', 2), ('min', 'min', 2), ('scaleb', 'scaleb', 2),
        ('remainder_near', 'remainder_near', 2), ('next_toward', 'next_toward', 2),
        ('compare_total', 'compare_total', 2), ('same_quantum', 'same_quantum', 2),
        ('fma', 'fma', 3)):
    setattr(Context, _name, _ctx_method(_target, _arity))

for _name in ('is_finite', 'is_infinite', 'is_nan', 'is_qnan', 'is_snan', 'is_signed', 'is_zero',
              'copy_abs', 'copy_negate', 'is_canonical', 'canonical'):
    setattr(Context, _name, (lambda n: lambda self, a: getattr(_convert(a, True), n)())(_name))
Context.copy_sign = lambda self, a, b: _convert(a, True).copy_sign(b)
Context.copy_decimal = lambda self, a: Decimal(_convert(a, True))
Context.to_sci_string = lambda self, a: str(_convert(a, True))
Context.radix = lambda self: _dec(0, '10', 0)
Context.power = lambda self, a, b, modulo=None: _pow(_convert(a, True), b, modulo, context=self)
del _name, _fn, _target, _arity
`;
