# the other bit generators: PCG64DXSM, SFC64 and Philox give NumPy's streams, raw words and states
import numpy as np
for BG in [np.random.PCG64DXSM, np.random.SFC64, np.random.Philox]:
    bg = BG(12345)
    g = np.random.Generator(bg)
    print(BG.__name__, g.random(3), g.integers(0, 100, 5), g.normal(size=2), g.integers(0, 2**40, 2))
    print(g.choice(10, 3, replace=False), g.standard_exponential(2), g.bytes(5), g.integers(0, 10, 3, dtype=np.int32))
    print(bg.random_raw(3), type(bg).__name__)
    st = bg.state
    a = g.random(2)
    bg.state = st
    print(np.array_equal(a, g.random(2)), sorted(st))
    print(np.random.default_rng(BG(7)).uniform(size=2), repr(np.random.default_rng(BG([1, 2])).random()))
print(np.random.SFC64(3).state)
print(np.random.PCG64DXSM(3).state)
print(np.random.Philox(3).state)
