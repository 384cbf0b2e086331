# Decimal exp/ln/log10, non-integer powers, and the smaller Decimal/Context methods (logb, scaleb, next_plus, fma, remainder_near, ...)
from decimal import *
for r in [ROUND_DOWN, ROUND_UP, ROUND_HALF_EVEN, ROUND_CEILING]:
    c = Context(prec=5, rounding=r)
    print(r, c.exp(Decimal(1)), c.exp(Decimal('1E-100')), c.ln(Decimal(2)), c.log10(Decimal(2)), c.exp(Decimal(-1)), c.power(Decimal(2), Decimal('0.5')))
print(Decimal(0).exp(), Decimal(1).ln(), Decimal(100).log10(), Decimal('0.001').log10(), Decimal('1E+5').log10(), Decimal(0).ln(), Decimal('Infinity').exp(), Decimal('-Infinity').exp(), Decimal(-10**7).exp(), Decimal('1.0').ln(), Decimal('10.0').log10(), Decimal('1E-3').exp())
print(Decimal(2)**Decimal('0.5'), Decimal(4)**Decimal('0.5'), Decimal('2.25')**Decimal('0.5'), Decimal(8)**Decimal('1')/3 , Decimal(10)**Decimal('-2.0'), Decimal(2)**Decimal('2.5'), Decimal('1.5')**Decimal('2.0'), Decimal(-8)**Decimal('2.0'))
try: Decimal(10**7).exp()
except Exception as e: print(type(e), e)
try: Decimal(-1).ln()
except Exception as e: print(type(e), e)
try: Decimal(-8)**Decimal('0.5')
except Exception as e: print(type(e), e)
print(Decimal('12.5').logb(), Decimal('0.001').logb(), Decimal(3).scaleb(2), Decimal('1.5').next_plus(), Decimal('1.5').next_minus(), Decimal(1).next_toward(2), Decimal(1).number_class(), Decimal(0).number_class(), Decimal('-Inf').number_class())
print(Decimal(1).real, Decimal(1).imag, Decimal(3).conjugate(), Decimal(2).fma(3, 4), Decimal(10).remainder_near(3), Decimal(11).remainder_near(6), Decimal('1.0').same_quantum(Decimal('2.0')), Decimal(1).compare_total(Decimal('1.0')), Decimal(1).is_normal(), Decimal(1).radix(), Decimal(1).canonical(), Decimal(1).is_canonical())
print(Decimal(2).ln(), Decimal(2).log10(), Decimal(1).exp(), Decimal(10).ln(), Decimal('0.5').exp(), Decimal(100).exp(), Decimal('1.00000000000000000000000001').ln(), Decimal(7).sqrt())
c = getcontext()
print(c.exp(1), c.ln(10), c.log10(7), c.abs(Decimal(-2)), c.plus(Decimal('1.00000000000000000000000000000001')), c.minus(Decimal(3)), c.to_sci_string(Decimal('1E+3')), c.divide_int(7, 2), c.remainder(7, 3), c.divmod(7, 2), c.max(1, 2), c.min(1, 2), c.compare(1, 2), c.is_zero(Decimal(0)), c.normalize(Decimal('1.50')), c.to_integral_value(Decimal('2.5')), c.fma(2,3,4), c.copy_abs(Decimal(-1)), c.is_finite(Decimal(1)))
getcontext().prec = 60
print(Decimal(2).ln(), Decimal(3).exp(), Decimal('123.456').log10(), Decimal('0.0001234').ln(), Decimal(-50).exp(), Decimal(1000).exp(), Decimal('1e-50').ln())
print(Decimal(5) ** Decimal('1.5'), Decimal('0.5') ** Decimal('-2.5'), Decimal(27) ** (Decimal(1) / 3), Decimal(16) ** Decimal('0.25'), Decimal(10) ** Decimal('0.5'))
getcontext().prec = 28
# compound interest with continuous compounding
P = Decimal("1000.00")
for rate in ("0.05", "0.0725"):
    amt = P * (Decimal(rate) * 10).exp()
    print(rate, amt.quantize(Decimal("0.01")), (amt / P).ln(), (amt).log10())
print([str(Decimal(n).ln())[:12] for n in range(1, 8)], [Decimal(k).log10() for k in (1, 10, 1000, 2, 0.5)])
print(Decimal(-1).remainder_near(3), Decimal(-5).remainder_near(3), Decimal("10.5").remainder_near(2), Decimal(-2).compare_total(Decimal(-1)), Decimal("-Inf").next_plus(), Decimal("Inf").next_minus(), pow(Decimal(3), 4, 5), pow(Decimal(-3), 3, 5))
print(Decimal(2) ** Decimal("0.5") * Decimal(2) ** Decimal("0.5"), Decimal("1.21") ** Decimal("0.5"), Decimal(1) ** Decimal("0.3"), Decimal(0) ** Decimal("0.5"), Decimal("Infinity") ** Decimal("0.5"))

s = Decimal(0)
for i in range(1, 300):
    s += Decimal(i).ln() + Decimal(i) ** Decimal("0.37") + (Decimal(i)/7).exp()
print(s)
getcontext().prec = 300
print(Decimal(2).ln())
print(Decimal(1).exp())
getcontext().prec = 10
print(Decimal("0.9999999999").ln(), Decimal("1.0000000001").log10(), Decimal("1e-20").exp(), Decimal("-1e-20").exp())
