import warnings
import numpy as np


def f(x):
    return np.array([1.0]) / x


warnings.warn("hello")
for i in range(3):
    f(0)
f(0)
warnings.warn("dep", DeprecationWarning)
warnings.warn("pending", PendingDeprecationWarning)


def g():
    warnings.warn("level two", stacklevel=2)


g()
g()
np.log(np.array([0.0]))
np.exp(np.array([1000.0]))
np.polyfit([1, 2, 3], [1, 2, 3], 5)
warnings.warn(RuntimeWarning("an instance"))
warnings.warn("far up", stacklevel=10)
with np.errstate(divide="ignore"):
    np.array([1.0]) / 0
print("done")
