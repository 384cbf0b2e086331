# o.__class__ read at one site over plain classes, a __class__ property, a __getattribute__ override and builtins
class A: pass
class B(A):
    @property
    def __class__(self):
        return A
class C:
    def __getattribute__(self, n):
        return 'ga:' + n
def k(o):
    return o.__class__
objs = [A(), B(), C(), A(), 5, 'x', [1]]
print([k(o).__name__ if isinstance(k(o), type) else k(o) for o in objs])
a = A()
a.__class__ = B
print(k(a).__name__, type(a).__name__, isinstance(a, A))
