# sum() and list() consuming generators directly: int totals past 2**53, floats, mixed types,
# start values, errors raised part-way, and the generator's state afterwards
def count(n, step=1):
    for i in range(n):
        yield i * step

print(sum(count(10)), sum(count(0)), sum(count(5), 100))
print(sum(x for x in [2**52, 2**52, 1, 2**60]))
print(sum(x * 0.1 for x in range(10)))
print(sum(x / 2 for x in range(7)), sum((1, 2.5, 3) for _ in ()), sum(True for _ in range(4)))
print(sum(([i] for i in range(4)), []))
print(sum(((i,) for i in range(3)), ()))
print(sum((complex(i, 1) for i in range(3)), 1j))

def bad():
    yield 1
    yield 2
    raise ValueError("stop here")
try:
    sum(bad())
except ValueError as e:
    print("ValueError:", e)

def stops():
    yield 1
    raise StopIteration
try:
    list(stops())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

g = count(6)
print(next(g), sum(g), list(g), sum(g, 7))
try:
    sum(x for x in ["a", "b"])
except TypeError as e:
    print("TypeError:", e)
try:
    sum(count(3), "")
except TypeError as e:
    print("TypeError:", e)
print(list(count(4, 3)), tuple(count(3)), sorted(count(4, -1)), ",".join(str(x) for x in count(5)))
print(max(count(5)), min(count(5, -2)), any(count(1)), all(count(0)))

class Money:
    def __init__(self, v): self.v = v
    def __radd__(self, other): return Money(other + self.v) if isinstance(other, int) else NotImplemented
    def __add__(self, other): return Money(self.v + (other.v if isinstance(other, Money) else other))
    def __repr__(self): return f"Money({self.v})"
print(sum(Money(i) for i in range(4)))
