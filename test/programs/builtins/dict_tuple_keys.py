# dicts keyed by tuples: equal tuples of equal items are one key (1 == 1.0 == True, -0.0 == 0),
# items that differ only in type or spelling stay apart, and the usual dict operations agree
d = {}
d[(1, 2)] = "a"
d[(1.0, 2)] = "b"
d[(True, 2.0)] = "c"
d[(-0.0, 0)] = "zero"
d[(0, 0)] = "zero2"
print(d, len(d))
keys = [(1, "2"), ("1", 2), ("1,2",), (1, 2, 3), ((1, 2), 3), (1, (2, 3)), (None, 1), ("None", 1),
        (2**60, 1), (float(2**60), 1), (0.1, 0.2), (1e300, -1e-300), ("a", ("b", "c")), ("a,b", "c"), (), ((),),
        ("", ""), (",",), ('"', "'"), (frozenset({1}), 2), (10**30, "x"), (-5, -7), (12345, 67890), (1, 2.5)]
e = {}
for i, k in enumerate(keys):
    e[k] = i
print(len(e), len(keys))
print([e[k] for k in keys])
print(e[(float(2**60), 1)] == e[(2**60, 1)], e[(1, 2, 3)], e[(1.0, 2.0, 3.0)], (1, "2") in e, ("1", "2") in e)
print(list(e)[:5])
del e[(1, "2")]
e[(1, "2")] = "again"
print(list(e.items())[-2:], e.get((0.1, 0.2)), e.pop((-5, -7)), (-5, -7) in e)
grid = {(r, c): r * 10 + c for r in range(-2, 3) for c in range(-2, 3)}
print(sum(grid[(r, c)] for r in range(-2, 3) for c in range(-2, 3)), grid[(-2, 2)], grid.get((3, 3), "none"))
counts = {}
for p in [(0, 1), (1, 0), (0, 1), (0, 1.0), (1, 0)]:
    counts[p] = counts.get(p, 0) + 1
print(counts)
counts[(0, 1)] += 10
print(counts[(0, True)])
try:
    e[([1], 2)] = 3
except TypeError as ex:
    print("TypeError:", ex)
try:
    print(e[(99, 99)])
except KeyError as ex:
    print("KeyError:", ex)
print({"\u00b6\u00001,2": "str", (1, 2): "tuple"})
odd = {"\u00b6": 1, "\u00b6\u00b6": 2, "\u00b6\u0000": 3, "\u00b6\u00011,2": 4, b"1,2": 5, (): 6, "\uffff\u0000tn1,n2,": 7, "\uffff\u0000b1": 8, b"\x01": 9}
print(len(odd), sorted(odd.values()), odd["\u00b6\u00b6"], "\u00b6\u0000" in odd, "\u00b6x" in odd, b"1,2" in odd, "1,2" in odd)
lit = {"\u00b6a": 1, "plain": 2}
lit["\u00b6a"] += 5
print(lit, lit.get("\u00b6a"), list(lit), {**lit, "\u00b6a": 0})
print({(1, 2), (1.0, 2), "\u00b6\u00001,2"} == {(1, 2), "\u00b6\u00001,2"}, len({b"ab", "ab", ("a", "b")}))
