# NameError.name; uncaught, CPython suggests the closest local variable, then global, then builtin
import math

counter = 0
try:
    print(countr)
except NameError as e:
    print(e, '|', e.name, vars(e))
try:
    [y for y in range(3) if yy]
except NameError as e:
    print(e.name)
print(NameError('x').name)


def average(values, weights):
    total_weight = sum(weights)
    return sum(v * w for v, w in zip(values, weights)) / total_weigth


print(average([1, 2], [3, 4]) if False else 'start')
average([1, 2], [3, 4])
