# one call site reaching set.add/discard/remove on sets, set subclasses, frozensets and other classes
class Logged(set):
    def add(self, x):
        print("Logged.add", x)
        super().add(x)
class Bag:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
    def discard(self, x):
        if x in self.items:
            self.items.remove(x)
    def remove(self, x):
        self.items.remove(x)
def fill(target, xs):
    for x in xs:
        target.add(x)
    return target
s = fill(set(), [3, 1, 3, 2])
print(sorted(s))
print(sorted(fill(Logged(), [5, 5])))
print(fill(Bag(), [1, 1]).items)
for obj in (set(range(4)), Bag()):
    if isinstance(obj, Bag):
        fill(obj, [0, 1, 2])
    obj.discard(1)
    obj.discard(9)
    obj.remove(0)
    print(sorted(obj) if isinstance(obj, set) else obj.items)
for bad in (lambda: set().remove(7), lambda: set().add([1]), lambda: frozenset().add(1), lambda: set().add(), lambda: set().discard({})):
    try:
        bad()
    except (KeyError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
seen = set()
for r in range(3):
    for c in range(3):
        seen.add((r, c))
        seen.discard((c, r))
print(sorted(seen))
