# a chararray prints and iterates its elements as indexing reads them: without trailing whitespace
# (the data keeps it: tolist, + and the itemsize still see it)
import numpy as np

ca = np.char.array(['abc ', 'de\t', ' x'])
print(ca)
print(repr(ca))
print(ca[0:1], repr(ca.reshape(1, 3)))
print(ca.tolist(), list(ca), [x for x in ca])
print(repr(ca * 2), ca.upper(), repr(ca + '|'))
cb = np.char.array([b'ab ', b'c'])
print(cb, repr(cb), cb.upper(), list(cb))
print(repr(np.char.array(['a  '] * 3).reshape(3, 1)))
