# `for a, b in …` loops (and comprehensions) take dict items, enumerate and two-way zip by pairs, without a tuple each: same values, errors (size change, strict zip, bad unpacking) and targets as CPython
d = {'a': 1, 'b': 2, 'c': 3}
for k, v in d.items(): print(k, v, end='; ')
print()
for i, x in enumerate('xyz', 10): print(i, x, end='; ')
print()
for a, b in zip([1, 2, 3], 'ab'): print(a, b, end='; ')
print()
for a, b in [(1, 2), [3, 4], 'xy', {5: 0, 6: 0}]: print(a, b, end='; ')
print()
print([k * v for k, v in d.items()], {v: k for k, v in d.items()}, [(i, c) for i, c in enumerate('ab')])
print(sum(a * b for a, b in zip(range(5), range(5, 10))))
try:
    for k, v in d.items():
        d['new' + k] = 0
except RuntimeError as e:
    print('RuntimeError', e)
for tag, arr in [('strict', None)]:
    try:
        for a, b in zip([1, 2, 3], [4, 5], strict=True): print(a, b)
    except ValueError as e:
        print('ValueError', e)
    try:
        for a, b in zip([1, 2], [4, 5, 6], strict=True): print(a, b)
    except ValueError as e:
        print('ValueError', e)
try:
    for a, b in [(1, 2, 3)]: pass
except ValueError as e:
    print('ValueError', e)
try:
    for a, b in [5]: pass
except TypeError as e:
    print('TypeError', e)
class O: pass
o = O(); lst = [0, 0]
for o.x, lst[1] in enumerate('pq'): pass
print(o.x, lst)
for (a, b) in zip(*[iter([1, 2, 3, 4])] * 2): print(a, b, end='; ')
print()
e = enumerate(['u', 'v', 'w'])
next(e)
for i, x in e: print(i, x, end='; ')
print()
it = iter(d.items())
next(it)
for k, v in it: print(k, v, end='; ')
print()
for i, (a, b) in enumerate(zip('ab', 'cd')): print(i, a, b, end='; ')
print()
for k, v in d.items():
    if v == 2: break
else:
    print('no break')
print(k, v)
big = {i: i * i for i in range(100000)}
s = 0
for k, v in big.items(): s += k + v
for i, v in enumerate(big.values()): s += i
print(s)
def gen():
    try:
        yield (1, 2); yield (3, 4)
    finally:
        print('gen closed')
for a, b in gen():
    break
print('after')
