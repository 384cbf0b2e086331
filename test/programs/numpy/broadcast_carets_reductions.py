# The caret line for a broadcast error in an expression that also combines an array with a whole-array
# reduction (`x - x.mean()`, `np.sum(x)`): that operation yields to a scalar and cannot be the failing one.
import traceback
import numpy as np

a = np.arange(6).reshape(2, 3)
b = np.arange(4)

def show(f):
    try:
        f()
    except Exception:
        for line in traceback.format_exc().splitlines():
            print(line.replace(__file__, "FILE"))

def centred():
    return (a - a.mean()) / b
def scaled():
    return a / np.sum(a) + b
def both():
    return (a - a.max()) * (b + b.min())

for f in [centred, scaled, both]:
    show(f)
