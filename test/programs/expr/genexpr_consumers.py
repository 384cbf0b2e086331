# Generator expressions passed to sum/sorted/list/tuple (and str.join) run as list comprehensions when those are the
# builtins (src/compile/exprs.ts genexprArgCall): the same results, shadowing respected, other consumers lazy.
data = [3, 1, 2]
print(sum(x * 2 for x in data), sorted(x for x in data), list(x for x in data if x > 1), tuple(x for x in range(3)))
def sum(it): return "mine"
print(sum(x for x in data))
del sum
print(sum(x for x in data), max(x for x in data), set(x % 2 for x in data), any(x > 2 for x in data))
import itertools
print(list(itertools.islice((x for x in itertools.count()), 3)))
print(sum((x, x) for x in data) if False else sum(([x] for x in data), []))
g = (x for x in data)
print(sum(g), sum(g))
print(sorted((y for x in data for y in range(x)), reverse=True) if False else sorted(y for x in data for y in range(x)))
print(", ".join(str(x) for x in data), "-".join(c.upper() for c in "abc" if c != "b"))
class Joiner:
    def join(self, it):
        return next(it)
print(Joiner().join(x * 10 for x in data))
try:
    ", ".join(x for x in data)
except TypeError as e:
    print("TypeError:", e)
print(sum(1 / x for x in [1, 0]))
