# Names NumPy 2 dropped raise NumPy's own AttributeErrors: the 2.0 expirations name a replacement,
# the old builtin aliases (np.float, np.int, ...) explain at length; np.str also warns first.
import warnings
import numpy as np

for name in ["float_", "complex_", "NaN", "Inf", "PINF", "NINF", "infty", "string_", "unicode_", "round_",
             "alltrue", "sometrue", "asfarray", "mat", "cast", "lookfor", "AxisError", "ComplexWarning",
             "float", "int", "complex", "object", "str", "bytes", "arrange", "toString", "__proto__"]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            getattr(np, name)
            print(name, "exists")
        except AttributeError as e:
            print(name, "->", e)
    for w in caught:
        print("  warning:", w.category.__name__, w.message)
print(np.float64(1.5), np.complex128(1j), np.nan, np.inf, np.exceptions.AxisError.__name__, np.bool(1), np.round(2.5))
print(hasattr(np, "float_"), hasattr(np, "float64"), "NaN" in dir(np), "nan" in dir(np))
