# from collections.abc import …: a real submodule over the classes collections defines
from collections.abc import Iterable, Mapping, Sequence
import collections.abc
import collections
print(isinstance([1], Iterable), isinstance({}, Mapping), isinstance((1,), Sequence), collections.abc.Sequence, collections.abc is collections.abc)
class M(Mapping):
    def __init__(self): self.d = {'a': 1}
    def __getitem__(self, k): return self.d[k]
    def __len__(self): return 1
    def __iter__(self): return iter(self.d)
print(list(M().items()), M().get('b', 0), 'a' in M())
