# tile with a zero repetition, triu/tril of 1-d input (broadcast to a square), unstack of 1-d giving
# scalars, concatenate's ndim checks, reshape's message for an unknown dimension, pad of empty axes
# and pad's integer-rounded mean/median statistics
import numpy as np
a = np.arange(6).reshape(2, 3)
print(np.tile(a, 0).shape, np.tile(np.arange(3), (2, 0)).shape, np.tile(a, (0, 2, 0)).shape, np.tile(np.arange(3), (0,)))
print(np.triu(np.arange(1, 5)), np.tril(np.arange(1, 5), -1), np.triu(np.arange(4.0), 1))
print(np.unstack(np.arange(3.0)), np.unstack(a, axis=1))
for arrs in ([np.zeros((2, 2)), np.zeros(3)], [np.zeros(()), np.zeros(3)], [np.zeros(3), np.zeros(())]):
    try:
        np.concatenate(arrs)
    except ValueError as e:
        print(e)
try:
    np.append(np.zeros((2, 3, 2)), 1, axis=0)
except ValueError as e:
    print(e)
for size, shape in [(5, (-1, 2)), (5, (3, -1)), (7, (2, -1, 2)), (5, (2, 2)), (12, (-1, 5, 1)), (5, (3,))]:
    try:
        np.arange(size).reshape(shape)
    except ValueError as e:
        print(e)
for mode in ['edge', 'reflect', 'wrap', 'mean', 'constant']:
    for w in [((1, 0), (0, 0)), ((0, 0), (1, 1))]:
        try:
            print(mode, w, np.pad(np.zeros((0, 3)), w, mode=mode).shape)
        except ValueError as e:
            print(mode, w, e)
for dt in [np.int64, np.uint8, np.bool_, np.float32]:
    b = (np.arange(24).reshape(3, 4, 2) ** 2 % 7).astype(dt)
    for mode in ['mean', 'median']:
        print(dt.__name__, mode, np.pad(b, ((1, 0), (1, 2), (0, 1)), mode=mode)[0].ravel())
