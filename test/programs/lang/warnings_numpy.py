# NumPy's warnings go through the warnings module: filters, catch_warnings, 'error' and errstate
import warnings
import numpy as np

a = np.array([1.0, 0.0, -1.0])

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    a / 0
    np.log(a)
    np.exp(np.array([1000.0]))
    np.sqrt(a)
for x in w:
    print(x.category.__name__, str(x.message), x.lineno)

warnings.simplefilter("error")
try:
    np.array([1.0]) / 0
except RuntimeWarning as e:
    print("RuntimeWarning raised:", e)
with np.errstate(divide="ignore"):
    print(np.array([1.0]) / 0)
with np.errstate(divide="raise"):
    try:
        np.array([1.0]) / 0
    except FloatingPointError as e:
        print("FloatingPointError:", e)
try:
    np.polyfit([1, 2, 3], [1, 2, 3], 5)
except Warning as e:
    print(type(e).__name__, e, isinstance(e, RuntimeWarning))

warnings.resetwarnings()
warnings.simplefilter("ignore", RuntimeWarning)
with warnings.catch_warnings(record=True) as w:
    print(np.log(np.array([0.0])))
print(len(w))

# the default action shows a warning once per line
warnings.resetwarnings()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("default")
    for i in range(5):
        np.array([1.0]) / 0
    np.array([1.0]) / 0
print([x.lineno for x in w])

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    np.random.random_integers(1, 5)
print([(x.category.__name__, str(x.message)) for x in w])
