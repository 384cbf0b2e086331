import warnings


def f():
    warnings.warn("deep", stacklevel=5)


f()
warnings.warn("multi",
              UserWarning)
x = [warnings.warn("in comp") for i in range(1)]


class C:
    warnings.warn("in class")


def gen():
    yield 1
    warnings.warn("in gen")
    yield 2


list(gen())
lam = lambda: warnings.warn("in lambda")
lam()
try:
    raise ValueError
except ValueError:
    warnings.warn("in except")
with open(__file__) as fh:
    warnings.warn("in with")
if True:
    pass
warnings.warn("after if")
warnings.showwarning("direct", UserWarning, "nofile.py", 3)
warnings.showwarning("given line", UserWarning, __file__, 3, line="  the given line  ")
warnings.simplefilter("always")
for i in range(2):
    warnings.warn("always shown")
