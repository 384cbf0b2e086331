# The caret line under a traceback's source line for NumPy's operator errors: the failing binary operator
# (`~~^~~`, an operation with a literal number never being the one that failed to broadcast), a
# comparison, the subscript of an assignment that cannot broadcast, the truth test of an array, and the
# call or operator running the ufunc a NumPy TypeError names.
import traceback
import numpy as np

a = np.arange(6).reshape(2, 3)
b = np.arange(4)
c = np.ones((3, 2))

def show(f):
    try:
        f()
    except Exception:
        for line in traceback.format_exc().splitlines():
            print(line.replace(__file__, "FILE"))

def add():
    y = a + b
def scaled_add():
    y = a * 2 + b
def matmul():
    y = a @ b
def compare():
    y = a == b
def less():
    y = a < b
def nested():
    y = np.negative(a - b)
def in_comprehension():
    return [a + b for _ in range(1)]
def transposed_matmul():
    y = a.T @ b.T
def divided():
    y = a / 2 + b
def store():
    a[:] = b
def if_compare():
    if a > 0:
        pass
def conditional():
    y = 1 if a else 2
def conditional_compare():
    y = 1 if a > 1 else 2
def and_op():
    y = a and b
def not_op():
    y = not a
def plain_if():
    if a:
        pass
def ufunc_call():
    y = np.sin(np.array(["a"]))
def ufunc_compare():
    y = np.zeros(2) < "a"
def ufunc_binop():
    y = np.empty((2, 3), dtype=[("a", "i4")]) + 1
def ufunc_cast():
    x = np.arange(3)
    x += 1.5
def ufunc_unary():
    y = -np.array(["a"])

for f in [add, scaled_add, matmul, compare, less, nested, in_comprehension, transposed_matmul, divided, store,
          if_compare, conditional, conditional_compare, and_op, not_op, plain_if, ufunc_call, ufunc_compare,
          ufunc_binop, ufunc_cast, ufunc_unary]:
    show(f)
