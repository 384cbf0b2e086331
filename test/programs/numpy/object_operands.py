# Arrays meet arbitrary Python objects element by element (NumPy does not defer to them), unless they
# opt out with __array_ufunc__ = None or a higher __array_priority__; iterables that are not sequences
# become 0-d object arrays.
import numpy as np
import collections


class Radd:
    def __radd__(self, other):
        return 'radd'


class Priority:
    __array_priority__ = 20

    def __radd__(self, other):
        return 'Priority.radd'


class OptOut:
    __array_ufunc__ = None

    def __radd__(self, other):
        return 'OptOut.radd'


a = np.arange(2)
for expr in ['a + None', 'a + Radd()', 'a + {}', 'a < None', 'a == None', 'a != None', 'None == a', 'a + set()',
             'a + Priority()', 'a + OptOut()', 'np.float64(1) + Radd()', 'a >= {}']:
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as ex:
        print(expr, '!!', type(ex).__name__, ex)

print(repr(np.array(a.flat)), repr(np.array(collections.deque([1, 2]))), repr(np.array({1: 2})), repr(np.array({3})))
print(repr(np.array(x for x in [1])).startswith('array(<generator'), np.array(map(int, '12')).dtype)
print(repr(np.asarray(range(3))), repr(np.array('abc')))
