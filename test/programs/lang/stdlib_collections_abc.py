import collections
from collections import deque, OrderedDict, Counter, defaultdict
abc = collections.abc
for v in [[1], (1,), 'ab', {1: 2}, {1}, frozenset(), 3, 2.5, None, iter([1]), range(3), len, deque(), Counter(), b'x', (x for x in [])]:
    print(type(v).__name__, [n for n in ['Iterable', 'Iterator', 'Sized', 'Container', 'Callable', 'Hashable', 'Sequence',
                                         'MutableSequence', 'Mapping', 'MutableMapping', 'Set', 'MutableSet', 'Collection', 'Reversible', 'Generator']
                             if isinstance(v, getattr(abc, n))])
print(issubclass(list, abc.Sequence), issubclass(dict, abc.Sequence), issubclass(OrderedDict, abc.Mapping))

class Bag(abc.Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)
    def __getitem__(self, k):
        return self._d[k]
    def __len__(self):
        return len(self._d)
    def __iter__(self):
        return iter(self._d)

b = Bag(x=1, y=2)
print(len(b), b['x'], b.get('z', 9), 'y' in b, 'q' in b, sorted(b.keys()), sorted(b.items()), sorted(b.values()))
print(isinstance(b, abc.Mapping), isinstance(b, abc.MutableMapping), isinstance({}, abc.Mapping), b == {'x': 1, 'y': 2})

class Seq(abc.Sequence):
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i
    def __len__(self):
        return self.n

s = Seq(5)
print(list(s), 9 in s, 7 in s, s.index(16), s.count(4), list(reversed(s)), isinstance(s, abc.Sequence), isinstance((1,), Seq))

class Store(abc.MutableMapping):
    def __init__(self):
        self.data = {}
    def __getitem__(self, k):
        return self.data[k]
    def __setitem__(self, k, v):
        self.data[k] = v * 10
    def __delitem__(self, k):
        del self.data[k]
    def __len__(self):
        return len(self.data)
    def __iter__(self):
        return iter(self.data)

st = Store()
st.update({'a': 1}, b=2)
print(st.data, st.setdefault('c', 3), st.pop('a'), st.pop('zz', 'dflt'), st.data)
try:
    st.pop('zz')
except KeyError as e:
    print('KeyError', e)
print(st.popitem(), st.data)

class Sz:
    def __len__(self):
        return 0
print(isinstance(Sz(), abc.Sized), isinstance(Sz(), abc.Iterable))
