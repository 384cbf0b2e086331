# chained comparisons, identity and membership
x = 5
print(1 < x < 10, 1 < x > 10, 1 < 2 < 3 < 4 < 5, 3 > 2 > 1 == 1)
print(1 == 1.0, 0 == False, "1" == 1)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(2) < v(0) < v(3))
print(calls)
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, None is None)
print(2 in a, 3 not in a, "ell" in "hello", "z" in "hello", "" in "abc")
print("k" in {"k": 1}, 1 in {"k": 1}, 3 in range(5), 5 in range(5), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), [3] > [2, 9], "abc" < "abd", "Z" < "a", "" < "a")
print(float("nan") == float("nan"), float("inf") > 1e308)
print(1 < 2.5 < 3, 10 ** 20 > 1e19, -1 < 0.0)
try:
    print(1 < "a")
except TypeError as e:
    print("TypeError:", e)
print(sorted([3, 1, 2]) == [1, 2, 3] != [3])
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} > {1})
print(None in [None], [] == [], () == (), {} == {})
