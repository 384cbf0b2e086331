# copy.copy / copy.deepcopy of random generators, as NumPy's reduce round trip: a shallow Generator or
# RandomState copy shares the bit generator, a deep copy (and any copy of a bit generator) is independent.
import numpy as np, copy
g = np.random.default_rng(1)
h = copy.deepcopy(g); print(h.random(), g.random(), h.random(), h.bit_generator is g.bit_generator)
c = copy.copy(g); print(c.random(), g.random(), c.bit_generator is g.bit_generator)
r = np.random.RandomState(3); r.standard_normal(); r2 = copy.deepcopy(r); print(r2.rand(), r.rand(), r2.standard_normal(), r.standard_normal())
r3 = copy.copy(r); print(r3.rand() == r.rand())
for bg in [np.random.PCG64(5), np.random.MT19937(5), np.random.Philox(5), np.random.SFC64(5), np.random.PCG64DXSM(5)]:
    b2 = copy.deepcopy(bg); print(type(b2).__name__, b2.random_raw() == bg.random_raw(), b2 is bg)
state = {'rng': np.random.default_rng(7), 'arr': np.arange(3)}
s2 = copy.deepcopy(state); print(s2['rng'].integers(100), state['rng'].integers(100), s2['arr'])
b = np.random.PCG64(9); b3 = copy.copy(b); print(b3.random_raw() == b.random_raw(), b3 is b)
