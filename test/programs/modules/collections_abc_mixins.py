# collections.abc: abstract methods (instantiating a subclass that leaves one abstract fails, with
# CPython's message), the mixins each ABC provides (Iterator.__iter__, Set operators and comparisons,
# MutableSet methods, Generator.__next__/close, Mapping/Sequence helpers), the ABCMeta metaclass shared
# with abc.ABC, and structural checks for classes that only define the methods
import abc
from collections.abc import (Iterable, Iterator, Sequence, Mapping, MutableMapping, MutableSequence, Set,
                             MutableSet, Generator, Hashable, Sized, Container, Callable, Reversible)
class It(Iterator):
    def __init__(self):
        self.n = 0
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
it = It()
print(list(It()), iter(it) is it, isinstance(it, Iterable))
class X(Mapping, abc.ABC):
    def __getitem__(self, k):
        if k not in "ab":
            raise KeyError(k)
        return k.upper()
    def __iter__(self):
        return iter("ab")
    def __len__(self):
        return 2
x = X()
print(dict(x), type(X).__name__, isinstance(Mapping, abc.ABCMeta), x.get("z", 0), "a" in x, x == {"a": "A", "b": "B"})
class S(Set):
    def __init__(self, it=()):
        self.d = list(dict.fromkeys(it))
    def __contains__(self, x):
        return x in self.d
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)
a, b = S([1, 2, 3]), S([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), type(a & b).__name__)
print(a <= S([1, 2, 3, 4]), a < a, a == S([3, 2, 1]), a != b, a >= S([1]), a.isdisjoint(S([9])), sorted(a & [3, 9]))
class MS(MutableSet):
    def __init__(self, it=()):
        self.d = set(it)
    def __contains__(self, x):
        return x in self.d
    def __iter__(self):
        return iter(sorted(self.d))
    def __len__(self):
        return len(self.d)
    def add(self, v):
        self.d.add(v)
    def discard(self, v):
        self.d.discard(v)
m = MS([5, 1])
m |= [7, 8]; m -= [8]; m.remove(5)
print(list(m), m.pop(), list(m))
try:
    m.remove(42)
except KeyError as e:
    print("KeyError", e)
class Gen(Generator):
    def __init__(self):
        self.i = 0
    def send(self, v):
        self.i += 1
        if self.i > 2:
            raise StopIteration
        return self.i
    def throw(self, typ, val=None, tb=None):
        raise StopIteration
print(list(Gen()), next(Gen()), Gen().close())
for cls in (Iterable, Sized, Sequence, Mapping, MutableMapping, MutableSequence, Set, MutableSet, Iterator, Hashable, Container, Callable, Reversible):
    try:
        type("Bad" + cls.__name__, (cls,), {})()
    except TypeError as e:
        print(e)
print(sorted(Sequence.__abstractmethods__), sorted(MutableMapping.__abstractmethods__), S.__abstractmethods__)
class Duck:
    def __iter__(self):
        return iter([])
    def __len__(self):
        return 0
print(isinstance(Duck(), Iterable), isinstance(Duck(), Sized), isinstance(Duck(), Container), issubclass(Duck, Iterable))
print(isinstance([], MutableSequence), isinstance((), Sequence), isinstance({}, MutableMapping), isinstance(frozenset(), Set), isinstance(set(), MutableSet))
