# self-recursive functions and methods stop at sys.getrecursionlimit(), as in CPython
import sys


def depth_of(n):
    if n == 0:
        return 0
    return 1 + depth_of(n - 1)


print(sys.getrecursionlimit())
print(depth_of(900))
try:
    depth_of(5000)
except RecursionError as e:
    print("RecursionError:", e)
# probed from the module's own frame: a function called through other (non-recursive) frames gets as
# many levels fewer in CPython, which ndpy does not count
deepest = 0
for n in range(990, 1010):
    try:
        depth_of(n)
        deepest = n
    except RecursionError:
        break
print("deepest at the default limit:", deepest)


class Node:
    def __init__(self, child=None):
        self.child = child

    def length(self):
        return 1 if self.child is None else 1 + self.child.length()


chain = None
for _ in range(1500):
    chain = Node(chain)
try:
    print(chain.length())
except RecursionError as e:
    print("method:", type(e).__name__, e)

short = None
for _ in range(300):
    short = Node(short)
print(short.length())

sys.setrecursionlimit(200)
for n in range(190, 210):
    try:
        depth_of(n)
        deepest = n
    except RecursionError:
        break
print(sys.getrecursionlimit(), "deepest:", deepest)
sys.setrecursionlimit(3000)
print(sys.getrecursionlimit(), depth_of(2500))
print(chain.length())
sys.setrecursionlimit(1000)


def countdown(n, out):
    if n:
        out.append(n)
        countdown(n - 1, out)


acc = []
try:
    countdown(10 ** 6, acc)
except RecursionError:
    print("stopped after", len(acc), "calls")

# the program goes on normally after catching it
print(sum(depth_of(k) for k in range(100)))
