# heapq's primitives (native _heapq, as CPython's C ones): heaps of ints, tuples, list subclasses and
# objects with __lt__, and CPython's errors for bad arguments.
import heapq, random
random.seed(5)
h = []
for v in [random.randint(0, 100) for _ in range(50)]:
    heapq.heappush(h, v)
print(h[:10], [heapq.heappop(h) for _ in range(10)])
t = [(random.random(), i) for i in range(20)]
heapq.heapify(t)
print(heapq.heappushpop(t, (0.5, -1)), heapq.heapreplace(t, (0.0, 99)), t[:3])
print(heapq.nlargest(3, [5, 1, 8, 3, 9]), heapq.nsmallest(2, "hello"), list(heapq.merge([1, 4], [2, 3])))
class L(list): pass
l = L([3, 1, 2]); heapq.heapify(l); print(l, type(l).__name__)
class Task:
    def __init__(self, p, n): self.p, self.n = p, n
    def __lt__(self, o): return self.p < o.p
    def __repr__(self): return f"Task({self.p}, {self.n!r})"
q = []
for p, n in [(3, "c"), (1, "a"), (2, "b")]:
    heapq.heappush(q, Task(p, n))
print([heapq.heappop(q) for _ in range(3)])
for f in (lambda: heapq.heappush(1, 2), lambda: heapq.heappop([]), lambda: heapq.heappop((1,)), lambda: heapq.heapify(None),
          lambda: heapq.heappush(), lambda: heapq.heapreplace([], 1), lambda: heapq.heappop(), lambda: heapq.heapify([], 2),
          lambda: heapq.heappushpop([1]), lambda: heapq.heappush([1], "x"), lambda: heapq.heappop(x=1)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(heapq.heappush.__name__, heapq.heappushpop([], 5))
