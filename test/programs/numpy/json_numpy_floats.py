# json encodes np.float64 (a float subclass) as a float, values and keys; other NumPy scalars are refused
import json
import numpy as np

print(json.dumps(np.float64(1.5)), json.dumps([np.float64(0.1), np.float64(1e300)]))
print(json.dumps({np.float64(2.0): 1, "x": np.float64(-0.0)}))
print(json.dumps({"mean": np.arange(4).mean(), "std": np.std([1.0, 2.0])}, indent=1))
print(json.dumps(np.float64("nan")), json.dumps(np.float64("inf")))
try:
    json.dumps(np.float64("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
for v in [np.float32(1.5), np.int64(1), np.bool_(True), np.str_("x")]:
    try:
        print(json.dumps(v))
    except TypeError as e:
        print("TypeError:", e)
print(json.dumps(np.float32(1.5), default=float))
