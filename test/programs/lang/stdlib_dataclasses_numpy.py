# dataclasses with NumPy arrays as fields
import numpy as np
from dataclasses import dataclass, field, asdict, astuple, replace, fields


@dataclass
class Sample:
    name: str
    data: np.ndarray
    weights: np.ndarray = field(default_factory=lambda: np.ones(3))
    scale: float = 1.0


s = Sample('a', np.arange(4))
print(s)
print(repr(s))
print(Sample('b', np.array([[1.5, 2.0], [3.25, 4.0]]), np.zeros(2, dtype=np.int32)))
print(Sample.__doc__)
print(s == s)
t = Sample('a', s.data)
print(s.weights is t.weights, s.data is t.data)
try:
    print(s == t)
except ValueError as e:
    print('ValueError:', e)

d = asdict(s)
print(d)
print(d['data'] is s.data, np.array_equal(d['data'], s.data))
d['data'][0] = 100
print(s.data)
print(astuple(Sample('c', np.array([1, 2]), np.array([0.5]))))
r = replace(s, scale=2.0)
print(r, r.data is s.data)
print([f.name for f in fields(s)])


@dataclass(frozen=True)
class Grid:
    values: np.ndarray
    spacing: float = 0.5

    @property
    def total(self):
        return float(self.values.sum()) * self.spacing


g = Grid(np.linspace(0, 1, 5))
print(g, g.total)
try:
    g.values = np.zeros(1)
except AttributeError as e:
    print(type(e).__name__, e)
g.values[0] = 9.0
print(g.values)
try:
    hash(g)
except TypeError as e:
    print('TypeError:', e)


@dataclass(order=True)
class Scored:
    score: float
    vec: np.ndarray = field(compare=False, repr=False, default_factory=lambda: np.zeros(2))


items = [Scored(np.float64(2.5)), Scored(1.0), Scored(np.float64(-1.0))]
print(sorted(items), max(items).score)

try:
    @dataclass
    class Bad:
        arr: np.ndarray = np.zeros(3)
except ValueError as e:
    print('ValueError:', e)
