# operator precedence and associativity
print(-2 ** 2, (-2) ** 2, 2 ** -1, 2 ** 3 ** 2)
print(1 + 2 * 3, (1 + 2) * 3, 10 - 4 - 3, 100 / 10 / 5, 2 * 3 % 4)
print(1 + 2 << 1, 1 | 2 ^ 3 & 4, ~5 + 1, -~5, not 1 + 1 == 3)
print(1 < 2 == 2, not True or True, not (True or True), True or False and False)
print(3 - -3, +-+3, - - 4)
print(7 // 2 * 2 + 7 % 2)
print(2 ** 2 ** -1)
x = 5
print(x if x > 3 else 0 + 100, (x if x > 9 else 0) + 100)
print(1 if False else 2 if False else 3)
lam = lambda: 1 + 1 == 2 or 5
print(lam())
print("a" "b" * 2, ("a" + "b") * 2)
print([1, 2] + [3] * 2)
print(-3 % 5, -(3 % 5), 2 * -3 ** 2)
print(not None == False, None == False)
print(1 + True, True + True, True * 10)
