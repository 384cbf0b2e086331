# floor division and modulo with negatives, ints and floats
for a in (7, -7):
    for b in (2, -2):
        print(a, b, a // b, a % b, divmod(a, b))
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2)
print(-1 // 3, -1 % 3, 1 % -3, -0.5 // 1, 0.5 % -1)
print(5 / 2, -5 / 2, 4 / 2, type(4 / 2).__name__, 10 // 2.5, 1 / 3)
print(divmod(-7.5, 2), divmod(9, 3))
print(-10 ** 20 // 3, -10 ** 20 % 3, 10 ** 20 // -7)
print(3 % 1.5, -3 % 1.5, 5.0 // 0.1, 5.0 % 0.1)
print(round(7 / 3, 4), 2 ** 0.5, (-8) ** (1 / 3) == (-8) ** (1 / 3))
