# Ordering a numeric array or scalar against str/bytes fails in NumPy's promotion step, which names
# the operands' DType classes; == and != just answer False/True elementwise.
import numpy as np

cases = [
    ("int array < str", lambda: np.array([3, 1]) < "a"),
    ("str > float array", lambda: "x" > np.array([1.5])),
    ("int array < bytes", lambda: np.array([1]) < b"x"),
    ("uint8 array <= str", lambda: np.array([1], dtype=np.uint8) <= "x"),
    ("np.less int, str arrays", lambda: np.less(np.array([1]), np.array(["a"]))),
    ("np.less str array, float", lambda: np.less(np.array(["a"]), 2.5)),
    ("str array vs bytes array", lambda: np.array(["a"]) < np.array([b"a"])),
    ("np.maximum int, str", lambda: np.maximum(np.array([1]), "a")),
    ("float64 < str", lambda: np.float64(1) < "x"),
    ("int64 < bytes", lambda: np.int64(1) < b"x"),
    ("float64 == str", lambda: np.float64(2) == "x"),
    ("int64 != str", lambda: np.int64(2) != "x"),
    ("float array == str", lambda: np.array([1.0, 2.0]) == "x"),
    ("float64 < None", lambda: np.float64(1) < None),
    ("int32 > object", lambda: np.int32(1) > object()),
    ("bool_ >= None", lambda: np.bool_(True) >= None),
    ("str array astype float", lambda: np.array(["1", "x"]).astype(float)),
    ("str array astype int8", lambda: np.array(["x"]).astype(np.int8)),
    ("bytes array astype int", lambda: np.array([b"x"]).astype(int)),
    ("list of str to float dtype", lambda: np.array(["x"], dtype=float)),
]
for label, f in cases:
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__, e)
