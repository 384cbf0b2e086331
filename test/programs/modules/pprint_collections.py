# pprint: layouts of OrderedDict, defaultdict (default_factory shown), Counter (most_common order),
# deque (maxlen on its own line), ChainMap, UserDict/UserList/UserString, SimpleNamespace and
# mappingproxy, with compact, depth, sort_dicts=False, indent, underscore_numbers and pp()
import pprint
import types
from collections import OrderedDict, defaultdict, Counter, deque, ChainMap, UserDict, UserList, UserString

od = OrderedDict((k, list(range(i * 3))) for i, k in enumerate('zyxwv'))
dd = defaultdict(list, {'b': [1, 2, 3], 'a': list(range(10))})
cnt = Counter('abracadabra alakazam')
cm = ChainMap({'a': 1, 'b': list(range(8))}, {'c': 3}, {})
ns = types.SimpleNamespace(b=1, a=list(range(12)), c='text here')
mp = types.MappingProxyType({'b': 1, 'a': list(range(12))})
for w in (20, 40, 200):
    print('width', w)
    pprint.pprint(od, width=w)
    pprint.pprint([od], width=w)
    pprint.pprint(dd, width=w)
    pprint.pprint({'x': dd}, width=w)
    pprint.pprint(cnt, width=w)
    pprint.pprint(deque(range(20), maxlen=30), width=w)
    pprint.pprint(deque(range(20)), width=w)
    pprint.pprint([deque(range(20), maxlen=25)], width=w)
    pprint.pprint(cm, width=w)
    pprint.pprint(UserDict({'b': 1, 'a': list(range(10))}), width=w)
    pprint.pprint(UserList(range(15)), width=w)
    pprint.pprint(UserString('hello world this is a user string'), width=w)
    pprint.pprint(ns, width=w)
    pprint.pprint(mp, width=w)
print('empty')
for obj in [OrderedDict(), defaultdict(int), defaultdict(None), Counter(), deque(), deque(maxlen=3), ChainMap(),
            types.SimpleNamespace(), types.MappingProxyType({}), UserDict(), UserList(), UserString('')]:
    pprint.pprint(obj, width=1)
print('subclasses')
class MyOD(OrderedDict): pass
class MyDD(defaultdict): pass
class MyC(Counter): pass
class MyDQ(deque): pass
class MyCM(ChainMap): pass
class MyNS(types.SimpleNamespace): pass
class MyS(set): pass
data = list(range(6))
for obj in [MyOD(a=data), MyDD(list, a=data), MyC('aabbbcdddd'), MyDQ(data, 20), MyCM({'a': data}), MyNS(a=data, bb='x'),
            MyS(data)]:
    pprint.pprint(obj, width=12)
print('indent')
for obj in [OrderedDict(a=data, b=1), defaultdict(list, a=data, b=1), Counter('aabbbcdeeee'), deque(data, 8), deque(data),
            ChainMap({'a': data}, {'b': 1}), types.SimpleNamespace(a=data, b=1), types.MappingProxyType({'a': data, 'b': 1}),
            UserList(data), UserDict(a=data)]:
    pprint.pprint(obj, width=12, indent=3)
print('options')
pprint.pprint(OrderedDict((str(i), i) for i in range(20)), compact=True, width=40)
pprint.pprint(deque(range(40), maxlen=50), compact=True, width=40)
pprint.pprint(Counter({'a': 10 ** 6, 'b': 2 * 10 ** 6, 'c': 5}), underscore_numbers=True)
pprint.pprint(Counter({'a': 10 ** 6, 'b': 2 * 10 ** 6, 'c': 5}), underscore_numbers=True, width=20)
pprint.pprint(defaultdict(int, {'z': 10 ** 7, 'a': 1}), underscore_numbers=True, width=20)
pprint.pprint(defaultdict(int, {'z': 10 ** 7, 'a': 1}), sort_dicts=False, width=20)
pprint.pp(defaultdict(int, {'z': 10 ** 7, 'a': 1}), width=20)
pprint.pp(UserDict({'z': [1] * 10, 'a': 1}), width=20)
deep = {'a': [[1, 2]] * 3, 'b': {'c': {'d': 'e'}}}
for d in (1, 2, 3):
    pprint.pprint(OrderedDict(deep), depth=d, width=30)
    pprint.pprint(defaultdict(list, deep), depth=d, width=30)
    pprint.pprint(UserList([deep]), depth=d, width=30)
    pprint.pprint(types.SimpleNamespace(**deep), depth=d, width=30)
    pprint.pprint(types.MappingProxyType(deep), depth=d, width=30)
    pprint.pprint([deque([deep], maxlen=5)], depth=d, width=30)
pprint.pprint([(1,), (1, 2), [1], {1: 2}, 'x' * 80], depth=1)
rec = types.SimpleNamespace(items=list(range(20)))
rec.me = rec
pprint.pprint(rec, width=30)
od2 = OrderedDict(a=list(range(20)))
od2['me'] = od2
print(pprint.pformat(od2, width=30).replace(str(id(od2)), 'ID'))
