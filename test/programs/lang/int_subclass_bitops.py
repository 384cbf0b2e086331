# Binary operators on instances of int (and float, str, tuple) subclasses that do not override them
# work on the underlying values and give results of the base type, as CPython's int methods do;
# also operations mixing subclass instances with plain values.

class K(int):
    pass

class F(float):
    pass

class S(str):
    pass

class T(tuple):
    pass

a, b = K(6), K(3)

def show(label, f):
    try:
        r = f()
        print(label, '->', repr(r), type(r).__name__)
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)

show('a | b', lambda: a | b)
show('a & b', lambda: a & b)
show('a ^ b', lambda: a ^ b)
show('a << b', lambda: a << b)
show('a >> K(1)', lambda: a >> K(1))
show('a + b', lambda: a + b)
show('a - b', lambda: a - b)
show('a * b', lambda: a * b)
show('a / b', lambda: a / b)
show('a // b', lambda: a // b)
show('a % b', lambda: a % b)
show('a ** b', lambda: a ** b)
show('a | 1', lambda: a | 1)
show('1 | a', lambda: 1 | a)
show('True & K(1)', lambda: True & K(1))
show('a // K(0)', lambda: a // K(0))
show('F(1.5) + F(2)', lambda: F(1.5) + F(2))
show('F(1.5) * K(2)', lambda: F(1.5) * K(2))
show('K(2) * F(1.5)', lambda: K(2) * F(1.5))
show("S('a') + S('b')", lambda: S('a') + S('b'))
show("S('ab') * K(2)", lambda: S('ab') * K(2))
show('[0] * K(3)', lambda: [0] * K(3))
show("S('%s-%s') % (S('x'), K(1))", lambda: S('%s-%s') % (S('x'), K(1)))
show('T((1,)) + T((2,))', lambda: T((1,)) + T((2,)))
show("a | 'x'", lambda: a | 'x')
show('a & 1.5', lambda: a & 1.5)
show('~a, -a, abs(K(-2))', lambda: (~a, -a, abs(K(-2))))

x = K(12)
x |= K(3)
print(repr(x), type(x).__name__)
x <<= K(1)
print(repr(x), type(x).__name__)

class Flags(int):
    def __or__(self, other):
        return Flags(int(self) | int(other))
    __ror__ = __or__
    def __repr__(self):
        return f'Flags({int(self)})'

print(Flags(1) | K(2), K(2) | Flags(1), Flags(4) & K(6), type(Flags(4) & K(6)).__name__)
