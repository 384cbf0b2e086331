# Generators whose loops hold no yield run those loops as outlined functions (src/compile/outline.ts):
# locals flow in and out, return/break/continue inside them, exceptions keep their line, closures see
# the current values.
def sieve(limit):
    flags = [True] * limit
    for i in range(2, limit):
        if flags[i]:
            yield i
            for j in range(i * i, limit, i):
                flags[j] = False

print(sum(sieve(10000)), list(sieve(30)))

def running(xs):
    total = 0
    count = 0
    for x in xs:
        for k in range(x):
            if k == 3:
                continue
            if k > 6:
                break
            total += k
            count += 1
        yield total, count

print(list(running([1, 4, 9, 2])))

def finder(rows, target):
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v == target:
                return (r, c)
        yield r
    return None

g = finder([[1, 2], [3, 4], [5, 6]], 4)
got = []
try:
    while True:
        got.append(next(g))
except StopIteration as e:
    print(got, e.value)

def failing(n):
    acc = 0
    yield acc
    for i in range(n):
        acc += 10 // (3 - i)
    yield acc

g = failing(5)
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e, e.__traceback__.tb_next.tb_lineno)

def closures():
    fs = []
    n = 0
    while n < 3:
        n += 1
    yield n
    for i in range(3):
        fs.append(lambda: i * n)
    yield [f() for f in fs]

print(list(closures()))

def early_close():
    seen = []
    try:
        for batch in range(5):
            s = 0
            for k in range(batch * 3):
                s += k
            seen.append(s)
            yield s
    finally:
        print('closed after', seen)

g = early_close()
print(next(g), next(g), next(g))
g.close()

def uncaught(n):
    for i in range(n):
        pass
    yield i
    for k in range(3):
        d = {}[k]
    yield d

for v in uncaught(2):
    print('got', v)
