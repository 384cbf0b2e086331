# set_printoptions(threshold=) takes any real number: float('inf') or sys.maxsize prints everything; NaN and non-numbers raise
import sys
import numpy as np
np.set_printoptions(threshold=float("inf"))
print(np.arange(2000).reshape(2, 1000)[:, :3], np.get_printoptions()['threshold'])
print(np.zeros((40, 40)).sum(), len(str(np.arange(1200))))
np.set_printoptions(threshold=5.5)
print(np.arange(10), np.get_printoptions()['threshold'])
for bad in [float('nan'), 'a']:
    try:
        np.set_printoptions(threshold=bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    np.set_printoptions(precision=3.0)
except TypeError as e:
    print(e)
np.set_printoptions(threshold=sys.maxsize)
print(np.get_printoptions()['threshold'] == sys.maxsize, len(str(np.arange(1200))))
np.set_printoptions(threshold=2**64 - 1)
print(np.get_printoptions()['threshold'], np.arange(1500)[-3:])
try:
    np.set_printoptions(threshold=2**70)
except TypeError as e:
    print(e)
np.set_printoptions(threshold=1000)
print(np.arange(1001))
