# __call__, __bool__, __len__ truthiness
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, times=1):
        return (x + self.n) * times
add5 = Adder(5)
print(add5(1), add5(1, times=3), callable(add5), callable(Adder), callable(3))
print(list(map(Adder(10), [1, 2, 3])))
class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool called")
        return self.v
print(bool(Flag(True)), not Flag(False))
if Flag(False):
    print("no")
else:
    print("falsy flag")
print(Flag(True) and "and-result")
class Sized:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(bool(Sized(0)), bool(Sized(3)), "yes" if Sized(1) else "no")
class Plain: pass
print(bool(Plain()))
class Both:
    def __bool__(self): return False
    def __len__(self): return 10
print(bool(Both()))
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
while_count = 0
s = Sized(3)
while s:
    s.n -= 1
    while_count += 1
print(while_count)
