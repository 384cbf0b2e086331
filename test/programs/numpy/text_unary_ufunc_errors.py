# Unary ufuncs on str/bytes arrays: absolute, negative, positive and sign name the operand's DType class
# (_UFuncNoLoopError); the others say the input types are not supported.
import numpy as np

for a in [np.array(["a"]), np.array([b"a"])]:
    for f in [np.negative, np.positive, np.absolute, np.sign, np.sin, np.sqrt, np.invert, np.logical_not, np.isnan]:
        try:
            f(a)
            print("ok")
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
    for f in [lambda: -a, lambda: +a, lambda: abs(a), lambda: ~a]:
        try:
            f()
            print("ok")
        except Exception as e:
            print(type(e).__name__, e)
