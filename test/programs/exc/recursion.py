# deep recursion works up to a reasonable depth; infinite recursion raises RecursionError
import sys
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("caught RecursionError", isinstance(e, RuntimeError))
print("still running", depth(100))
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError:
    print("mutual recursion caught")
class Loop:
    def __repr__(self):
        return repr(self)
try:
    repr(Loop())
except RecursionError:
    print("recursive __repr__ caught")
print(depth(900) if sys.getrecursionlimit() >= 1000 else 900)
