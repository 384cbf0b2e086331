# import forms
import math
import sys as system
import os.path
from os.path import join as pjoin, basename
from math import pi, sqrt as square_root
import math as m2
print(math.floor(2.5), system is __import__("sys"), type(system.argv).__name__)
print(os.path.join("a", "b"), pjoin("x", "y", "z"), basename("/p/q.txt"))
print(pi == math.pi, square_root(16.0), m2 is math)
def local_import():
    import math as lm
    from math import factorial
    return lm.gcd(12, 18), factorial(5)
print(local_import())
try:
    import no_such_module_xyz
except ImportError as e:
    print(type(e).__name__, e)
try:
    from math import no_such_name
except ImportError as e:
    print("ImportError")
print(__name__)
