# bitwise operators on ints (including negatives and big ints)
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 3, a >> 2)
print(-12 & 7, -12 | 7, -12 ^ 7, -12 >> 1, -1 >> 10, ~-1)
print(1 << 100, (1 << 100) >> 99, (2 ** 70 - 1) & 0xFF, -(1 << 70) >> 3)
print(0xFFFFFFFF + 1, 0xFFFFFFFF & 0x0F0F0F0F, (1 << 32) | 1)
print((1 << 64) - 1 ^ (1 << 63), ~(1 << 64))
print(True & False, True | False, True ^ True, type(True & True).__name__)
print(bin(255 & -256), hex(0xdead ^ 0xbeef))
print((5).bit_length(), (255).bit_length(), (0).bit_length(), (-8).bit_length())
print({1, 2, 3} & {2, 3, 4} == {2, 3}, sorted({1, 2} | {5}), sorted({1, 2, 3} ^ {3, 4}), sorted({1, 2, 3} - {2}))
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
