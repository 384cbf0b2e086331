# "'T' object is not callable": the call whose callee is not a function the file defines, a builtin or
# a module's function (when one call is left; none is marked when several could be).
import math
import traceback


def f(x):
    return x


count = 5


def show():
    print(traceback.format_exc().replace(__file__, "F"))


try:
    val = f(f(f(1)))(2)
except TypeError:
    show()
try:
    print(len([1]) + count())
except TypeError:
    show()
try:
    r = sorted([3, 1], key=5)
except TypeError:
    show()
try:
    r = [f(1), f(2)][0]()
except TypeError:
    show()
try:
    r = (lambda: 3)()()
except TypeError:
    show()
try:
    list = [1, 2]
    r = f(list((1, 2)))
except TypeError:
    show()
try:
    r = math.floor(f(2.5))() + 1
except TypeError:
    show()
