# any()/all() of a generator expression run as loops that stop at the deciding item (when the name is the builtin at run time): order of evaluation, early stop, errors in __bool__, shadowing, a shared iterator
nums = list(range(20))
print(any(x > 15 for x in nums), all(x < 15 for x in nums), any(x > 50 for x in nums), all(x >= 0 for x in nums))
print(any(x for x in []), all(x for x in []), any(a * b > 30 for a in range(8) for b in range(a) if a % 2))
seen = []
def probe(x):
    seen.append(x)
    return x
print(any(probe(x) > 3 for x in range(10)), seen)
seen.clear()
print(all(probe(x) < 3 for x in range(10)), seen)
class T:
    def __bool__(self): raise ValueError('no truth')
try:
    any(T() for _ in range(3))
except ValueError as e:
    print('ValueError', e)
def any(g):
    return 'shadowed ' + str(list(g))
print(any(x for x in range(3)))
del any
it = iter(range(10))
print(all(x < 4 for x in it), list(it))
k = 5
print(any(k == x for x in range(10)), all((lambda y: y < k)(x) for x in range(5)))
def f():
    return all(1 / (x - 3) for x in range(5))
f()
