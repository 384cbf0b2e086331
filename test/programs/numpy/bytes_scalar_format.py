# format() of a np.bytes_ formats its str() ("b'hi'"), as NumPy's generic scalar __format__ does;
# np.str_ keeps str's formatting.
import numpy as np

for v in [np.bytes_(b"hi"), np.bytes_(b""), np.str_("hi")]:
    for spec in ["", ">10", "<8", "^9", "10.3", "*^12"]:
        print(repr(spec), repr(format(v, spec)), f"[{v}]")
try:
    format(np.bytes_(b"hi"), "+")
except ValueError as e:
    print("ValueError:", e)
print(f"{np.bytes_(b'ab'):>8}|{np.array([b'x'])[0]:<6}|")
