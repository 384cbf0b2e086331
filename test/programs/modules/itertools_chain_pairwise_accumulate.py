# itertools.chain (and from_iterable), pairwise and accumulate: laziness, errors, types, subclassing
import itertools, operator
from itertools import chain, pairwise, accumulate

print(list(chain([1, 2], (3,), "ab", {4: 5}, range(2))), list(chain()), list(chain([], [])))
print(list(chain.from_iterable(["ab", [1, 2], ()])), list(chain.from_iterable(x for x in ["xy", "z"])))
c = chain([1], [2, 3])
print(next(c), list(c), list(c), type(c).__name__, type(c) is chain, isinstance(c, chain), iter(c) is c)
def source():
    print("making first")
    yield [1, 2]
    print("making second")
    yield [3]
lazy = chain.from_iterable(source())
print("created")
print(next(lazy), next(lazy))
print(next(lazy))
print(next(lazy, "end"))
for bad in (lambda: chain(a=1), lambda: chain.from_iterable(5), lambda: list(chain([1], 2)), lambda: chain.from_iterable()):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
g = chain([1], 5)
print(next(g))
try:
    next(g)
except TypeError as e:
    print("TypeError:", e)

print(list(pairwise("abcd")), list(pairwise([1])), list(pairwise([])), type(pairwise([])).__name__)
for bad in (lambda: pairwise(), lambda: pairwise(1), lambda: pairwise([1], [2]), lambda: pairwise(a=1)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
p = pairwise(iter(range(4)))
print(next(p), list(p), list(p))

print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], operator.mul)), list(accumulate([], initial=10)))
print(list(accumulate([3, 1, 4], max, initial=2)), list(accumulate("abc")), list(accumulate([1.5, 2, 3j])))
print(list(accumulate([[1], [2]])), list(accumulate(range(5), lambda a, b: a - b, initial=None)))
try:
    list(accumulate([1, "a"]))
except TypeError as e:
    print("TypeError:", e)
a = accumulate(x * x for x in range(4))
print(next(a), list(a))

class Tagged(chain):
    def tag(self):
        return "tagged"
t = Tagged([1], [2])
print(t.tag(), list(t), type(t).__name__)
print(list(itertools.islice(chain.from_iterable(itertools.repeat([1, 2])), 5)))
