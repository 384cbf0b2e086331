# whole program: compound interest and a loan amortization table with Decimal (quantize, rounding, contexts)
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, getcontext, InvalidOperation, localcontext
def money(x): return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
principal = Decimal("10000.00"); rate = Decimal("0.045"); years = 5
print(f"{'Year':>4} {'Interest':>12} {'Balance':>12}")
bal = principal
for y in range(1, years + 1):
    interest = money(bal * rate)
    bal += interest
    print(f"{y:>4} {interest:>12,} {bal:>12,}")
def amortize(p, annual, n):
    r = annual / 12
    pay = money(p * r / (1 - (1 + r) ** -n))
    rows = []
    for k in range(1, n + 1):
        i = money(p * r); pr = pay - i if k < n else p
        p -= pr; rows.append((k, pay if k < n else pr + i, i, pr, p))
    return pay, rows
pay, rows = amortize(Decimal("5000"), Decimal("0.06"), 6)
print("payment", pay)
for r in rows: print("{:>2} {:>9} {:>7} {:>9} {:>9}".format(*r))
print(sum(r[2] for r in rows), Decimal("1.1") + Decimal("2.2"), Decimal("10") / Decimal("3"), Decimal("7").sqrt(), Decimal("2") ** 100)
print(Decimal("3.14159").quantize(Decimal("0.001"), ROUND_DOWN), Decimal("-0.5").quantize(Decimal("1"), ROUND_HALF_UP), round(Decimal("2.5")), round(Decimal("3.14159"), 2), Decimal("1.30").normalize(), Decimal("100").normalize())
print(Decimal("1e-3"), Decimal("123.4500").as_tuple(), Decimal(0.1).quantize(Decimal("1e-20")), Decimal("NaN"), Decimal("-Infinity"), Decimal("5") % Decimal("3"), Decimal("-7") // Decimal("2"), divmod(Decimal("7.5"), 2))
try: Decimal("abc")
except InvalidOperation as e: print("InvalidOperation", type(e).__mro__[1].__name__)
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(3), Decimal("12345.678") + 0)
print(Decimal(1) / Decimal(7), getcontext().prec, f"{Decimal('1234.5'):,.2f}", f"{Decimal('0.000012'):e}", f"{Decimal('42'):08.3f}", float(Decimal("0.1")), int(Decimal("-3.9")))
print(sorted([Decimal("1.5"), Decimal("-2"), Decimal("0.25")]), max(Decimal("1"), 2), Decimal("2") == 2, Decimal("0.5") < 0.6, Decimal(5).compare(Decimal(3)), Decimal("2.50") == Decimal("2.5"), hash(Decimal("2.0")) == hash(2))
