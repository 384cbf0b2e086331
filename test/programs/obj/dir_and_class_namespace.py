# dir() of builtin values and user classes lists what CPython's does: a class statement adds __dict__ and
# __weakref__ (unless __slots__ leaves them out), object has __getstate__/__reduce__/__sizeof__/
# __subclasshook__, builtin types list only the operators they define; __qualname__ is readable in the
# class body but is not kept in the class __dict__
for o in [1, 2.0, 3j, "s", b"b", [], (), {}, set(), frozenset(), True, None, range(3), object()]:
    print(type(o).__name__, [n for n in dir(o) if n.startswith("__")])
class A:
    "doc"
    x = 1
    print(__qualname__, __module__)
    class Inner:
        q = __qualname__
class S:
    __slots__ = ("a",)
class S2(S):
    pass
class W:
    __slots__ = ("a", "__weakref__")
print(dir(A))
print(dir(A()) == dir(A), dir(S()), "__dict__" in dir(S2), "__weakref__" in dir(W), "__dict__" in dir(W))
print(list(A.__dict__)[:3], A.__qualname__, A.Inner.q, A.Inner.__qualname__, list(S.__dict__))
class Renamed:
    __qualname__ = "Other.Name"
print(Renamed.__qualname__, Renamed.__name__, "__qualname__" in Renamed.__dict__)
a = A()
print(a.__getstate__()); a.y = 2; print(a.__getstate__())
s = S(); print(s.__getstate__()); s.a = 5; print(s.__getstate__(), object().__getstate__())
print(A.__subclasshook__(), object.__subclasshook__(int), hasattr(list, "__bool__"), hasattr(1.0, "__and__"))
# builtin classmethods bind as builtin methods, Python ones as methods
import inspect
class D(dict):
    @classmethod
    def make(cls):
        return cls.fromkeys("ab", 0)
print(type(dict.fromkeys).__name__, type(D.make).__name__, D.make(), type(D.make()).__name__)
print(inspect.ismethod(dict.fromkeys), inspect.ismethod(D.make), type(int.from_bytes).__name__)
# a builtin's operator takes a subclass instance of the other operand by value
class MyStr(str):
    pass
class MyList(list):
    pass
class MyTuple(tuple):
    pass
print("b" + MyStr("a"), [0] + MyList([1]), (0,) + MyTuple((1,)), type("b" + MyStr("a")).__name__)
print("%s!" % MyStr("x"), MyStr("ab") * 2, 2 * MyList([1]), bool(MyStr("")), bool(MyList([0])))
for f in [lambda: MyStr("a") - "b", lambda: 1.5 & 1, lambda: "a" + MyList(), lambda: 1j // 2]:
    try:
        f()
    except TypeError as e:
        print(e)
