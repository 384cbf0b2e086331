# Philox advance(delta) (256-bit counter add, buffer dropped) and jumped(jumps) (counter + jumps * 2**128).
import numpy as np
b = np.random.Philox(7)
print(b.random_raw(3))
print(b.advance(5) is b, b.random_raw(2))
b.advance(2**64 - 1); print(b.random_raw(5), b.state['state']['counter'], b.state['buffer_pos'])
b.advance(-3); print(b.random_raw())
j = np.random.Philox(7).jumped(); print(j.random_raw(2), j.state['state']['counter'])
print(np.random.Philox(7).jumped(5).state['state']['counter'])
g = np.random.Generator(np.random.Philox(1)); g.random(); g.bit_generator.advance(1); print(g.random(2), g.integers(9, size=3, dtype=np.uint32))
