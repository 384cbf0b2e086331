# gc: the flag, CPython's default thresholds, and collect() (which returns dead arrays' memory at once)
import gc
print(gc.isenabled(), gc.get_threshold())
gc.disable(); print(gc.isenabled()); gc.enable(); print(gc.isenabled(), gc.garbage)
import numpy as np
for i in range(5):
    a = np.ones(10**6)
    del a
    gc.collect()
print("ok")
