# error wording: flat indexing out of range, split along a missing axis, integer scalar types from text
import numpy as np

a = np.arange(6).reshape(2, 3)
for k in [10, -7, np.int64(10), [10]]:
    try:
        a.flat[k]
    except IndexError as e:
        print('get', e)
    try:
        a.flat[k] = 1
    except IndexError as e:
        print('set', e)
for f in [lambda: np.split(np.arange(6), 2, axis=1), lambda: np.array_split(np.arange(6), 2, axis=-2),
          lambda: np.split(np.arange(6), [1], axis=1)]:
    try:
        f()
    except IndexError as e:
        print(type(e).__name__, e)
for s in ['1e3', ' 12 ', '0x10', '1_000', '+5', 'inf', '1.0', 'abc', '-7']:
    try:
        print(repr(np.int64(s)), repr(np.uint8(s)))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for s in ['1_000.5', ' 2.5 ', 'abc', '1e3', '-inf']:
    try:
        print(repr(np.float32(s)))
    except ValueError as e:
        print(type(e).__name__, e)
