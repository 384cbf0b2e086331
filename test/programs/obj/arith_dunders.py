# every arithmetic dunder, with reflected variants
class N:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"N({self.v})"
    def __add__(self, o): return N(self.v + (o.v if isinstance(o, N) else o))
    def __radd__(self, o): return N(o + self.v)
    def __sub__(self, o): return N(self.v - (o.v if isinstance(o, N) else o))
    def __rsub__(self, o): return N(o - self.v)
    def __mul__(self, o): return N(self.v * (o.v if isinstance(o, N) else o))
    def __rmul__(self, o): return N(("r", o, self.v))
    def __truediv__(self, o): return N(self.v / o)
    def __rtruediv__(self, o): return N(o / self.v)
    def __floordiv__(self, o): return N(self.v // o)
    def __rfloordiv__(self, o): return N(o // self.v)
    def __mod__(self, o): return N(self.v % o)
    def __rmod__(self, o): return N(o % self.v)
    def __divmod__(self, o): return (self.v // o, self.v % o)
    def __rdivmod__(self, o): return ("rdivmod", o)
    def __pow__(self, o, mod=None): return N(pow(self.v, o, mod) if mod else self.v ** o)
    def __rpow__(self, o): return N(o ** self.v)
    def __lshift__(self, o): return N(self.v << o)
    def __rlshift__(self, o): return N(o << self.v)
    def __rshift__(self, o): return N(self.v >> o)
    def __rrshift__(self, o): return N(o >> self.v)
    def __and__(self, o): return N(self.v & o)
    def __rand__(self, o): return N(o & self.v)
    def __or__(self, o): return N(self.v | o)
    def __ror__(self, o): return N(o | self.v)
    def __xor__(self, o): return N(self.v ^ o)
    def __rxor__(self, o): return N(o ^ self.v)
    def __neg__(self): return N(-self.v)
    def __pos__(self): return N(+self.v * 2)
    def __abs__(self): return N(abs(self.v))
    def __invert__(self): return N(~self.v)
    def __lt__(self, o): return self.v < (o.v if isinstance(o, N) else o)
    def __le__(self, o): return self.v <= o
    def __gt__(self, o): return self.v > o
    def __ge__(self, o): return self.v >= o
    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v)
    def __index__(self): return int(self.v)
    def __round__(self, nd=None): return N(round(self.v, nd))
n = N(6)
print(n + 1, 1 + n, n + N(2), n - 1, 10 - n, n * 2, 10 * n, n * N(3))
print(n / 4, 3 / n, n // 4, 25 // n, n % 4, 20 % n, divmod(n, 4), divmod(4, n))
print(n ** 2, 2 ** n, pow(n, 2, 5), n << 1, 1 << n, n >> 1, 256 >> n)
print(n & 3, 3 & n, n | 1, 1 | n, n ^ 5, 5 ^ n)
print(-n, +n, abs(N(-3)), ~n)
print(n < 7, n <= 6, n > 7, n >= 6, 7 > n, 5 < n, N(1) < N(2))
print(int(N(3.7)), float(N(2)), [10, 20, 30][N(1)], hex(N(255)), round(N(2.567), 1), round(N(2.5)))
print(sorted([N(3), N(1), N(2)]), max(N(3), N(5)), min([N(4), N(2)]))
print(sum([N(1), N(2)]))
class Only:
    def __add__(self, o): return NotImplemented
class Rev:
    def __radd__(self, o): return "Rev.__radd__ got " + type(o).__name__
print(Only() + Rev())
try:
    Only() + 1
except TypeError as e:
    print("TypeError:", e)
class Sub(N):
    def __radd__(self, o): return "subclass radd first"
print(N(1) + Sub(2))
