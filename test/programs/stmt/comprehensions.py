# list/set/dict comprehensions and generator expressions
print([x * 2 for x in range(5)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(i, j) for i in range(3) for j in range(i)])
print([[i * j for j in range(3)] for i in range(3)])
print(sorted({c for c in "mississippi"}))
print({k: v for k, v in zip("abc", range(3))})
print({n: n ** 2 for n in range(5) if n != 2})
words = ["apple", "bob", "kiwi", "banana"]
print({w[0]: len(w) for w in words})
print(list(x + y for x in "ab" for y in "12"))
x = "outer"
_ = [x for x in range(3)]
print(x)
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(row) for row in zip(*matrix)])
print([v for row in matrix for v in row])
print([y for x in range(6) if (y := x * x) > 5])
print(max(len(w) for w in words))
def scope():
    n = 10
    return [n + i for i in range(3)]
print(scope())
print([a if a > 2 else -a for a in range(5)])
