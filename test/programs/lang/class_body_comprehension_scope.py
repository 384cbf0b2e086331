# Functions and comprehensions inside a class body skip the class's names: a name the class binds is,
# inside them, the enclosing function's or the module's (which the compiler may keep in a JS local).
class K:
    pass


x = 5


class K2:
    x = 6
    y = [x for _ in range(2)]
    z = x

    def f(self):
        return x


print(K2.y, K2.z, K2().f())


def outer():
    n = 1

    class C:
        n = 2
        m = [n * 10 for _ in range(2)]
        k = n

        def g(self):
            return n

    n += 1
    return C.m, C.k, C().g()


print(outer())
