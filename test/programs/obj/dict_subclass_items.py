# item reads, stores and updates on dict subclasses: defaultdict/Counter use dict's own item methods;
# subclasses overriding them (even after instances exist) are always called
from collections import defaultdict, Counter, OrderedDict

dd = defaultdict(int)
for w in "a b a c b a".split():
    dd[w] += 1
print(dd, dd["zz"], dict(dd))
lists = defaultdict(list)
for i, w in enumerate("x y x".split()):
    lists[w].append(i)
lists["x"] += [9]
print(lists)
c = Counter("hello")
c["l"] += 5
c["q"] += 1
c["h"] = c["h"] * 10
print(c, c["missing"])

class Logging(dict):
    def __getitem__(self, k):
        print("get", k)
        return super().__getitem__(k)
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
lg = Logging(a=1)
lg["a"] += 1
lg["b"] = lg["a"] * 2
print(lg)

class Plain(dict):
    pass
p = Plain(n=0)
for i in range(3):
    p["n"] += i
    p[i] = p["n"]
print(p)
def loud_set(self, k, v):
    print("late set", k, v)
    dict.__setitem__(self, k, v)
Plain.__setitem__ = loud_set
p["n"] += 100
p["new"] = 1
print(p)
del Plain.__setitem__
p["n"] += 1
print(p["n"])

od = OrderedDict(a=1)
od["a"] += 1
od["b"] = 5
od.move_to_end("a")
print(od)

class Missing(dict):
    def __missing__(self, k):
        return k * 2
m = Missing(x=1)
m["x"] += 1
m[3] += 1
print(m, m[5], m["z"])
