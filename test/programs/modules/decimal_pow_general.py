# Decimal powers: non-integral, 0 ** negative, huge integral exponents (rounded, overflow, underflow), powers of ten
from decimal import Decimal as D, getcontext, Context, Overflow, localcontext
for expr in ["D(2) ** 0.5", "D(2) ** D('0.5')", "2 ** D('0.5')", "pow(D(2), D('0.5'))", "D('-2') ** D('2')", "D('-2') ** D('-3')", "D('0') ** D('-1')", "D(10) ** D('1E+3')", "D('1E+10') ** D('0.5')", "D('0.5') ** D('1E+7')", "D(2) ** D('1E+8')", "D('1.0001') ** D('1234.5')", "D(3) ** D('-0.5')", "D(100) ** D('0.5')", "D('0.01') ** D('0.5')", "D(8) ** (D(1)/D(3))", "D('Infinity') ** D('-0.5')", "D(-1) ** D('0.5')", "D(2).exp() ** 2", "D('1e-5').ln()", "D('0.1').log10()", "D('1e1000').ln()", "D('1e-1000').log10()", "D(5).sqrt() ** 2", "pow(D(2), 10, 1000)", "pow(D('2.5'), 2, 7)"]:
    try: print(expr, "=", eval(expr))
    except Exception as e: print(expr, "->", type(e).__name__, e)
with localcontext(prec=4):
    print(D(2) ** D("0.5"), D(10).ln(), D(7).log10(), D(1).exp())
for expr in ["D('1.5') ** 3000", "D('-1.5') ** 3001", "D('0.99') ** 5000", "D(10) ** 5000", "D('1.00') ** 9999", "D('-0') ** -3", "D(0) ** -2", "D(7) ** -2000", "D('1.1') ** 100"]:
    try: print(expr, "=", eval(expr))
    except Exception as e: print(expr, "->", type(e).__name__, e)
for e in ['D(10) ** -5000', "D('1.00') ** -9999", "D('0.10') ** 5000", "D('100') ** 3", "D('1.00') ** -2", "D('1E+2') ** 30", "D('-10') ** 4001", "D('10') ** 27", "D('10') ** 28", "D('1.0') ** 27", "D('1.0') ** 28", "D('1E+2') ** 3000", "D(10) ** 10**6"]:
    try: print(e, repr(eval(e)))
    except Exception as ex: print(e, "->", type(ex).__name__, ex)
