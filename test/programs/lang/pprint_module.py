# pprint: pprint/pformat/pp/PrettyPrinter with width, indent, depth, compact, sort_dicts, underscore_numbers;
# saferepr/isreadable/isrecursive
import pprint
d = {'zeta': [1, 2, 3], 'alpha': {'nested': list(range(30)), 'b': (1,), 'a': 'x' * 20}, 'mid': {3, 1, 2}, 'k': frozenset([5, 4])}
pprint.pprint(d)
pprint.pprint(d, width=40)
pprint.pprint(d, sort_dicts=False)
pprint.pprint(list(range(50)))
pprint.pprint(list(range(50)), compact=True, width=30)
pprint.pprint([[i * j for j in range(8)] for i in range(6)], width=30)
pprint.pprint({'a': 1, 'b': 2})
print(pprint.pformat({'b': [1, {'c': 2}], 'a': (1, 2, 3)}, indent=4, width=20))
pprint.pprint({'deep': {'deeper': {'deepest': [1, 2]}}}, depth=2)
print(pprint.saferepr({'b': 1, 'a': 2}), pprint.isreadable([1, 'a']), pprint.isrecursive([1]))
r = [1, 2]; r.append(r); print(pprint.isrecursive(r))
pprint.pp({'b': 1, 'a': 2})
pp = pprint.PrettyPrinter(indent=2, width=30)
pp.pprint({'users': [{'name': 'ann', 'age': 31, 'tags': ['x', 'y']}, {'name': 'bob', 'age': 25, 'tags': []}]})
pprint.pprint((1,)); pprint.pprint(()); pprint.pprint(set()); pprint.pprint([(1, 'a' * 40), (2, 'b' * 40)])
pprint.pprint(10 ** 12, underscore_numbers=True)
