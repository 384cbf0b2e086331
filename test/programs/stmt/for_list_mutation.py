# a for loop or comprehension over a list sees the list as it changes, like list_iterator
a = [1, 2, 3]
for x in a:
    if x < 4:
        a.append(x + 3)
print(a)
b = [1, 2, 3, 4, 5, 6]
seen = []
for x in b:
    seen.append(x)
    if x == 2:
        del b[0]
print(seen, b)
c = [1, 2, 3]
print([c.append(0) or x for x in c if len(c) < 6])
d = [3, 4]
for x in d:
    d.clear()
    print("once", x)
else:
    print("else", d)
print([x * y for x in [1, 2] for y in [10, 20]])
class L(list):
    def __iter__(self):
        return iter([9, 8])
print([x for x in L([1, 2])])
for x in L([1]):
    print(x)
for ch in "héllo":
    print(ch, end=" ")
print()
for k in {"a": 1, "b": 2}:
    print(k)
t = 0
for (p, q) in [(1, 2), (3, 4)]:
    t += p * q
print(t)
