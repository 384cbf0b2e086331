# Python % on ints across the safe range (the remainder is computed without fmod below 2**52), incl. the LCG pattern
import random
random.seed(5)
vals = [0, 1, -1, 2**31-1, -2**31, 2**31, 2**52-1, -(2**52-1), 2**52, 2**53-1, -(2**53-1), 7, -7, 10**15+3]
for _ in range(3000):
    vals.append(random.randint(-2**53+1, 2**53-1))
    vals.append(random.randint(-2**40, 2**40))
mods = [1, 2, 3, 7, 1000, 2**31, 2**31-1, -1, -7, -2**31, 10**9+7, -(10**9+7), 2**40+1, -(2**45-3), 2**52-1]
acc = 0
lines = []
for m in mods:
    h = 0
    for v in vals:
        h = (h * 31 + (v % m)) % 1000000007
    lines.append(h)
for v in vals[:40]:
    lines.append((v * 1103515245 + 12345) % 2147483648)
    lines.append((v % 2147483648) * 3 % 7)
x = 12345
for i in range(2000):
    x = (x * 1103515245 + 12345) % 2147483648
lines.append(x)
print(lines)
print(-7 % 3, 7 % -3, -6 % 3, 6 % -3, -0 % 5, 0 % -5, repr(-6 % 3), repr(6 % -3))
