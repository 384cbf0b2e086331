# genfromtxt / loadtxt with dtype=object: fields kept as text (bytes for genfromtxt, str for loadtxt).
import numpy as np
from io import StringIO

data = """5.1,3.5,1.4,0.2,Iris-setosa
4.9,3.0,1.4,0.2,Iris-setosa
7.0,3.2,4.7,1.4,Iris-versicolor
6.4,3.2,4.5,1.5,Iris-versicolor
6.3,3.3,6.0,2.5,Iris-virginica
"""
iris = np.genfromtxt(StringIO(data), delimiter=',', dtype='object')
print(iris[:3])
print(repr(iris[:2]))
species = np.genfromtxt(StringIO(data), delimiter=',', dtype=object, usecols=(4))
print(species[:3], repr(species))
print(np.unique(iris[:, 4], return_counts=True))
iris[[0, 2], [1, 3]] = np.nan
print(iris)
volume = np.pi * iris[:, 2].astype('float') * (iris[:, 0].astype('float') ** 2) / 3
print(np.append(iris, volume[:, np.newaxis], axis=1))
print(repr(np.genfromtxt(StringIO('1,a\n,b'), delimiter=',', dtype=object, encoding='utf-8')))
print(repr(np.loadtxt(StringIO(data), delimiter=',', dtype=object)[:2]))
print(repr(np.loadtxt(StringIO("1,a\n2,b"), delimiter=',', dtype=object)))
