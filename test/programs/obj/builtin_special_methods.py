# The special methods of builtin types called directly, and a list subclass's own __iadd__ /
# __imul__ / __reversed__ winning over the list behaviour; __class_getitem__ binds to the class
# subscripted (a plain function is made a classmethod, as type() does)
class L(list):
    def __iadd__(self, o):
        print("iadd", o)
        return self
    def __imul__(self, o):
        print("imul", o)
        return self
    def __reversed__(self):
        return iter("xy")
l = L([1]); l += [2]; l *= 3
print(l, list(reversed(l)), list(reversed([1, 2])))
class Plain(list):
    pass
p = Plain([1]); q = p; p += (2, 3); p *= 2
print(p, q is p, type(p).__name__, list(reversed(p)))
m = [1]; m.__iadd__([2]); print(m, m.__imul__(2), list.__iadd__(m, (9,)), list([3, 4].__reversed__()))
print(list(range(4).__reversed__()), range(0).__bool__(), range(2).__bool__(), None.__bool__())
print(divmod(7, -2), (7).__divmod__(2), (7.5).__divmod__(2), (7).__rdivmod__(30), (1).__divmod__("a"))
print((2.5).__round__(), (3.5).__round__(), (1234).__round__(-2), (2.675).__round__(2), (7).__round__())
class MI(int):
    pass
print(divmod(MI(7), 2), divmod(7, MI(2)), divmod(7.0, MI(2)))
try:
    divmod(1, "a")
except TypeError as e:
    print(e)
print((5).__getnewargs__(), (1.5).__getnewargs__(), (1+2j).__getnewargs__(), "s".__getnewargs__(), (1,).__getnewargs__())
print(b"x".__bytes__(), float.__getformat__("double"))
class ML(list):
    pass
print(list[int], ML[int], dict[str, list[int]], list.__class_getitem__(int), tuple[int, ...], type[int])
class A:
    def __class_getitem__(cls, k):
        return (cls.__name__, k)
class B(A):
    pass
class C:
    @classmethod
    def __class_getitem__(cls, k):
        return cls.__name__, k
class D(C):
    pass
print(B[int], A.__class_getitem__(str), A[1, 2], D[str], C.__class_getitem__(0))
print(dict.fromkeys.__self__, type(dict.fromkeys).__name__)
