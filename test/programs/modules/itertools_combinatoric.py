# itertools' combinatoric iterators (product, permutations, combinations,
# combinations_with_replacement): order, edge cases (r=0, r>n, empty pools, repeat),
# iterator protocol and type names; large counts run fast enough (native iterators).
import itertools as it
from itertools import product, permutations, combinations, combinations_with_replacement as cwr

for r in range(0, 5):
    print("perm", r, list(permutations("abc", r)))
    print("comb", r, list(combinations("abcd", r)))
    print("cwr", r, list(cwr("abc", r)))
print(list(permutations([])), list(permutations([], 1)), list(combinations([], 0)), list(cwr([], 0)), list(cwr([], 2)))
print(list(permutations(range(3))), list(permutations({"x": 1, "y": 2})))
print(list(product()), list(product("ab")), list(product("ab", "")), list(product("ab", [1, 2], repeat=2))[:6])
print(list(product(range(2), repeat=3)), list(product("ab", repeat=0)))
p = permutations([1, 2])
print(type(p).__name__, iter(p) is p, p.__next__(), next(p), next(p, "end"), next(p, "end"))
print(type(product()).__name__, type(combinations("a", 1)).__name__, type(cwr("a", 1)).__name__)
print(sum(1 for _ in permutations(range(9))), sum(1 for _ in combinations(range(30), 4)))
print(len(list(product(range(10), repeat=5))), len(list(cwr(range(10), 5))))
# pools are snapshots: changing the source afterwards does not matter
src = [1, 2, 3]
c = combinations(src, 2)
src.append(4)
print(list(c))
# elements are the pool's objects themselves
a = [0]
(t,) = list(permutations([a], 1))
print(t[0] is a)
for bad in [lambda: permutations("ab", -1), lambda: combinations("ab", -1), lambda: product("a", repeat=-1),
            lambda: combinations("ab", "x"), lambda: permutations("ab", 1.5), lambda: combinations(5, 1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(next(it.islice(permutations("0123456789"), 999999, None)))
