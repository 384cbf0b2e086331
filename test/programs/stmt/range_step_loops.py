# for-in-range loops with every kind of step: none, literal (positive and negative), and variable steps
# whose sign is only known at run time; the loop counts must match range()'s length exactly
for args in [(5,), (0,), (-3,), (2, 9), (9, 2), (0, 10, 3), (10, 0, -3), (0, 10, -1), (10, 0, 2),
             (-5, 5, 4), (5, -5, -4), (1, 2, 10**15), (0, 7, 7), (0, 8, 7), (-7, 0, 7), (3, 3, 1), (3, 3, -1)]:
    out = []
    for i in range(*args):
        out.append(i)
    lit = []
    if len(args) == 3:
        start, stop, step = args
        for i in range(start, stop, step):
            lit.append(i)
    print(args, out == lit or len(args) < 3, out, len(out) == len(range(*args)))

n = 3
for i in range(10, 0, -n):
    print(i, end=' ')
print()
# the step is read once: changing the variable inside the loop changes nothing
for i in range(0, 10, n):
    n = 100
    print(i, end=' ')
print()
print([i for i in range(0, 20, n)], [i for i in range(20, 0, -n)])
for i in range(2, -3, -1):
    print(i, end=' ')
print()
for k in range(1, 4):
    for j in range(k * k, 20, k):
        print(j, end=' ')
    print('|', end=' ')
print()
# a sieve over range(i * i, n, i), the loop this was made fast for
def primes(limit):
    sieve = [True] * limit
    for i in range(2, limit):
        if sieve[i]:
            yield i
            for j in range(i * i, limit, i):
                sieve[j] = False
print(sum(primes(100000)), list(primes(50)))
# break, else and the loop variable after the loop
for i in range(0, 30, n // 10):
    if i > 25:
        break
else:
    print('no break')
print(i)
for i in range(5, 0, -2):
    pass
else:
    print('else', i)
try:
    for i in range(0, 10, 0):
        pass
except ValueError as e:
    print('ValueError:', e)
step = 2.0
try:
    for i in range(0, 10, step):
        pass
except TypeError as e:
    print('TypeError:', e)
