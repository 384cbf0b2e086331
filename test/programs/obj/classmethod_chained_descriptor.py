# classmethod around another descriptor asks it (CPython 3.11 chains __get__): @classmethod @property gives a
# class property; a partial (no __get__) or an lru_cache wrapper still receives the class first.
from functools import partial, lru_cache
def g(*a):
    return a
class A:
    f = partial(g, 1)
    h = classmethod(partial(g, 2))
    @classmethod
    @property
    def name(cls):
        return cls.__name__.lower()
    @classmethod
    @lru_cache
    def cached(cls, x):
        return (cls.__name__, x)
print(A().f(5), A.f(6), A.h(7), A().h(8), A.name, A().name, A.cached(3), A().cached(3))
class B(A): pass
print(B.name, B.h(1), B.cached(4))


class Callable:
    def __call__(self, *a):
        return a


class D:
    h = classmethod(partial(g, 2))
    k = classmethod(Callable())


print(D.h, D.k, D.k(1))
