import itertools
from itertools import (count, cycle, repeat, accumulate, chain, compress, dropwhile, takewhile, filterfalse,
                       groupby, islice, starmap, tee, zip_longest, product, permutations, combinations,
                       combinations_with_replacement, pairwise)
import operator

print(list(islice(count(), 5)), list(islice(count(10, 2), 3)), list(islice(count(1.5, 0.5), 3)))
print(list(islice(cycle('abc'), 7)), list(cycle([])))
print(list(repeat('x', 3)), list(islice(repeat(1), 2)), list(map(pow, range(4), repeat(2))))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([3, 1, 4], max)))
print(list(accumulate([1, 2], initial=100)), list(accumulate([], initial=5)), list(accumulate([])))
print(list(chain('ab', [1, 2], ())), list(chain.from_iterable(['xy', 'z'])), list(chain()))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a'])))
print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
print([(k, len(list(g))) for k, g in groupby(sorted(['apple', 'avocado', 'banana', 'cherry', 'blue']), key=lambda w: w[0])])
groups = groupby([1, 1, 2, 3, 3])
pairs = [(k, g) for k, g in groups]
print([(k, list(g)) for k, g in pairs])
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)), list(islice('ABCDEFG', 0, None, 2)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
for bad in [(-1,), (0, 5, 0), ('a',)]:
    try:
        islice('abc', *bad)
    except ValueError as e:
        print('ValueError', e)
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
a, b = tee([1, 2, 3])
print(list(a), list(b), len(tee('ab', 3)))
x, y = tee(iter(range(4)))
print(next(x), next(x), next(y), list(y), list(x))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest([1], [2, 3], [])))
print(list(product('ab', 'xy')), list(product(range(2), repeat=3))[:4], list(product()), list(product('ab', [])))
print(list(permutations('ABC', 2)), len(list(permutations(range(4)))), list(permutations([1, 2], 3)))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('AB', 3)), list(combinations('AB', 0)))
print(list(combinations_with_replacement('ABC', 2)), list(combinations_with_replacement([], 2)))
print(list(pairwise('ABCDE')), list(pairwise([1])))
try:
    list(combinations('abc', -1))
except ValueError as e:
    print('ValueError', e)
total = 0
for i, j in product(range(30), repeat=2):
    total += i * j
print(total)
print(sum(1 for _ in permutations(range(6))), sum(1 for _ in combinations(range(20), 3)))
print(dict(zip('abc', count(1))))
