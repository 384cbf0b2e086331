import copy
from collections import Counter, defaultdict, OrderedDict, deque, namedtuple
import numpy as np

a = [1, [2, 3], {'k': [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
a[1].append(99)
a[2]['k'].append(100)
print(a, s, d, s[1] is a[1], d[1] is a[1])
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) is not None, copy.deepcopy(t)[1] is t[1])
x = {'a': {1, 2}, 'b': frozenset([3])}
y = copy.deepcopy(x)
print(y == x, y['a'] is x['a'])
shared = [1]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is shared)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc is not cyc)

class Node:
    def __init__(self, val, children=None):
        self.val = val
        self.children = children or []
    def __repr__(self):
        return 'Node(' + repr(self.val) + ', ' + repr(self.children) + ')'

tree = Node(1, [Node(2), Node(3)])
shallow = copy.copy(tree)
deep = copy.deepcopy(tree)
tree.children[0].val = 20
print(shallow, deep, shallow.children is tree.children, type(deep).__name__)

class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print('__copy__ called')
        return Custom(self.v)
    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo))

c1 = copy.copy(Custom([1]))
c2 = copy.deepcopy(Custom([1]))
print(c1.v, c2.v)

class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = [1]
        self.b = 2
sl = copy.deepcopy(Slotted())
print(sl.a, sl.b)

cnt = Counter('aab')
dd = defaultdict(list, {'x': [1]})
od = OrderedDict(a=1)
dq = deque([[1], 2], maxlen=5)
P = namedtuple('P', 'x y')
p = P([1], 2)
for obj in [cnt, dd, od, dq, p]:
    sc, dc = copy.copy(obj), copy.deepcopy(obj)
    print(type(sc).__name__, sc, dc, sc == obj, dc == obj)
ddc = copy.deepcopy(dd)
ddc['x'].append(2)
ddc['new'].append(0)
print(dd, ddc)
pd = copy.deepcopy(p)
print(pd.x is p.x, pd)

arr = np.arange(6).reshape(2, 3)
ac = copy.copy(arr)
ad = copy.deepcopy({'w': arr})
arr[0, 0] = 100
print(ac, ad['w'], type(ad['w']).__name__)

class Sub(list):
    pass
sb = Sub([1, [2]])
sb.tag = 'x'
sbc = copy.deepcopy(sb)
print(type(sbc).__name__, sbc, sbc.tag, sbc[1] is sb[1])
print(copy.copy(5), copy.deepcopy('s'), copy.copy(None), copy.deepcopy(len) is len, copy.copy(int) is int)
