# shapes that do not broadcast under an operator: the in-place form names the output among the operands,
# and the traceback marks the operator (`~~^~~`) when it is the only place the error can come from
import traceback
import numpy as np

a = np.ones((2, 3))
b = np.ones((3, 2))
c = np.ones(3)


def show():
    for line in traceback.format_exc().splitlines()[-3:]:
        print(line.replace(__file__, "FILE"))


try:
    d = a + b
except ValueError:
    show()
try:
    d = np.sqrt(a) * b
except ValueError:
    show()
try:
    d = a == b
except ValueError:
    show()
try:
    d = np.add(a, b)
except ValueError:
    show()
try:
    a += b
except ValueError:
    show()
try:
    c -= np.ones((2, 2))
except ValueError:
    show()
try:
    x = np.ones(2)
    x **= np.ones(3)
except ValueError:
    show()
try:
    np.divmod(np.ones(3), np.ones(2), np.zeros(3), np.zeros(3))
except ValueError as e:
    print(e)
try:
    np.multiply(np.ones(3), np.ones(2), out=np.zeros(3))
except ValueError as e:
    print(e)
