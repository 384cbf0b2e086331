class B:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class BL(L):
    def __bool__(self): return True
class N:
    __bool__ = None
class E: pass
class Sub(list): pass
for o in [B(True), B(False), L(0), L(3), BL(0), E(), Sub(), Sub([1])]:
    print(type(o).__name__, bool(o), "yes" if o else "no", not o)
for o in [B(1), L(-1), N(), L(2**70)]:
    try:
        print(bool(o))
    except Exception as e:
        print(type(e).__name__, e)
n = 0
q = L(3)
while q:
    q.n -= 1
    n += 1
print(n)
class N:
    __len__ = None
try:
    print(bool(N()))
except TypeError as e:
    print(e)
try:
    print(len(N()))
except TypeError as e:
    print(e)
