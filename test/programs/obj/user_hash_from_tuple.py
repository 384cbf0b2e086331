# __hash__ returning hash() of a tuple (a 64-bit value past 2**53) in sets and dicts, and hash() of it
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x; self.y = y
    def __eq__(self, o):
        return isinstance(o, P) and self.x == o.x and self.y == o.y
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x}, {self.y})"
class Big:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
seen = set()
d = {}
for i in range(3000):
    p = P(i % 30, i % 7)
    seen.add(p)
    d[p] = d.get(p, 0) + 1
print(len(seen), max(d.values()), min(d.values()), P(3, 4) in seen, P(31, 4) in seen)
print(hash(P(1, 2)), hash((1, 2)), hash(P(-5, 10**20)), hash(P(0, 0)) == hash((0, 0)))
for h in (2**63 - 1, -2**63, 2**63, -2**63 - 1, 2**100, -1, 2**53 + 1):
    print(h, hash(Big(h)))
print(sorted(seen, key=lambda q: (q.y, q.x))[:4], len({P(1, 1), P(1, 1), P(1, 2)}))
