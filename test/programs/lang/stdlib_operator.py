import operator
from operator import itemgetter, attrgetter, methodcaller

print(operator.add(2, 3), operator.sub(2, 3), operator.mul('ab', 2), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.mod(7, 3), operator.pow(2, 10), operator.neg(5), operator.pos(-5), operator.abs(-3), operator.not_(0))
print(operator.eq(1, 1), operator.ne(1, 1), operator.lt(1, 2), operator.le(2, 2), operator.gt(1, 2), operator.ge(3, 2))
print(operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.inv(5), operator.invert(0), operator.lshift(1, 4), operator.rshift(16, 2))
print(operator.getitem([1, 2, 3], 1), operator.getitem('abc', slice(1, None)), operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1), operator.indexOf('abc', 'c'))
print(operator.index(7), operator.truth([]), operator.is_(None, None), operator.is_not(1, None), operator.concat([1], [2]))
lst = [1]
print(operator.iadd(lst, [2]), lst, operator.iadd(1, 2), operator.imul([0], 3), operator.isub(5, 1), operator.ior({1}, {2}))
d = {}
operator.setitem(d, 'k', 1)
print(d)
operator.delitem(d, 'k')
print(d)
try:
    operator.index(1.5)
except TypeError as e:
    print(e)
try:
    operator.indexOf([1], 5)
except ValueError as e:
    print(e)
rows = [('b', 2, 'x'), ('a', 3, 'y'), ('c', 1, 'z')]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(0)))
print(itemgetter(0, 2)(rows[0]), itemgetter('k')({'k': 9}), itemgetter(slice(2))('hello'), list(map(itemgetter(1), rows)))
print(repr(itemgetter(1)), repr(itemgetter('a', 'b')))

class P:
    def __init__(self, name, sub=None):
        self.name = name
        self.sub = sub
    def greet(self, greeting, punct='!'):
        return greeting + ' ' + self.name + punct

p = P('bob', P('inner'))
print(attrgetter('name')(p), attrgetter('sub.name')(p), attrgetter('name', 'sub.name')(p))
print(repr(attrgetter('a.b', 'c')), sorted([P('z'), P('a')], key=attrgetter('name'))[0].name)
try:
    attrgetter('nope')(p)
except AttributeError as e:
    print(e)
print(methodcaller('greet', 'hi')(p), methodcaller('greet', 'yo', punct='?')(p), methodcaller('upper')('abc'))
print(repr(methodcaller('greet', 'hi', punct='?')))
print(operator.length_hint([1, 2, 3]), operator.length_hint(iter([]), 7) >= 0)
from functools import reduce
print(reduce(operator.mul, range(1, 6)), operator.__add__(1, 2))
