# len, range, enumerate, zip, map, filter, sorted, reversed
print(len([1, 2]), len("abc"), len({}), len(range(10)), len((1,)), len({1, 2}), len(b"xy"))
print(list(range(5)), list(range(2, 8)), list(range(10, 0, -3)), list(range(0)), list(range(5, 1)))
r = range(1, 20, 4)
print(r, r[1], r[-1], len(r), r.start, r.stop, r.step, 13 in r, r.index(9))
print(list(enumerate("abc")), list(enumerate(["x", "y"], start=1)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip(range(3), range(3), range(3))))
print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(abs, (-1, -2))))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x > 1, range(4))))
data = [5, 2, 9, 1, 5, 6]
print(sorted(data), sorted(data, reverse=True), data)
words = ["banana", "Apple", "cherry", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "b"), (1, "a")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), "".join(reversed("xyz")))
lst = [3, 1, 2]
lst.sort()
print(lst)
lst.sort(key=lambda v: -v)
print(lst)
e = enumerate("ab")
print(next(e), next(e))
m = map(lambda x: x * 2, [1, 2, 3])
print(next(m), list(m), list(m))
z = zip("ab", [1, 2])
print(dict(z))
print(sorted({3: "a", 1: "b"}), sorted("cba"), sorted((2, 1)), sorted([]))
print(list(zip(*[(1, "a"), (2, "b")])))
class R:
    def __reversed__(self):
        return iter([3, 2, 1])
print(list(reversed(R())))
print(sorted([0.5, -1, 3, 2.5]), sorted([[2, 1], [1, 2], [1]]))
