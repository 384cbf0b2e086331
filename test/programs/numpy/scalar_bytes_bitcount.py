# np.bytes_ from str (ASCII), ints and sequences; integer scalars' bit_count
import numpy as np

for f in [lambda: np.bytes_('ab'), lambda: np.bytes_('é'), lambda: np.bytes_(5), lambda: np.bytes_(b'x'),
          lambda: np.bytes_(), lambda: np.bytes_('ab', 'utf-8'), lambda: np.bytes_([1, 2]), lambda: np.bytes_(b'a\x00')]:
    try:
        print(bytes(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(np.int64(-5).bit_count(), np.uint8(255).bit_count(), np.int8(-128).bit_count(), np.uint64(2**64 - 1).bit_count(), np.int32(0).bit_count())
print(hasattr(np.float64(1), 'bit_count'), hasattr(np.bool_(True), 'bit_count'))
