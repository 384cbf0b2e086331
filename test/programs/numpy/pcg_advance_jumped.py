# PCG64 / PCG64DXSM advance(delta) and jumped(jumps): 128-bit LCG jump-ahead, exact raw draws.
import numpy as np
for T in [np.random.PCG64, np.random.PCG64DXSM]:
    b = T(7)
    print(b.random_raw(2))
    print(b.advance(5) is b, b.random_raw(2))
    b.advance(-7); print(b.random_raw(2))
    b.advance(2**130 + 3); print(b.random_raw())
    j = T(7).jumped(); print(j.random_raw(2), type(j).__name__)
    j3 = T(7).jumped(3); print(j3.random_raw())
    g = np.random.Generator(T(11)); g.integers(10, dtype=np.uint32); g.bit_generator.advance(1); print(g.integers(10**9, size=3, dtype=np.uint32))
    print(np.random.Generator(T(1).jumped(2)).random(3))
    print(T(1).jumped(-1).random_raw(), T(1).jumped(0).random_raw())
    s = T(3).jumped().state
    print(s['state']['state'], s['has_uint32'])
