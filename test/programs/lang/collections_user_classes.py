# collections.UserDict / UserList / UserString: wrappers over .data whose operations use overridable methods
from collections import UserDict, UserList, UserString
from collections.abc import MutableMapping, MutableSequence


class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


d = LowerDict({'ABC': 1}, Xy=2)
d['Q'] = 3
d.update([('MIXed', 4)])
print(d, d.data, 'abc' in d, 'ABC' in d, len(d), d.get('zz', 0), sorted(d))
print(d.pop('q'), d.setdefault('new', 5), d, isinstance(d, MutableMapping), d == {'abc': 1, 'xy': 2, 'mixed': 4, 'new': 5})
c = d.copy()
c['ZZ'] = 9
print(type(c).__name__, c, 'zz' in d, d | {'k': 0}, LowerDict.fromkeys('AB', 0))
try:
    d['missing']
except KeyError as e:
    print(type(e).__name__, e)


class Defaulting(UserDict):
    def __missing__(self, key):
        return f"<{key}>"


print(Defaulting(a=1)['a'], Defaulting()['b'])


class Stack(UserList):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]


s = Stack([3, 1])
s.push(2)
print(s, s.peek(), len(s), s[0:2], type(s[0:2]).__name__, s + [9], [0] + s, s * 2)
s.sort()
s.extend(Stack([7]))
s += (8,)
print(s, s.index(7), s.count(1), 2 in s, s == [1, 2, 3, 7, 8], s.pop(), s, isinstance(s, MutableSequence))
s.reverse()
del s[0]
print(s, list(reversed(s)), sorted(Stack([5, 4])), Stack() == [])


class Name(UserString):
    def initials(self):
        return ''.join(w[0] for w in self.data.split())


n = Name('ada lovelace')
print(n, repr(n), n.title(), type(n.title()).__name__, n.upper().initials(), n.split(), n.find('love'))
print(n + '!', type(n + '!').__name__, len(n), n[0], type(n[0]).__name__, 'ada' in n, n == 'ada lovelace')
print(sorted([Name('b'), Name('a')]), n.replace('a', 'A'), n.startswith('ada'), n.center(16, '*'), [type(ch).__name__ for ch in Name('xy')])
