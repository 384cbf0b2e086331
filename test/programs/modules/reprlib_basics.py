# reprlib: the size-limited repr of containers, strings and ints; Repr limits; recursive_repr
import reprlib
from collections import deque
print(reprlib.repr(list(range(100))))
print(reprlib.repr(tuple(range(3))), reprlib.repr((1,)), reprlib.repr(tuple(range(20))))
print(reprlib.repr('x' * 100))
print(reprlib.repr(2 ** 200))
print(reprlib.repr({i: str(i) for i in range(10)}))
print(reprlib.repr(set(range(50))), reprlib.repr(frozenset('abcdefghij')), reprlib.repr(set()))
print(reprlib.repr([[[[[[[[1]]]]]]]]))
print(reprlib.repr(deque(range(10))))
r = reprlib.Repr()
r.maxlist = 3
r.maxstring = 12
print(r.repr(list(range(10))), r.repr('abcdefghijklmnopqrstuvwxyz'))
r.maxlevel = 1
print(r.repr([1, [2, [3]], {'a': 1}]), r.repr({'k': [1, 2]}))
class Big:
    def __repr__(self): return 'Big(' + 'z' * 50 + ')'
print(reprlib.repr(Big()))
class Node:
    def __init__(self): self.children = []
    @reprlib.recursive_repr()
    def __repr__(self): return 'Node(%r)' % self.children
n = Node(); n.children.append(n); n.children.append(1)
print(repr(n))
class L(list):
    @reprlib.recursive_repr('<loop>')
    def __repr__(self): return 'L' + list.__repr__(self)
x = L([1]); x.append(x)
print(repr(x), Node.__repr__.__name__)
print(reprlib.repr({'b', 'a', 3}) if False else reprlib.repr({'b', 'a', 'c'}))
