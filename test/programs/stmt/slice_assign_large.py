# Slice assignment: a long right-hand side (millions of items, into the middle and the whole list),
# generators and self-assignment, and CPython's messages for a non-iterable value.
a = [0] * 5
a[1:2] = range(3_000_000)
print(len(a), a[:3], a[-3:], a[1_500_000])
b = [1, 2]
b[:] = [7] * 2_000_000
print(len(b), b[0], b[-1])
b[10:] = []
print(b)
c = list(range(10))
c[2:5] = (x * x for x in range(3))
print(c)
c[1:] = c
print(c)
d = [1, 2, 3]
d[:0] = "ab"
d[len(d):] = range(2)
print(d)
for value in (5, None, 2.5):
    for sl in (slice(1, 2), slice(None, None, 2)):
        try:
            c[sl] = value
        except TypeError as e:
            print(type(e).__name__, e)
try:
    c[::2] = [1]
except ValueError as e:
    print(e)
print(c)
