# List comprehensions whose result size differs from the first iterable's: filters, nested loops, sources
# that grow or shrink while iterated, empty and large sources, exceptions part-way; and strided slices.
print([x * x for x in range(5)], [x for x in [1, 2, 3] if x > 1], [(a, b) for a in range(3) for b in "ab"])
print([x for x in (1, 2)], [c for c in "abc"], [x for x in range(0)], [x for x in [] if x])
grow = [1, 2, 3]
print([grow.append(9) or x for x in grow if len(grow) < 6], grow)
shrink = [1, 2, 3, 4]
print([shrink.pop() for x in shrink], shrink)
big = [i % 7 for i in range(300000)]
evens = [v for v in big if v % 2 == 0]
print(len(big), len(evens), sum(evens), big[-3:], evens[-3:])
pairs = [(i, j) for i in range(400) for j in range(i % 3)]
print(len(pairs), pairs[:4], pairs[-1])
print(len([x for x in range(10 ** 9) if x < 3 or x > 10 ** 9 - 3][:5]) if False else [x for x in range(10 ** 6) if x % 250000 == 0])
try:
    print([10 // (3 - x) for x in range(5)])
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
nested = [[y for y in range(x)] for x in range(4)]
print(nested, [len(r) for r in nested])
print(big[::3][:5], len(big[::3]), len(big[1::4]), big[::-50000], [1, 2, 3, 4, 5, 6, 7][::3], [][::2])
print(sum(big[::3]) - big[-1], list(range(10))[8:2:-2], (1, 2, 3, 4)[::2])
