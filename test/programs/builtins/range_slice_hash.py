# range slices keep the stop slice.indices gives (range(10)[::-3] is range(9, -1, -3)); equal ranges hash alike
for r in [range(10), range(2, 20, 3), range(10, 0, -2), range(0), range(-5, 5)]:
    for s in [slice(None, None, -3), slice(1, None), slice(None, None, -1), slice(2, 8, 2), slice(-1, -100, -4), slice(100, 200), slice(5, 1), slice(None, None, 2), slice(-3, None)]:
        sub = r[s]
        print(r, s, sub, list(sub) == list(r)[s], len(sub))
print(hash(range(3)) == hash(range(0, 3)), hash(range(0)) == hash(range(5, 5)), hash(range(1, 2)) == hash(range(1, 9, 10)), hash(range(0, 6, 2)) == hash(range(0, 5, 2)))
d = {range(3): "a", range(0): "empty", range(1, 2): "one"}
print(d[range(0, 3, 1)], d[range(7, 7)], d[range(1, 5, 10)], range(1, 2) in {range(1, 3, 5)}, len({range(0), range(4, 2), range(0, 3), range(3)}))
