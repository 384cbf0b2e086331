from collections import Counter, defaultdict, OrderedDict, deque, namedtuple, ChainMap
import collections
c = Counter('abracadabra')
print(c)
print(c.most_common(2), c['z'], c.total())
print(sorted(c.elements()))
c.update(['a', 'z']); c.subtract({'b': 5})
print(c)
d = Counter(a=3, b=1) ; e = Counter(a=1, b=2)
print(d + e, d - e, d | e, d & e, -e, +Counter(x=-1, y=2))
d += e; print(d)
print(Counter() == Counter(), Counter(a=0) == Counter(), Counter(), repr(Counter({1: 2})))
del d['nope']; print(d)
dd = defaultdict(list)
dd['x'].append(1); dd['y']
print(dd, dd.default_factory, isinstance(dd, dict))
di = defaultdict(int); 
for ch in 'hello': di[ch] += 1
print(di, dict(di))
n = defaultdict(); 
try: n['q']
except KeyError as ex: print('KeyError', ex)
try: defaultdict(3)
except TypeError as ex: print(ex)
od = OrderedDict([('a', 1), ('b', 2), ('c', 3)])
od.move_to_end('a'); print(od)
od.move_to_end('c', last=False); print(od, list(od.keys()))
print(od.popitem(), od.popitem(last=False), od, OrderedDict())
q = deque([1, 2, 3])
q.append(4); q.appendleft(0); print(q, q.popleft(), q.pop(), q, len(q), q[0], q[-1])
q.extendleft([9, 8]); print(q); q.rotate(2); print(q); q.rotate(-1); print(q)
m = deque(range(10), maxlen=3); print(m, m.maxlen); m.appendleft(-1); print(m)
try: deque().pop()
except IndexError as ex: print(ex)
try: deque([1])[5]
except IndexError as ex: print(ex)
print(3 in q, list(reversed(q)), q == deque(q), deque([1,2]) < deque([1,3]))
bfs = deque(); 
for i in range(200): bfs.append(i)
s = 0
while bfs:
    x = bfs.popleft(); s += x
    if x < 50: bfs.append(x + 1000)
print(s)
for i in range(100): bfs.appendleft(i)
print(len(bfs), bfs[0], bfs[99], list(bfs)[:3])
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=5), Point._fields, tuple(p), p == (1, 2), hash(p) == hash((1, 2)))
a, b = p; print(a + b, isinstance(p, tuple), type(p).__name__, Point._make([3, 4]))
P3 = namedtuple('P3', 'a b c', defaults=[0, 1])
print(P3(5), P3._field_defaults, P3(1, 2, 3))
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=3), lambda: Point(1, x=2), lambda: P3(), lambda: P3(1,2,3,4), lambda: Point._make([1])]:
    try: bad()
    except TypeError as ex: print(ex)
for bad in ['1x', 'def', '_a', 'x x']:
    try: namedtuple('T', ['a', bad] if bad != 'x x' else ['x', 'x'])
    except ValueError as ex: print(ex)
print(namedtuple('R', 'a def _c', rename=True)._fields)
try: p._replace(z=1)
except ValueError as ex: print(ex)
print(sorted([Point(2, 1), Point(1, 5)]), max(Point(2, 1), Point(1, 5)).x)
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm, cm['a'], cm['b'], len(cm), list(cm), 'b' in cm, cm.get('z', 0))
cm['c'] = 5; print(cm.maps[0], cm.new_child({'a': 0})['a'], cm.parents)
try: del cm['b']
except KeyError as ex: print('KeyError', ex)
