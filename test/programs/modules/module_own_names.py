import re, math, os
print(hasattr(re, "print"), hasattr(math, "len"), hasattr(math, "sqrt"))
try:
    math.print
except AttributeError as e:
    print(e)
import __main__
x = 5
print(__main__.x, hasattr(__main__, "len"), "x" in dir(__main__), __main__.__dict__["x"])
def f(): pass
print(f.__globals__ is globals(), f.__globals__["x"])
import re, json
try:
    re.print("x")
except AttributeError as e:
    print(e)
try:
    print(json.len)
except AttributeError as e:
    print(e)
print(getattr(re, "len", 7), "len" in dir(re), "print" in vars(re))
def h(): pass
h.__globals__["zz"] = 3
print(zz, h.__globals__["h"] is h)
