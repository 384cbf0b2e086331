# ranges whose bounds, steps or lengths pass 2**53
B = 2**53
r = range(B - 2, B + 3)
print(r, len(r), list(r), r[0], r[-1], r[2], B + 1 in r, B + 5 in r, r.index(B + 1), r.count(B), bool(r))
print(r.start, r.stop, r.step, type(r.stop).__name__, list(reversed(r)), sum(r), max(r), min(r))
print([x - B for x in r], [i for i, _ in enumerate(r)], list(zip(r, "abcde")))
for x in range(B - 1, B + 2):
    print(x, x % 7, end="; ")
print()
big = range(10**20)
print(big, big[10**19], big[-1], big[-10**20], 10**19 in big, -1 in big, 10**20 in big, 5.0 in r, float(B) in r)
print(big[10**19:10**19 + 3], list(big[10**19:10**19 + 3]), big[::10**19], list(big[::-3 * 10**19]))
print(big[5:1:-1], list(big[5:1:-1]), big.index(10**19 + 7), big.count(3))
neg = range(10**18, -10**18, -3 * 10**17)
print(neg, len(neg), list(neg), neg[-1], 10**17 in neg, -5 * 10**17 in neg, list(reversed(neg))[:2])
print(len(range(-10**18, 10**18, 3)), range(0, 2**64, 2**60)[5], list(range(0, 2**64, 2**60))[-1])
print(range(B, B) == range(0), range(B, B + 1) == range(B, B + 1, 7), range(0, 3) == range(0, 3), range(B + 3) == range(B + 3))
print(hash(range(B, B)) == hash(range(0)), hash(range(10**20)) == hash(range(0, 10**20, 1)), len({range(B, B + 2): 1, range(B, B + 2, 1): 2}))
print(list(range(2**64, 2**64 + 3)), list(range(-2**64, -2**64 - 3, -1)), range(2**64, 0), list(range(2**64, 0)), bool(range(2**64, 0)))
print(sorted(range(B + 2, B - 2, -1)), [x for x in range(B, B + 3) if x % 2 == 0], sum(x for x in range(B, B + 4)))
for bad in ["len(range(2**64))", "range(0, 10**20, 0)", "big[10**20]", "big[-10**20 - 1]", "range(1.5, B)", "big['a']", "list(range(2**64))"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(type(e).__name__ + ":", e)
