# linalg.norm with a general p over the whole array ends in a scalar ** (1/p): libm's pow, not the ufunc's
import numpy as np
rng = np.random.default_rng(7)
rng.normal(size=(4, 4))
b = rng.normal(size=4)
print(repr(np.linalg.norm(b, 3)), repr(np.linalg.norm(b, 2.5)), repr(np.linalg.norm(b, -3)))
print(np.linalg.norm(b.reshape(2, 2), 3, axis=1), np.linalg.norm(b, 3, keepdims=True))
for seed in range(6):
    v = np.random.default_rng(seed).random(7)
    print(repr(np.linalg.norm(v, 3)), repr(np.linalg.norm(v, 0.5)), repr(np.linalg.vector_norm(v, ord=4)))
