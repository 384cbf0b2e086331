"""Record NumPy's float32 exp/log results (bit patterns) for test/runtime/float32Simd.test.ts.
Run: python3 test/runtime/record_float32.py > test/runtime/float32Simd.json"""
import json
import numpy as np

rng = np.random.default_rng(7)
ex = np.concatenate([rng.uniform(-104, 89, 1500), rng.uniform(-2, 2, 1500), [0, 1, 2, -1, 88.7, -103.9, 1e-8]]).astype(np.float32)
lx = np.concatenate([rng.uniform(0, 10, 1500), 10 ** rng.uniform(-44, 38, 1500), [1, 2, 0.5, 1e-45, 0.70710677]]).astype(np.float32)
with np.errstate(all='ignore'):
    out = {
        'exp': [[int(a), int(b)] for a, b in zip(ex.view(np.uint32), np.exp(ex).view(np.uint32))],
        'log': [[int(a), int(b)] for a, b in zip(lx.view(np.uint32), np.log(lx).view(np.uint32))],
    }
print(json.dumps(out))
