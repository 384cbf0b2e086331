# min, max, sum, abs, round, divmod, pow, any, all
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min((2, "b"), (2, "a")))
print(max(["aa", "b", "cccc"], key=len), min(["aa", "b", "cccc"], key=len), max([], default="empty"), min([], default=None))
print(max([1, 3, 3], key=lambda x: -x), max([(1, "first"), (1, "second")], key=lambda t: t[0]))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(range(101)), sum([]), sum([1.5, 2]))
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-10 ** 20), abs(True))
print(round(3.14159), round(3.14159, 2), round(-0.5), round(1.5), round(2.5), round(25, -1), round(35, -1), round(123.456, -1), round(5))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(0, 3))
print(pow(2, 10), pow(2, -1), pow(2, 10, 1000), pow(3, 4, 5), pow(-2, 3), pow(2.0, 3), pow(7, -1, 13), 2 ** 0.5 == pow(2, 0.5))
print(any([]), any([0, "", None]), any([0, 1]), all([]), all([1, "a"]), all([1, 0]), any(x > 3 for x in range(5)), all(x < 5 for x in range(5)))
calls = []
def t(v):
    calls.append(v)
    return v
print(any(t(x) for x in [0, 1, 2]), calls)
print(max(1, 2.5), min(-1, -1.0), max(True, 0), type(max(1, 1.0)).__name__)
print(sum(x * x for x in range(10)), max(range(10), key=lambda x: (x % 3, x)))
