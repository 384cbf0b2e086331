# global and nonlocal
counter = 0
def inc():
    global counter
    counter += 1
inc(); inc()
print(counter)
def make_global():
    global created
    created = "made inside"
make_global()
print(created)
def outer():
    x = 0
    def bump():
        nonlocal x
        x += 1
        return x
    bump(); bump()
    return x, bump
val, fn = outer()
print(val, fn(), fn())
def make_counter():
    count = 0
    def counter():
        nonlocal count
        count += 1
        return count
    return counter
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
def deep():
    a = 1
    def mid():
        def inner():
            nonlocal a
            a = "changed"
        inner()
    mid()
    return a
print(deep())
