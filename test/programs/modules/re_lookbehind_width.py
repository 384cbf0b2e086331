# a look-behind must match a fixed width: alternatives of unequal length, optional and repeated items are
# refused with CPython's re.error; fixed-width ones (classes, {n}, groups, backreferences) work
import re

text = "abx cx aax bcx 123x price: $42, cost: EUR 17"
patterns = [
    r"(?<=a|bc)x", r"(?<=a{2})x", r"(?<=a{1,2})x", r"(?<!ab|c)x", r"(?<=(a))x", r"(?<=\d{3})x",
    r"(?<=a*)x", r"(?<=.)x", r"(?<=\b)x", r"(?<=[ab]c)x", r"(?<=a?)x", r"(?<=(?:ab)+)x", r"(?<=\w\s)x",
    r"(?<=(?P<n>a))(?P=n)", r"(?<=ab|cd)x", r"(?<=\$)\d+", r"(?<=\$|EUR )\d+", r"(?<=(?:\$|EUR) ?)\d+",
    r"(?<!\d)\d{2}(?!\d)", r"(?<=a{2,2})x", r"(?<=a{0})x", r"(?<=(a|b))x", r"(?<=(a|bb))x", r"(?<=x(?=y))",
    r"(?<=(?#comment)a)x", r"(?<=(?i:A))x", r"(a)(?<=\1)x", r"(a+)(?<=\1)x", r"(?<=^a)b", r"(?<=\Aab)x",
]
for pat in patterns:
    try:
        print(f"{pat:24} {re.findall(pat, text)}")
    except re.error as e:
        print(f"{pat:24} error: {e}")
