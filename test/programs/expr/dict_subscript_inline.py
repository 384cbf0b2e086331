# d[k] reads a plain dict inline when k is stored as itself; every other case (equal keys of other
# types, tuples, subclasses with __missing__, misses) gives CPython's answer through the generic path.
from collections import defaultdict, Counter, OrderedDict
nan = float('nan')
d = {1: 'int one', 'a': 'str a', 2.5: 'float', (1, 2): 'tuple', 10**20: 'big', nan: 'nan', None: 'none', -0.0: 'negzero'}
print(d[1], d[1.0], d[True], d['a'], d[2.5], d[(1, 2)], d[10**20], d[nan], d[None], d[0], d[0.0], d[False])
k = 1
print(d[k], d[k + 0.0], d[k == 1])
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return self.v == (o.v if isinstance(o, K) else o)
d[K('x')] = 'user key'
print(d[K('x')], d['x'] if 'x' in d else 'no x', d[K(1)])
obj = object()
d[obj] = 'identity'
print(d[obj])
class M(dict):
    def __missing__(self, key): return f'missing {key!r}'
m = M(a=1)
print(m['a'], m['b'], m[3])
dd = defaultdict(list)
dd['x'].append(1)
print(dd['x'], dd['y'], sorted(dd))
c = Counter('hello')
print(c['l'], c['z'])
od = OrderedDict(b=2, a=1)
print(od['a'])
for key in ['zz', 3, (1, 3), 2.0, K('nope')]:
    try:
        d[key]
    except KeyError as e:
        print('KeyError', repr(e.args[0]) if not isinstance(key, K) else type(e.args[0]).__name__)
words = {'w%d' % i: i for i in range(100)}
total = 0
for i in range(20000):
    total += words['w%d' % (i % 100)] + words['w7']
print(total)
lst = [10, 20, 30]
print(lst[1], lst[-1], 'abc'[1], (4, 5, 6)[2], range(10)[3])
