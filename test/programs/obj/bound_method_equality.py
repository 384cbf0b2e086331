# Bound methods compare equal when they bind the same object to the same function, and hash alike:
# listeners.remove(self.on_event), x.f in handlers, builtin methods such as lst.append
class A:
    def m(self): pass
a = A(); b = A()
print(a.m == a.m, a.m != a.m, a.m == b.m, a.m is a.m, hash(a.m) == hash(a.m), A.m == A.m)
l = [a.m, b.m]; l.remove(b.m); print(len(l), a.m in l, {a.m: 1}[a.m])
print([].append == [].append, len({a.m, a.m}))
print(len == len, len == print, print.__eq__(print), hash(len) == hash(len))
import math
print(math.sqrt == math.sqrt, {len: 1}[len])
class B:
    def f(self): pass
    @classmethod
    def c(cls): pass
print(B.c == B.c, B().f == B().f, B.f == B.f)
x = B()
handlers = [x.f]
print(x.f in handlers, handlers.index(x.f))
