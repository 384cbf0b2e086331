# np.convolve / np.correlate mode='same' with even-length kernels (NumPy centres with n_left = n // 2),
# and complex correlate conjugating its second argument when the first is the shorter one
import numpy as np
for a in ([1, 2, 3], [1, 2, 3, 4, 5], [2.5, -1]):
    for v in ([1, 1], [1, 2], [1, 2, 3], [0.5, 1, 2, 4], [1, -1, 2, 0, 3, 1]):
        for mode in ('full', 'same', 'valid'):
            print(mode, np.convolve(a, v, mode), np.correlate(a, v, mode))
print(np.correlate([1 + 1j, 2, 3j], [1j, 1], 'same'), np.correlate([1j, 1], [1 + 1j, 2, 3j], 'same'))
print(np.correlate([1 + 1j, 2, 3j, 4], [1j, 1], 'full'), np.correlate([1j, 1], [1 + 1j, 2, 3j, 4], 'full'))
print(np.convolve(np.ones(6), np.ones(4) / 4, mode='same'))
