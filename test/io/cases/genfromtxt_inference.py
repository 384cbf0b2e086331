import numpy as np
print(repr(np.genfromtxt(["1,,3", "4,,6"], delimiter=',', dtype=None)))
print(repr(np.genfromtxt([",1,3", ",4,6"], delimiter=',', dtype=None)))
print(repr(np.genfromtxt(["a,,x", "b,,y"], delimiter=',', dtype=None, encoding='utf-8')))
print(repr(np.genfromtxt(["1 2", "3 4"], dtype=None, defaultfmt='c%d', names=None)))
print(repr(np.genfromtxt(["1 x", "3 y"], dtype=None, defaultfmt='c%d', encoding=None)))
