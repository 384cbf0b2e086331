# Counter counting an iterable: plain counts, existing non-int counts, subclasses that override
# __setitem__ or get (their methods are used), unhashable items, generators and strings
from collections import Counter, OrderedDict

words = "the cat and the hat and the bat".split()
c = Counter(words)
print(c, c.most_common(2), c["the"], c["zebra"])
c.update(iter(words[:3]))
print(c)
c.update("abracadabra")
print(sorted(c.items())[:6])
d = Counter({"x": 0.5, "y": 2**62})
d.update(["x", "y", "y", "z"])
print(d)
e = Counter(x % 3 for x in range(10))
print(e, e.total())

class Loud(Counter):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
l = Loud()
l.update("aba")
print(l)

class Doubling(Counter):
    def get(self, k, default=None):
        return 2 * super().get(k, default)
dd = Doubling()
dd.update("aab")
print(dd)

try:
    Counter([[1], [2]])
except TypeError as ex:
    print("TypeError:", ex)
try:
    Counter(5)
except TypeError as ex:
    print("TypeError:", ex)

mixed = Counter([1, 1.0, True, "1", (1,), (1,), None])
print(mixed)
print(Counter(OrderedDict(a=3, b=1)), Counter(a=2, b=-1) + Counter(a=1))
c2 = Counter()
c2.update([], x=5)
c2.update(x=1)
print(c2)
