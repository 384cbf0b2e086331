# itertools.count / itertools.repeat: iteration, reprs and length hints
import itertools as it
import operator

print(it.count(), it.count(2.5), it.count(1, 2), it.count(1, 1.0), it.count(step=-1))
c = it.count(10, 5)
print(next(c), next(c), c)
r = it.repeat('a', 3)
print(r, next(r), r, list(r), r)
print(it.repeat(None), list(it.repeat(0, -2)), operator.length_hint(it.repeat(1, 4)))
print(list(zip(it.count(1), 'abc')), list(map(pow, range(5), it.repeat(2))))
print(list(it.islice(it.count(0.5, 0.25), 4)))
