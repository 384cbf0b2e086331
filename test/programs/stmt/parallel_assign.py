# parallel assignment: evaluation order, swaps, nested targets, subscripts/attributes, errors
log = []
def f(x):
    log.append(x)
    return x
a, b = 1, 2
a, b = b, a
print(a, b)
a, b = f(b), f(a + b)
print(a, b, log)
x = [0, 1, 2]
i = 0
i, x[i] = 2, 9
print(i, x)
class P: pass
p = P()
p.u, p.v = f("u"), f("v")
print(p.u, p.v, log)
(c, d), e = (3, 4), 5
print(c, d, e)
[g, h] = [h2 := 7, h2 + 1]
print(g, h)
m, n = n2, o2 = 1, 2
print(m, n, n2, o2)
try:
    q, r = 1, 2, 3
except ValueError as err:
    print("ValueError", err)
try:
    q, r, s = [1, 2]
except ValueError as err:
    print("ValueError", err)
try:
    q, r = f(1), 1 / 0
except ZeroDivisionError as err:
    print("ZeroDivisionError", err, log[-1])
fa, fb = 0, 1
for _ in range(90):
    fa, fb = fb, fa + fb
print(fa)
s1, s2 = "ab"
print(s1, s2)
t = (1, 2)
u, v = t
print(u, v)
def gen():
    yield 1
    yield 2
w, z = gen()
print(w, z)
k = [1, 2, 3]
k[0], k[2] = k[2], k[0]
print(k)
