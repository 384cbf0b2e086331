# timeit: string and callable statements, setup, globals, repeat, autorange (values are timings: only their kind is printed)
import timeit
t = timeit.timeit('sum(range(100))', number=1000)
print(type(t).__name__, t > 0)
def f():
    return [i * i for i in range(50)]
print(timeit.timeit(f, number=200) > 0, len(timeit.repeat('x = 1', repeat=3, number=10)))
x = 5
print(timeit.Timer('y = x * 2', globals=globals()).timeit(100) >= 0)
print(timeit.timeit('a + b', setup='a = 1; b = 2', number=10) >= 0, timeit.default_timer() > 0)
n, tt = timeit.Timer('pass').autorange(); print(n >= 1, tt >= 0.2)
