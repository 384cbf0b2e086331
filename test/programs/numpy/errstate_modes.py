import numpy as np
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
# errstate & warnings-as-values
with np.errstate(divide='raise'):
    t(lambda: np.array([1.0]) / 0)
with np.errstate(invalid='raise'):
    t(lambda: np.sqrt(np.array([-1.0])))
    t(lambda: np.array([0.0]) / 0)
with np.errstate(over='raise'):
    t(lambda: np.array([1e308]) * 10)
    t(lambda: np.exp(np.array([1000.0])))
with np.errstate(all='raise'):
    t(lambda: np.float64(1) / 0)
    t(lambda: np.int64(1) // 0)
    t(lambda: np.array([1]) // 0)
    t(lambda: np.log(np.array([0.0])))
t(lambda: np.geterr())
t(lambda: np.seterr(divide='bogus'))
old = np.seterr(all='ignore'); t(lambda: np.array([1.0]) / 0); np.seterr(**old)
t(lambda: np.errstate(foo='raise'))
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    np.array([1.0]) / 0
    np.log(-1.0)
    np.mean([])
    print([str(x.message) for x in w], [x.category.__name__ for x in w])
with warnings.catch_warnings():
    warnings.simplefilter('error')
    t(lambda: np.array([1.0]) / 0)
    t(lambda: np.float64(1) / 0)
    t(lambda: np.array([2**62]) * 4 if False else np.int64(2**62) * 4)
    t(lambda: np.array([1.5]).astype(int) if False else np.array([np.nan]).astype(int))
for f in [lambda: np.seterr(divide='bogus'), lambda: np.errstate(divide='bogus') is not None, lambda: np.seterr(foo='raise'), lambda: np.seterr(all=5)]:
    t(f)
try:
    with np.errstate(divide='bogus'): pass
except Exception as e: print(type(e).__name__, e)
with np.errstate(all='ignore'):
    print(np.array([1.0]) / 0, np.geterr())
print(np.geterr())
