# re takes instances of str subclasses (a user class, or NumPy's np.str_) as pattern, subject and replacement.
import re
import numpy as np


class Text(str):
    pass


print(re.match("a", Text("abc")), re.sub("a", Text("b"), Text("aa")), re.findall(Text("a"), "aa"))
print(re.split(Text(","), Text("a,b")), re.escape(Text("a.b")), re.compile(Text("x+")).findall(Text("xxyx")))
words = np.array(["apple pie", "banana split", "cherry tart"])
for w in words:
    m = re.search(r"(\w+) (\w+)", w)
    print(m.groups(), re.sub(r"[aeiou]", "_", w), re.findall(r"\b\w", w), bool(re.fullmatch(r"[a-z ]+", w)))
print([re.sub(r"\s+", "-", w).upper() for w in words])
try:
    re.match("a", 5)
except TypeError as e:
    print("TypeError:", e)
