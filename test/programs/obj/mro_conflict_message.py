# TypeError text when C3 linearisation fails: CPython names the remaining heads and breaks the line
class A: pass
class B(A): pass
class C(B): pass
for bases in [(A, B), (A, C, B)]:
    try:
        type('X', bases, {})
    except TypeError as e:
        print(type(e).__name__, repr(str(e)))

class O: pass
class P(O): pass
class Q(O): pass
class R(P, Q): pass
class S(Q, P): pass
try:
    class Z(R, S): pass
except TypeError as e:
    print(e)
