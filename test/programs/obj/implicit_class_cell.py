# the implicit __class__ of methods, of functions and comprehensions nested in them, and of nested classes
class A:
    def f(self):
        return __class__
    def g(self):
        def inner():
            return __class__
        return inner()
    @classmethod
    def h(cls):
        return [__class__ for _ in range(1)]
    def k(self):
        class B:
            def m(self):
                return __class__
        return B().m(), __class__
class C(A):
    pass
print(A().f().__name__, A().g().__name__, A.h(), C().f().__name__, [c.__name__ for c in A().k()])
def outside():
    return __class__
try:
    outside()
except NameError as e:
    print('NameError:', e)
