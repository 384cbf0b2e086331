# itertools.groupby: groups, keys, laziness (items read only when needed), groups that stop once the
# groupby moves on, errors and keyword arguments
from itertools import groupby

print([(k, list(g)) for k, g in groupby("aaabccdaa")])
print([(k, len(list(g))) for k, g in groupby(sorted([3, 1, 2, 3, 1, 1]))])
print([(k, list(g)) for k, g in groupby(["apple", "avocado", "banana", "blueberry", "cherry"], key=lambda w: w[0])])
print(list(groupby([])), [k for k, _ in groupby([1, 1, 2, 2, 2, 1])])

def noisy():
    for x in [1, 1, 2, 3, 3]:
        print("read", x)
        yield x

def key(x):
    print("key", x)
    return x

g = groupby(noisy(), key)
print("made")
k1, grp1 = next(g)
print("first key", k1)
print("first item", next(grp1))
k2, grp2 = next(g)
print("second key", k2, "old group now", list(grp1))
print("rest of second", list(grp2))
print("remaining", [(k, list(gr)) for k, gr in g])
print(next(g, "done"))

groups = list(groupby("xxyz"))
print([(k, list(gr)) for k, gr in groups])

class Weird:
    def __init__(self, v): self.v = v
    def __eq__(self, other): return isinstance(other, Weird) and abs(self.v - other.v) < 2
    def __repr__(self): return f"W{self.v}"
print([(k, list(gr)) for k, gr in groupby([Weird(1), Weird(2), Weird(3), Weird(9)])])
print([(k, list(gr)) for k, gr in groupby(iterable=[1, 1, 2], key=None)], type(groupby([])).__name__)
for bad in (lambda: groupby(), lambda: groupby(1), lambda: groupby([], None, 3), lambda: groupby([], foo=1), lambda: groupby([1], iterable=[2])):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    list(groupby([1, 2], key=lambda x: 1 / (x - 2)))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
k, gr = next(groupby("ab"))
print(type(gr).__name__, iter(gr) is gr)
