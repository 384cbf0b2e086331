# np.pad with reflect_type="odd": pads wider than the array fill in rounds about the current outermost value
import numpy as np
for n in [1, 2, 3, 4, 6]:
    b = np.arange(n, dtype=float) ** 2
    for mode in ['reflect', 'symmetric']:
        for w in [(1, 0), (0, 2), (3, 3), (7, 2), (2, 9), (13, 13)]:
            print(n, mode, w, np.pad(b, w, mode=mode, reflect_type='odd').tolist())
a = np.arange(6).reshape(2, 3)
print(np.pad(a, ((3, 1), (4, 5)), mode='symmetric', reflect_type='odd'))
print(np.pad(a, 5, mode='reflect', reflect_type='odd'))
