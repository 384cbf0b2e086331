# dir(np) lists the names numpy's module __getattr__ provides lazily, so a misspelling of one of them
# is still matched by the uncaught report's suggestion.
import numpy as np

names = dir(np)
print([n for n in ["vectorize", "poly1d", "ma", "char", "matrix", "arange"] if n in names], names == sorted(names))
f = np.vectorise(len)
