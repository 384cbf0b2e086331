# containers holding themselves: [...], (...), {...}, a deque's [...] and the reprs built on them
from dataclasses import dataclass, field
import reprlib
@dataclass
class N:
    v: int
    kids: list = field(default_factory=list)
a = N(1); a.kids.append(a); print(a)
class R:
    def __init__(self): self.me = self
    @reprlib.recursive_repr()
    def __repr__(self): return f'R({self.me!r})'
print(R())
d = {}; d[1] = [d]; print(d)
from collections import OrderedDict, deque, defaultdict
o = OrderedDict(); o['x'] = o; print(o)
q = deque(); q.append(q); print(q)
dd = defaultdict(list); dd['k'].append(dd); print(dd)
s = [1]; t = (s,); s.append(t); print(s, t)
