# max/min/argmax/ptp of empty arrays: only an empty *reduced* axis lacks an identity; empty outputs are fine.
import numpy as np
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for shape in [(0,), (2, 0), (0, 3), (0, 0)]:
    z = np.zeros(shape)
    for fn in [np.max, np.min, np.argmax, np.ptp, np.amax]:
        for ax in [None, 0, -1]:
            t(lambda: fn(z, axis=ax))
    t(lambda: np.max(z, initial=5))
    t(lambda: z.max(axis=0, keepdims=True))
    t(lambda: np.maximum.reduce(z, axis=-1))
    t(lambda: np.min(z.astype(np.int8), axis=-1))
    t(lambda: np.max(z.astype(object), axis=-1))
t(lambda: np.max([]))
t(lambda: np.min(np.array([], dtype='datetime64[s]')))
t(lambda: np.max(np.zeros((3, 0)), axis=0))
t(lambda: np.min(np.zeros((3, 0), dtype=complex), axis=0))
