# Printing object arrays: elements by repr, lists as list([...]), line wrapping and summarising.
import numpy as np
from fractions import Fraction

print(repr(np.array([1, 'a', None], dtype=object)))
print(np.array([1, 'a', None], dtype=object))
print(repr(np.array([[1, 2], [3]], dtype=object)))
print(np.array([[1, 2], [3]], dtype=object))
y = np.array([[1, 'ab'], [None, 2.5]], dtype=object)
print(repr(y))
print(y)
print(repr(np.array(5, dtype=object)), np.array(5, dtype=object), repr(np.array('s', dtype=object)))
print(str(np.array([{'k': [1, 2]}, (1, 2)], dtype=object)))
print(repr(np.array([Fraction(1, 3), Fraction(1, 6)], dtype=object)))
print(repr(np.array([np.nan, 1.0, -0.0, 1e20, 1.5e-10], dtype=object)))
print(repr(np.arange(30).astype(object)))
print(repr(np.array(['long string number %d' % i for i in range(8)], dtype=object)))
print(repr(np.arange(2000).astype(object)))
print(repr(np.array([b'x', 'y'], dtype=object)))
print(np.array2string(np.array([1, 'a'], dtype=object), separator=', '))
print(repr(np.array([np.arange(3), None], dtype=object)))
