# functions taking *args called positionally in loops: the tuple they get, with and without leading
# parameters and defaults, and the errors for too few arguments
def total(*args):
    s = 0
    for a in args:
        s += a
    return s, type(args).__name__, len(args)

def head(a, *rest):
    return a, rest

def dflt(a, b=2, *rest):
    return a, b, rest

def kwo(a, *rest, sep='-'):
    return sep.join(map(str, (a,) + rest))

acc = 0
for i in range(1000):
    acc += total(i, 1, 2)[0] + total()[0] + head(i)[0] + len(head(i, i, i)[1])
print(acc)
print(total(), total(5), total(1, 2, 3), head(1), head(1, 2, 3), dflt(1), dflt(1, 5), dflt(1, 5, 6, 7), kwo(1, 2, 3), kwo(1, 2, sep='+'))
args = [4, 5, 6]
print(total(*args), head(*args), dflt(*args[:1]), total(*range(4)), head(*'xyz'))
t = head(1, 2, 3)[1]
print(t, t is head(1, 2, 3)[1], isinstance(t, tuple), hash(t) == hash((2, 3)))
for bad in [lambda: head(), lambda: dflt(), lambda: total(x=1), lambda: head(1, a=2)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
