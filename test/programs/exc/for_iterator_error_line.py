# an error raised by a for loop's iterator is reported at the for line (tracebacks printed to stdout)
import traceback
def show():
    # the script's path differs between machines: the traceback's lines without it
    for line in traceback.format_exc().splitlines():
        print(line.replace(__file__, 'FILE'))
def gen(n):
    for i in range(n):
        yield i, i
    raise ValueError("boom %d" % n)
def f():
    total = 0
    for a, b in gen(2):
        total += a
        total += b
    return total
try:
    f()
except ValueError:
    show()
try:
    for x in gen(1):
        pass
except ValueError:
    show()
d = {1: 2}
try:
    for k in d:
        d[k + 1] = 0
except RuntimeError:
    show()
