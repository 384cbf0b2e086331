# in-place dunders and their fallback to binary operators
class Acc:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"Acc({self.v})"
    def __iadd__(self, o): self.v += o; return self
    def __isub__(self, o): self.v -= o; return self
    def __imul__(self, o): self.v *= o; return self
    def __itruediv__(self, o): self.v /= o; return self
    def __ifloordiv__(self, o): self.v //= o; return self
    def __imod__(self, o): self.v %= o; return self
    def __ipow__(self, o): self.v **= o; return self
    def __ilshift__(self, o): self.v <<= o; return self
    def __irshift__(self, o): self.v >>= o; return self
    def __iand__(self, o): self.v &= o; return self
    def __ior__(self, o): self.v |= o; return self
    def __ixor__(self, o): self.v ^= o; return self
    def __imatmul__(self, o): self.v = self.v * 100 + o; return self
a = Acc(3)
orig = a
a += 5; print(a)
a -= 1; print(a)
a *= 3; print(a)
a //= 4; print(a)
a **= 2; print(a)
a %= 7; print(a)
a <<= 4; print(a)
a >>= 2; print(a)
a |= 3; print(a)
a &= 6; print(a)
a ^= 15; print(a)
a @= 1; print(a)
a /= 4; print(a)
print(a is orig)
class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return OnlyAdd(self.v + o)
b = OnlyAdd(1)
before = b
b += 10
print(b.v, b is before)
class NotImpl:
    def __init__(self): self.log = []
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return "fell back to __add__"
c = NotImpl()
c += 1
print(c)
t = (1, 2)
t2 = t
t += (3,)
print(t, t2)
