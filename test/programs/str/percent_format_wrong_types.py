# %-formatting refuses text for numeric conversions and reports a TypeError raised by a number
# conversion (an array's int()) as the wrong type for the format, naming the full type.
import numpy as np

for fmt, v in [("%d", np.str_("a")), ("%d", np.str_("5")), ("%f", np.str_("5")), ("%x", np.str_("5")), ("%s", np.str_("5")),
               ("%.1f", np.bytes_(b"5")), ("%d", np.array([1.5, 2])), ("%f", [1]), ("%d", np.float64(2.5)),
               ("%.2f", np.int64(3)), ("%i", np.array([7])), ("%d", "12")]:
    try:
        print(repr(fmt % v))
    except TypeError as e:
        print("TypeError:", e)
