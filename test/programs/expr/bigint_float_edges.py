# Big ints against floats (exact comparison, infinity beyond every int), big-int formatting and
# arithmetic, float repr/format corners, the int/str digit limit
print(format(10**30, ","), format(-10**25, "_x"), format(2**64, "e"), format(10**20, ".3g"), f"{10**18:>30,}", format(12345678901234567890, "b")[:10])
print(format(1e16, ","), format(1234.5, "_.2f"), format(0.000001234, ".2e"), format(-0.0, "+.1f"), format(float("nan"), "10.2f"), format(float("-inf"), "^10"))
print(format(1e22, "f"), format(1e-7, "f"), format(123456789.0, "g"), format(0.0001, "g"), format(1e-5, "g"), format(1.0, "g"), format(100.0, ".2g"))
print(repr(1e22), repr(1e21), repr(1.0e-4), repr(0.0001), repr(12345678901234567.0), 1.23456789012345678, 9007199254740993.0, 0.30000000000000004)
print(float("0.1") * 3, 4.35 * 100, round(4.35 * 100), 1.1 + 2.2, 3 * 1.1, 2.675 * 100, 1e-323, 5e-324 / 2)
try: str(10 ** 5000)
except ValueError as e: print(e)
print(len(str(10 ** 4000)))
print(int("9" * 100) % 97, (-(10 ** 30)) // 7, (10 ** 30) % -7, divmod(-10 ** 20, 3), pow(10 ** 20, 3, 10 ** 9 + 7), (2 ** 100).bit_length(), -(2 ** 100) >> 3, (2 ** 100) ^ (2 ** 99))
print(int.from_bytes((2 ** 100).to_bytes(13, "big"), "big") == 2 ** 100, (-2 ** 100).to_bytes(14, "big", signed=True).hex(), hash(2 ** 100), hash(-2 ** 61), hash(2 ** 61 - 1))
print(10 ** 20 / 10 ** 10, 2 ** 1000 / 2 ** 999, (10 ** 400) // (10 ** 399), float(10 ** 300), 10 ** 400 > 1e308, 10 ** 400 == float("inf"), -5 // 2 ** 70)
try: float(10 ** 400)
except OverflowError as e: print(e)
try: 10 ** 400 / 1
except OverflowError as e: print(e)
import math
print(math.isqrt(10 ** 40), math.gcd(2 ** 80, 6 ** 40), math.lcm(4, 6, 10), math.comb(100, 50), math.perm(10, 3), math.factorial(25), math.prod(range(1, 20)))
print(math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7), math.fsum([0.1] * 10), math.hypot(3, 4, 12), math.dist((0, 0), (3, 4)), math.copysign(1, -0.0), math.fmod(-7, 3), math.remainder(7, 3))
print(math.log(8, 2), math.log2(1024), math.log10(1e-5), math.exp(1), math.pi, math.tau, math.e, math.inf, -math.inf, math.nan, math.isclose(0.1 + 0.2, 0.3), math.degrees(math.pi), math.radians(180))
big = 10 ** 400
inf = float("inf")
print(big == inf, big < inf, big > inf, -big > -inf, big != inf, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53, 2**1024 > 1.7976931348623157e308, 10**400 > 1e308)
print(big == float("nan"), big < float("nan"), (2**53+1) == float(2**53+1), 9007199254740993 < 9007199254740992.0, -9007199254740993 < -9007199254740992.0)
print({2**53+1: 1}.get(2.0**53), 2**64 == 2.0**64, 2**64 + 1 == 2.0**64, max(2**1100, 1e308), min(-(2**1100), -1e308), sorted([1e308, 2**1030, 5]))
