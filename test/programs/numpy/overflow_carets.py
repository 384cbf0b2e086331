# The caret line under a traceback's source line when NumPy refuses a Python int its array's dtype cannot
# hold: the operator with that int (or constant arithmetic folding to it) as an operand, the item
# assignment storing it, and no line when the statement is the whole expression.
import traceback
import numpy as np

I = np.zeros(3, np.uint8)

def show(f):
    try:
        f()
    except Exception:
        for line in traceback.format_exc().splitlines():
            print(line.replace(__file__, "FILE"))

def scaled():
    F = I * (256 * 256) + I
def negated():
    print(I - -300)
def right_operand():
    x = (I + 1) * 300
def left_operand():
    x = 300 & I
def augmented():
    I += 300
def stored():
    I[0] = 300
def through_call():
    np.add(I, 300)

for f in [scaled, negated, right_operand, left_operand, augmented, stored, through_call]:
    show(f)
