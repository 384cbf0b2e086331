# decimal: construction, context precision and rounding, arithmetic, quantize, formatting, errors
from decimal import *
print(repr(getcontext()))
print(Decimal('1.30') + Decimal('1.20'), Decimal('1.1') * 3, Decimal(1)/Decimal(3), Decimal(10)/Decimal(4), Decimal('0.1')+Decimal('0.2'))
print(Decimal(0.1), Decimal('1e3'), Decimal('1E+3') + 0, Decimal('123.456e-10'), Decimal('-0'), Decimal('0.000001'), Decimal('0.0000001'), Decimal(100).sqrt(), Decimal(2).sqrt())
print(Decimal('7.325').quantize(Decimal('.01'), rounding=ROUND_HALF_UP), Decimal('7.325').quantize(Decimal('.01')), round(Decimal('2.675'), 2), round(Decimal('2.5')), Decimal('-7') % 2, Decimal(-7) // 2)
print(f'{Decimal("1234.5678"):.2f}', f'{Decimal("1234.5"):,.2f}', format(Decimal('0.125'), '.1%'), f'{Decimal("3.14159"):10.3f}|', f'{Decimal("1.5")}', format(Decimal('12345.6789'), 'e'), format(Decimal('12345.6789'), '.3g'))
for bad in [lambda: Decimal('abc'), lambda: Decimal(1)/0, lambda: Decimal(0)/0, lambda: Decimal(1) + 1.5, lambda: 1.5 * Decimal(2), lambda: Decimal(1) % 0, lambda: Decimal('x') + 'a', lambda: int(Decimal('nan')), lambda: Decimal([1, 2])]:
    try: print(bad())
    except Exception as e: print(type(e), e)
print(Decimal('1.5') == 1.5, hash(Decimal('1.5')) == hash(1.5), hash(Decimal(7)) == hash(7), Decimal(3) > 2, sorted([Decimal('1.1'), Decimal('0.9'), 1]), sum([Decimal('0.1')]*10), Decimal('2') ** 10, Decimal('2') ** -2, Decimal('1.10').normalize(), Decimal('1.00').as_tuple())
print(int(Decimal('-3.7')), float(Decimal('3.7')), Decimal(5).is_zero(), abs(Decimal('-2.50')), -Decimal('0'), +Decimal('1.23456789012345678901234567890123'), Decimal('100').to_integral_value(), Decimal('1.5').to_integral_value(), Decimal('Infinity'), Decimal('nan'), Decimal('-inf') < 0)
print(Decimal('19.99') * 3, Decimal('100') - Decimal('0.01'), Decimal('1') / Decimal('8'), Decimal('2.50') * Decimal('4'), Decimal('10') / Decimal('3') * 3, Decimal('123.456').quantize(Decimal('1.00'), ROUND_DOWN), divmod(Decimal(7), Decimal(2)))
print([str(Decimal('1.2345').quantize(Decimal('0.01'), r)) for r in [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]])
print(Decimal('-1.2355').quantize(Decimal('0.001'), ROUND_HALF_EVEN), Decimal(3).__round__(), Decimal('1e-10') * Decimal('1e-10'), Decimal(2) ** 100, Decimal('0.1') ** 3, Decimal(10) ** -3)
print(format(Decimal('-1234567.891'), ',.2f'), format(Decimal('5'), '08.2f'), format(Decimal('5'), '+.1f'), format(Decimal('0.000012'), 'e'), format(Decimal('1E+5'), 'f'), format(Decimal('12'), '^10'), format(Decimal('-0.001'), 'z.1f'), format(Decimal('3'), '.0%'))
print(Decimal.from_float(1.25), Decimal((0, (1, 4, 1), -2)), Decimal('  3.5 '), Decimal('1_000.5'), Decimal(Decimal('2.2')), Decimal(-5), Decimal('5.000').adjusted(), Decimal('-12.5').copy_abs(), Decimal('0.5').as_integer_ratio(), Decimal('1e5').to_eng_string(), Decimal('123E+4').to_eng_string())
print(max(Decimal('1.5'), Decimal('2')), min([Decimal(3), Decimal('2.9')]), Decimal('2').max(Decimal('3')), Decimal(1).compare(Decimal(2)), Decimal('5') == Decimal('5.00'), {Decimal('1.0'): 'a'}[1], Decimal(7) // Decimal('-2'), Decimal('-7.5') % Decimal('2'))
import math; print(math.floor(Decimal('-2.5')), math.ceil(Decimal('2.1')), math.sqrt(Decimal(16)), round(Decimal('-0.5')), str(Decimal('-0.0')), Decimal(1) / Decimal(-3))
getcontext().prec = 6
print(Decimal(1) / Decimal(7), Decimal('123456789'), +Decimal('123456789'), Decimal('1.23456789') * 1, Decimal(100) / 3)
with localcontext() as ctx:
    ctx.prec = 3; print(Decimal(2).sqrt(), ctx.prec)
print(Decimal(2).sqrt(), getcontext().prec)
getcontext().rounding = ROUND_UP
print(Decimal(1) / Decimal(3), Decimal(2) / Decimal(3))
ctx = Context(prec=4, rounding=ROUND_HALF_UP); print(ctx.divide(Decimal(2), Decimal(3)), ctx, ctx.create_decimal('3.14159'))
setcontext(BasicContext); print(getcontext().prec, Decimal(2)/3)
try: getcontext().prec = 0
except ValueError as e: print(e)
Decimal('1.2.3')
