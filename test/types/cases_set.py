# set and frozenset
G = 'set'
A = {1, 2, 3}
B = {3, 4}
for T in ('set', 'frozenset'):
    for f in ('union', 'intersection', 'difference', 'symmetric_difference', 'issubset', 'issuperset', 'isdisjoint'):
        for other in ([3, 4, 4], {3, 4}, frozenset({1}), 'ab', {}, {1: 'x', 9: 'y'}, range(2, 5), 5, None):
            c(G, f'{T}.{f}', eval(T)(A), other)
        c(G, f'{T}.{f}', eval(T)(A))
        c(G, f'{T}.{f}', eval(T)(A), [1], [2, 3])
        c(G, f'{T}.{f}', eval(T)(A), x=[1])
    c(G, f'{T}.copy', eval(T)(A))
    c(G, T)
    for it in ([1, 2, 2], 'hello', {'k': 1}, (), range(3), 5, None, [[1]], [{1}], [frozenset({1})]):
        c(G, T, it)
    c(G, T, [1], [2])
    c(G, T, x=1)
    for op in ('|', '&', '-', '^', '==', '!=', '<', '<=', '>', '>='):
        for a, b in [(A, B), (A, {1, 2}), (A, A), (set(), A), (A, frozenset(B)), (frozenset(A), B), (A, [1]), ([1], A),
                     (A, 1)]:
            aa = eval(T)(a) if isinstance(a, set) else a
            c(G, 'op:' + op, aa, b)
c(G, 'op:in', [1], {1})
c(G, 'op:in', {1}, {frozenset({1})})
for op in ('|=', '&=', '-=', '^='):
    for b in (B, frozenset(B), set(), [1]):
        c(G, 'op:' + op, set(A), b)
        c(G, 'op:' + op, frozenset(A), b)
for x in (1, 5, [1], {1}, 1.0, True):
    c(G, 'set.add', set(A), x)
    c(G, 'set.discard', set(A), x)
    c(G, 'set.remove', set(A), x)
c(G, 'set.remove', {frozenset({1}), 2}, {1})
c(G, 'set.discard', {frozenset({1}), 2}, {1})
c(G, 'set.pop', {7})
c(G, 'set.pop', set())
c(G, 'set.clear', set(A))
c(G, 'set.add', set(A))
for f in ('update', 'intersection_update', 'difference_update', 'symmetric_difference_update'):
    for other in ([3, 4, 4], {3, 4}, frozenset({1}), 'ab', {}, range(2, 5), 5):
        c(G, f'set.{f}', set(A), other)
    c(G, f'set.{f}', set(A))
    c(G, f'set.{f}', set(A), [1], [2, 3])
c(G, 'set.add', frozenset(), 1)
c(G, 'repr', set())
c(G, 'repr', frozenset())
c(G, 'repr', frozenset({1}))
c(G, 'repr', {1})
c(G, 'hash_eq', frozenset({1, 2}), frozenset({2, 1}))
