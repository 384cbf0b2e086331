# int.bit_length across the 32-bit and 53-bit boundaries, and the random functions built on it
import random
xs = [0, 1, 2, 3, 7, 8, 255, 256, 2**31 - 1, 2**31, 2**32 - 1, 2**32, 2**32 + 1, 2**52, 2**53 - 1, 2**53,
      2**53 + 1, 2**64, -1, -2**40, -(2**53 - 1), 12345678901234, 10**15, 10**30, True]
print([x.bit_length() for x in xs])
random.seed(2024)
print([random.randint(0, 10**6) for _ in range(5)], [random.randrange(3, 10**12, 7) for _ in range(3)])
print([random.choice("abcdefghij") for _ in range(10)], random.getrandbits(70), random.randrange(2**60))
r = random.Random(99)
print(r.randint(-5, 5), r.choice([1, 2, 3]), r.sample(range(100), 5), round(r.uniform(0, 1), 12))
