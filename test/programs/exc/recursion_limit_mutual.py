# mutual recursion (two and three functions, a method pair through self) stops at the recursion limit as in CPython
import sys
last = None
def ping(n):
    global last
    last = n
    return 0 if not n else pong(n - 1) + 1
def pong(n):
    global last
    last = n
    return 0 if not n else ping(n - 1) + 1
print(ping(900))
try:
    ping(10 ** 6)
except RecursionError as e:
    print("RecursionError", e, 10 ** 6 - last)
class Walker:
    def left(self, n):
        return 0 if not n else self.right(n - 1) + 1
    def right(self, n):
        return 0 if not n else self.left(n - 1) + 1
try:
    Walker().left(10 ** 6)
except RecursionError as e:
    print("RecursionError", e)
def a(n):
    return 0 if not n else b(n - 1) + 1
def b(n):
    return 0 if not n else c(n - 1) + 1
def c(n):
    global last
    last = n
    return 0 if not n else a(n - 1) + 1
sys.setrecursionlimit(2000)
try:
    a(10 ** 6)
except RecursionError as e:
    print("RecursionError", e, (10 ** 6 - last) // 3)
print(a(1500))
