# np.nditer with op_dtypes: a buffered iteration sees the operand cast to the requested dtype (checked
# against the casting rule), writes to a readwrite operand go back into it, and allocated outputs take
# their requested dtype; it.dtypes lists the iteration dtypes.
import numpy as np

a = np.arange(4)
for kw in [dict(op_dtypes=["float64"], flags=["buffered"]), dict(op_dtypes=["complex128"], flags=["buffered"]),
           dict(op_dtypes=["float32"], flags=["buffered"]), dict(op_dtypes=["float64"]),
           dict(op_dtypes="int64")]:
    try:
        print([repr(x) for x in np.nditer(a, **kw)][:2])
    except TypeError as e:
        print(type(e).__name__, e)
print([repr(x) for x in np.nditer(np.arange(3.0), op_dtypes=["int32"], flags=["buffered"], casting="unsafe")])

it = np.nditer([np.arange(3), None], op_dtypes=[None, "float32"])
print(it.dtypes, it.operands[1].dtype)

x = np.arange(3.0)
with np.nditer(x, op_flags=["readwrite"], op_dtypes=["float32"], flags=["buffered"], casting="same_kind") as it:
    for v in it:
        v[...] = v * 2.5
    print(it.dtypes, it.operands[0].dtype)
print(x)
for arr, dt in [(np.arange(3.0), "int32"), (np.arange(3), "float64")]:
    try:
        with np.nditer(arr, op_flags=["readwrite"], op_dtypes=[dt], flags=["buffered"]) as it:
            pass
    except TypeError as e:
        print(type(e).__name__, e)

def square(a):
    with np.nditer([a, None], op_dtypes=[None, "float64"]) as it:
        for v, out in it:
            out[...] = v * v
        return it.operands[1]
print(square(np.arange(4)))
