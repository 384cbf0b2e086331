from collections import deque
class Stack:
    def __init__(self): self.items = []
    def append(self, x): self.items.append(x * 2)
    def appendx(self, x): pass
class Shadow:
    def append(self, x): return "cls"
s = Stack()
q = deque(maxlen=3)
sh = Shadow()
for i in range(6):
    s.append(i); q.append(i)
    if i == 3: sh.append = lambda x: print("inst", x)
    r = sh.append(i)
    if r: print(r)
print(s.items, q, [].append(1))
for o in [[], s, q, sh]:
    print(o.append(9))
try:
    (1).append(2)
except AttributeError as e:
    print(e)
