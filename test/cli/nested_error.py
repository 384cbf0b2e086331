def inner(x):
    return {"a": 1}[x]

def outer(x):
    print("calling inner with", repr(x))
    return inner(x)

outer("a")
outer("b")
