# a class body reading a module global that a function also reads (`M = M`): the name's inline cache
# temporary is declared (was an internal error)
def g():
    return M
M = int
class C:
    M = M
    N = M
print(C.M, C.N, g())
def f():
    x = 3
    class D:
        x = x if False else 4
        y = len
    return D.x, D.y
print(f())
