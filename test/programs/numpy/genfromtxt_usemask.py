# genfromtxt(usemask=True): a masked array marking the missing fields
import numpy as np, io
m = np.genfromtxt(io.StringIO("1,,3\n4,5,\n"), delimiter=",", usemask=True)
print(m, type(m).__name__, m.mask, m.mean(), m.sum(axis=0))
m2 = np.genfromtxt(io.StringIO("1 2\n3 N/A\n"), missing_values="N/A", usemask=True)
print(m2, m2.filled(0))
m3 = np.genfromtxt(io.StringIO("7,8,9\n"), delimiter=",", usemask=True)
print(m3, m3.shape)
m4 = np.genfromtxt(io.StringIO("1,x\n2,3\n"), delimiter=",", usemask=True, missing_values="x", filling_values=-1)
print(m4, m4.data)
