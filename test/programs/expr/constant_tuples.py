# tuple displays of constants: values, nesting, negative numbers, floats, big ints, bytes, None/bools,
# used as loop sources, keys, arguments and return values (CPython folds them into one constant)
def dirs():
    return ((0, 1), (1, 0), (0, -1), (-1, 0))
print(dirs(), dirs() == dirs(), type(dirs()[0]).__name__)
t = 0
for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
    t += dr * 10 + dc
print(t)
mixed = (1, -2, 3.5, -0.0, 2.0, 10**30, -10**30, "s", b"b", None, True, False, (), ((1,), (-1.5, "x")))
print(mixed, [type(x).__name__ for x in mixed])
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "a"}[(1, 2)], (1, 2) in {(1, 2)}, (1, 2) + (3,), (1, 2) * 2)
def f():
    return (1, 2, 3)
a = f()
b = list(a)
b.append(4)
print(a, b, f(), len(f()), f()[::-1], sorted((3, 1, 2)), max((4, 9, 2)))
print((-1,), (+2,), (-(3),), (1.0,), (-2.5e-3, 1e300), (0, 0.0, -0.0), ("a", ("b", ("c",))))
x = (1, [2])
x[1].append(3)
print(x)
print(isinstance((1,), tuple), ((1, 2), (3, 4))[1][0])
