# Sorting number lists that are already in order, or in reverse order, with and without reverse=True:
# ints and fractional floats mixed, runs of equal values, all equal, NaNs, and one unsorted pair at the end.
nan = float("nan")
cases = [
    [1, 2, 2, 3.5, 7, 7, 10],
    [10, 7, 7, 3.5, 2, 2, 1],
    [4, 4, 4, 4],
    [0.5, 1, 1.5, 2, 1.25],
    [9, 8, 7, 8],
    [1.5, nan, 2.5, 3.5],
    [3.5, 2.5, nan, 0.5],
    list(range(20)),
    list(range(20, 0, -1)),
    [-3, -1.5, 0, 0.25, 2 ** 40],
]
for c in cases:
    print(sorted(c), sorted(c, reverse=True))
    d = list(c)
    d.sort(reverse=True)
    e = list(c)
    e.sort()
    print(d == sorted(c, reverse=True), e[:3], d[:3])
big = [i * 0.5 for i in range(100000)]
print(sorted(big)[:3], sorted(big, reverse=True)[:3], sorted(big[::-1])[-3:])
