# `x in c` / `x not in c`: the left operand is evaluated first; dicts, strs, lists, sets, tuples, ranges,
# dict views, user containers, and keys that are equal across types (1, 1.0, True; NaN; str subclasses)
log = []
def L(v):
    log.append(repr(v))
    return v
print(L(1) in L([1, 2]), L('a') not in L('abc'), L(3) in L({3: 'x'}), log)
log.clear()
print(L(2) < L(3) in L([True]), log)

d = {1: 'one', 'k': 2, (1, 2): 3, 2.5: 4, None: 5}
for k in [1, 1.0, True, 2, 'k', 'K', (1, 2), (1, 2.0), 2.5, None, 0, False, frozenset()]:
    print(repr(k), k in d, k not in d)
class S(str):
    pass
print(S('k') in d, S('zz') in d, 'el' in S('hello'), S('el') in 'hello')
nan = float('nan')
print(nan in [nan], nan in {nan: 1}, float('nan') in {nan: 1}, nan in (nan,))
print('' in 'abc', 'abc' in 'abc', 'abcd' in 'abc', 'b' in ['abc'], 'b' in {'b'}, 3 in range(1, 5), 5 in range(1, 5, 2))
print(1 in d.keys(), 'one' in d.values(), (1, 'one') in d.items(), 2 in {1: 2}.values())
class Box:
    def __init__(self, items):
        self.items = items
    def __contains__(self, x):
        print('contains', x)
        return x in self.items
class Seq:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError
        return i * 10
print(2 in Box([1, 2]), 9 not in Box([1]), 20 in Seq(), 25 in Seq())
class Key:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, Key) and o.v == self.v
    def __hash__(self):
        return hash(self.v)
kd = {Key(1): 'a'}
print(Key(1) in kd, Key(2) in kd, 1 in kd)
counts = {}
for w in "a b a c b a".split():
    if w in counts:
        counts[w] += 1
    else:
        counts[w] = 1
print(counts)
for bad in [lambda: 1 in 'abc', lambda: 'a' in 5, lambda: [] in {}]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
