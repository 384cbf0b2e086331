# np.full with a str/bytes fill value converts it as an array would (NumPy's copyto): numbers parse
# from the text, and a bad one names the element by its scalar repr.
import numpy as np

print(np.full(2, "12", dtype=np.int8), np.full(2, b"1.5", dtype=float), np.full(2, "abc", dtype="U2"), np.full(2, "1+2j", dtype=complex))
for v, d in [(b"x", float), ("x", complex), ("x", int), ("x", float), (300, np.int8)]:
    try:
        print(np.full(2, v, dtype=d))
    except Exception as e:
        print(type(e).__name__, e)
