# expression statements, chained assignment, tuple/list unpacking, starred targets
1 + 2
"a docstring-like expression"
x = y = z = 7
print(x, y, z)
a = b = []
a.append(1)
print(a is b, b)
p, q = 1, 2
p, q = q, p
print(p, q)
(r, s), t = (3, 4), 5
print(r, s, t)
[u, v] = "hi"
print(u, v)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
h, *mid, tl = "abcdef"
print(h, mid, tl)
*empty, one, two = (10, 20)
print(empty, one, two)
m, (n, *o) = 1, [2, 3, 4]
print(m, n, o)
lst = [0, 0, 0]
lst[0], lst[2] = "x", "z"
print(lst)
d = {}
d["k"] = d["j"] = 5
print(d)
class C: pass
c = C()
c.a, c.b = 1, 2
print(c.a + c.b)
i = 0
lst2 = [10, 20, 30]
i, lst2[i] = 1, 99
print(i, lst2)
for k, (v1, v2) in enumerate([(1, 2), (3, 4)]):
    print(k, v1, v2)
try:
    g, h2 = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    g, h2, j = [1, 2]
except ValueError as e:
    print("ValueError:", e)
