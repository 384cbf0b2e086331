# Fusable expressions keep Python semantics for their names: a missing global after an operation raises
# after the operation does, and a name rebound by an operator method (nonlocal / global) is read afresh
import numpy as np
try:
    r = 1.0 / 0 + undefined_name * 2
except Exception as e:
    print(type(e).__name__, e)
def outer():
    x = 100.0
    class C:
        def __mul__(self, o):
            nonlocal x
            x = 1.0
            return 2.5
    c = C()
    return (c * 2.0) + x * 1.0
print(outer())
a = np.arange(4.0)
def g():
    global b
    b = np.ones(4) * 3
    return a
b = np.zeros(4)
class M:
    def __mul__(self, o):
        global b
        b = np.full(4, 7.0)
        return a
m = M()
print((m * 2) + b * 1.5)
try:
    print(a * a + missing_arr * 2)
except NameError as e:
    print(e)
print(a * a + a * 2, (a - a.mean()) ** 2 - a.max())
def h(x, y):
    return x * y + y * 2 - np.sqrt(x)
print(h(a, a + 1))
