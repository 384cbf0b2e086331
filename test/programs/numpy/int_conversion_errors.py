# a Python int that does not fit a C long (an unsigned long long for uint64) raises "Python int too large
# to convert to C long"; one that fits but not the dtype names the dtype; gcd/lcm/sign/positive refuse bools
import numpy as np
tests = ['np.array([1], np.uint64) + 2**64', 'np.array([1], np.int8) + 2**63', 'np.array([1], np.int8) + (-2**63 - 1)',
         'np.array([1], np.int64) + 2**63', 'np.uint8(1) + 2**64', 'np.array([1], np.uint64) + 2**63', 'np.array([1], np.uint64) + (-1)',
         'np.array([1], np.int8) + 300', 'np.full(2, 2**64, dtype=np.uint64)', 'np.uint64(2**64)', 'np.int16(-40000)',
         'np.lcm(np.array([True]), np.array([False, True]))', 'np.gcd(True, np.array([True]))', 'np.sign(np.True_)', 'np.gcd(np.int8(4), True)']
for t in tests:
    try:
        print(t, repr(eval(t)))
    except (OverflowError, TypeError) as e:
        print(t, type(e).__name__, e)
