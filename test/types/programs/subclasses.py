# dict and set subclasses: instances keep their class, __missing__, fromkeys, set operators give base types
class Counter(dict):
    def __missing__(self, k):
        return 0
c = Counter()
for ch in "hello":
    c[ch] += 1
print(c, type(c).__name__, isinstance(c, dict), c.get("z"), c["z"])
class Ordered(dict):
    pass
o = Ordered.fromkeys("ab", 1)
print(o, type(o).__name__, type(dict.fromkeys("x")).__name__)
o2 = Ordered({"k": 1})
print(o2, o2 | {"j": 2}, type(o2 | {"j": 2}).__name__, type(o2.copy()).__name__)
class S(set):
    def total(self):
        return sum(self)
s = S([1, 2, 3])
print(sorted(s), s.total(), type(s).__name__, type(s | {4}).__name__, type(s.copy()).__name__)
class FS(frozenset):
    pass
f = FS([1, 2])
print(sorted(f), type(f).__name__, f == frozenset([1, 2]), type(f & {1}).__name__)
