# division, floor division and modulo by zero in a try body: CPython's messages for ints and floats,
# the except clause reached, else/finally, tracebacks, and operands evaluated once and in order
def trial(a, b):
    try:
        q = a / b
        r = a // b
        m = a % b
    except ZeroDivisionError as e:
        return f"{type(e).__name__}: {e} (line {e.__traceback__.tb_lineno})"
    else:
        return (q, r, m)

for a, b in [(7, 2), (7, 0), (7.5, 0), (-7, 3), (0, 0), (True, 0), (7, 0.0), (7, False), (2**70, 0), (1e308, 0)]:
    print(a, b, trial(a, b))

def each_op(a):
    out = []
    for f in ("div", "floordiv", "mod"):
        try:
            if f == "div":
                v = a / 0
            elif f == "floordiv":
                v = a // 0
            else:
                v = a % 0
        except ZeroDivisionError as e:
            v = str(e)
        out.append(v)
    return out
print(each_op(3), each_op(3.25))

calls = []
def val(x):
    calls.append(x)
    return x
total = 0
for i in range(6):
    try:
        total += val(10) // val(i % 3)
    except ZeroDivisionError:
        total -= 1
print(total, calls)
n = 0
try:
    n += 1 % 0
except ArithmeticError as e:
    print("caught as ArithmeticError:", e, n)
try:
    x = "abc" % 0
except TypeError as e:
    print("TypeError:", e)
class Num:
    def __truediv__(self, other):
        return "custom"
try:
    y = Num() / 0
    print(y)
except ZeroDivisionError:
    print("no")
