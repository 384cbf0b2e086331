# Errors CPython 3.11 raises while making a class: a metaclass conflict between the bases (or with an
# explicit metaclass), a base listed twice, class keywords that reach object.__init_subclass__ (named by
# the new class's qualname), and object.__new__ given a non-type.
import abc


def t(src):
    try:
        exec(src, {})
        print("ok")
    except Exception as e:
        print(type(e).__name__ + ":", e)


t("""
class M1(type): pass
class M2(type): pass
class X1(metaclass=M1): pass
class X2(metaclass=M2): pass
class Y(X1, X2): pass
""")
t("""
class M1(type): pass
class M2(type): pass
class X1(metaclass=M1): pass
class Y(X1, metaclass=M2): pass
""")
t("""
class M1(type): pass
class M2(M1): pass
class X1(metaclass=M1): pass
class Y(X1, metaclass=M2): pass
print(type(Y).__name__)
class Z(Y, X1): pass
print(type(Z).__name__)
""")
t("""
import abc, enum
class A(abc.ABC): pass
class E(enum.Enum): pass
class C(A, E): pass
""")
t("class W(object, object): pass")
t("""
class A: pass
class B(A, A): pass
""")
t("""
class Base:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
class Q(Base, flag=1): pass
""")
t("""
class Base:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(1)
class Q(Base): pass
""")
t("class Q(flag=1): pass")
t("""
class O:
    class Inner(flag=1): pass
""")
t("""
class Base:
    def __init_subclass__(cls, flag=None, **kw):
        print("flag", flag)
        super().__init_subclass__(**kw)
class Q(Base, flag=1): pass
""")
t("object.__init_subclass__(x=1)")
t("print(object.__init_subclass__())")
t("object.__new__(5)")
for args in [("Y", (type("M", (type,), {})("A", (), {}), abc.ABC), {}), ("W", (object, object), {})]:
    try:
        type(*args)
    except TypeError as e:
        print(e)
