f = lambda x: 1 / x
def g(v):
    return [f(i) for i in v]
g([1, 0])
