# loadtxt / genfromtxt read datetime64 and timedelta64 columns and record fields (bad text names row and column).
import numpy as np, io
def show(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
show(lambda: np.loadtxt(io.StringIO("2024-01-01\n2024-02-03"), dtype='M8[D]'))
show(lambda: np.loadtxt(io.StringIO("2024-01-01 5\n2024-02-03 6"), dtype=[('d', 'M8[s]'), ('n', 'i4')]))
show(lambda: np.loadtxt(io.StringIO("2024-01-01,NaT\n2024-02-03,2024-05"), dtype='M8[D]', delimiter=','))
show(lambda: np.loadtxt(io.StringIO("1\n2"), dtype='m8[h]'))
show(lambda: np.loadtxt(io.StringIO("bad"), dtype='M8[D]'))
show(lambda: np.genfromtxt(io.StringIO("2024-01-01,1\n2024-02-03,2"), delimiter=',', dtype=[('d', 'M8[D]'), ('n', 'i4')]))
show(lambda: np.genfromtxt(io.StringIO("2024-01-01\n2024-02-03"), dtype='M8[D]'))
csv = "date,temp,city\n2024-01-01,3.5,Oslo\n2024-01-02,-1.25,Oslo\n2024-01-03,7,Rome\n"
d = np.loadtxt(io.StringIO(csv), delimiter=',', skiprows=1, dtype={'names': ('date', 'temp', 'city'), 'formats': ('M8[D]', 'f8', 'U10')})
print(d, d['temp'].mean(), d['date'].max(), np.diff(d['date']))
