# for loops and comprehensions over tuples: plain, pairs, nested, empty, break/else, tuple subclasses
# with their own __iter__, and a tuple rebound while it is looped over
t = (3, 1, 2)
for x in t:
    print(x, end=" ")
print()
for a, b in ((1, "a"), (2, "b")):
    print(a, b)
for x in ():
    print("never")
else:
    print("empty else")
for x in (1, 2, 3, 4):
    if x == 3:
        break
else:
    print("no")
print(x, [y * 2 for y in t], {y: str(y) for y in t}, sum(y for y in t))
class Rev(tuple):
    def __iter__(self):
        return iter(list(tuple.__iter__(self))[::-1])
r = Rev((1, 2, 3))
print([v for v in r], list(r))
for v in r:
    print("rev", v)
for a, b in Rev(((1, 2), (3, 4))):
    print("pair", a, b)
pts = ((0, 0), (1, 2), (3, 4))
for p in pts:
    pts = ((9, 9),)
    print(p)
for i, (p, q) in enumerate(((5, 6), (7, 8))):
    print(i, p, q)
try:
    for a, b in ((1, 2), (3,)):
        print(a, b)
except ValueError as e:
    print("ValueError:", e)
nested = ((1, (2, 3)), (4, (5, 6)))
for a, (b, c) in nested:
    print(a + b + c, end=" ")
print()
