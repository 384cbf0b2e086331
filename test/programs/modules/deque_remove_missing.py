# deque.remove and deque.index of a missing value name the value, as CPython 3.11's messages do
from collections import deque

q = deque([1, "a", (2, 3)])
for v in [42, "s", 1.5, None, (1,)]:
    try:
        q.remove(v)
    except ValueError as e:
        print("remove:", e)
    try:
        q.index(v)
    except ValueError as e:
        print("index:", e)
q.remove("a")
print(q)
