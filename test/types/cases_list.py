# list, tuple, range, slice
G = 'list'
L = [3, 1, 2]
c(G, 'list.append', [1], 2)
c(G, 'list.append', [1])
c(G, 'list.append', [1], 1, 2)
c(G, 'list.append', [1], x=1)
for it in ([4, 5], (6,), 'ab', {'k': 1}, range(3), set(), 1, None):
    c(G, 'list.extend', [1], it)
c(G, 'list.extend', [1])
for i in (0, 1, 2, 3, 10, -1, -2, -3, -10, True, 10**30, 'a', 1.0):
    c(G, 'list.insert', [1, 2, 3], i, 'x')
    c(G, 'list.pop', [1, 2, 3], i)
c(G, 'list.insert', [1], 0)
c(G, 'list.pop', [1, 2, 3])
c(G, 'list.pop', [])
c(G, 'list.pop', [], 0)
c(G, 'list.pop', [1], 1, 2)
c(G, 'list.pop', [1], i=0)
for x in (1, 2, 7, 'a', 1.0, True):
    c(G, 'list.remove', [0, 1, 2, 1], x)
    c(G, 'list.count', [0, 1, 2, 1, 1.0, True], x)
    c(G, 'list.index', [0, 1, 2, 1], x)
    for rng in ((1,), (2,), (-2,), (0, 1), (0, -1), (-100, 100), (5,), (None,), (1.0,), (10**30,), (-10**30, 2)):
        c(G, 'list.index', [0, 1, 2, 1], x, *rng)
c(G, 'list.index', [1])
c(G, 'list.index', [1], 1, x=1)
c(G, 'list.index', [1], 1, 2, 3, 4)
c(G, 'list.remove', [])
c(G, 'list.count', [])
c(G, 'list.index', ['a'], 'b')
c(G, 'list.index', [(1, 2)], (1, 3))
c(G, 'list.index', [[1, 2]], [1, 2])
c(G, 'list.count', [[1], [1], (1,)], [1])

SORTS = [[], [1], [3, 1, 2], [2, 1, 2, 1], [1.5, 1, True, 0.5, -2], ['b', 'a', 'B', ''], [(1, 'b'), (1, 'a'), (0, 'z')],
         [[2], [1, 2], [1]], [1, 'a'], ['a', 1], [1, 2, 'a', 3], [3, 2, 1, 'a'], [None, 1], [1, None],
         list(range(100, 0, -1)), [i * 7 % 13 for i in range(200)], [str(i * 7 % 13) for i in range(200)],
         [float(i * 3 % 7) for i in range(70)], [(i % 5, i) for i in range(150)], [1, float('nan'), 0, 2],
         [{1}, {1, 2}, {0}], [10**20, 3, -10**20, 2.5], ['\U0001f600', 'a', '\uffff'], [1 + 1j, 2],
         [(1, 2), (1, 'a')], [2, 1] * 40 + ['x'], [-0.0, 0, 0.0, -0, False]]
for s in SORTS:
    c(G, 'list.sort', list(s))
    c(G, 'list.sort', list(s), reverse=True)
c(G, 'list.sort', ['bb', 'a', 'ccc', 'dd', ''], key=Fn('len'))
c(G, 'list.sort', ['bb', 'a', 'ccc', 'dd', ''], key=Fn('len'), reverse=True)
c(G, 'list.sort', ['b', 'A', 'a', 'B'], key=Fn('lower'))
c(G, 'list.sort', ['b', 'A', 'a', 'B'], key=Fn('lower'), reverse=True)
c(G, 'list.sort', [(1, 'b'), (2, 'a'), (3, 'b'), (4, 'a')], key=Fn('second'))
c(G, 'list.sort', list(range(20)), key=Fn('mod3'))
c(G, 'list.sort', list(range(20)), key=Fn('mod3'), reverse=True)
c(G, 'list.sort', list(range(100)), key=Fn('mod3'), reverse=True)
c(G, 'list.sort', [3, 1, 2], key=Fn('neg'))
c(G, 'list.sort', [3, 1, 2], key=Fn('boom'))
c(G, 'list.sort', [], key=Fn('boom'))
c(G, 'list.sort', [3, 1, 2], key=None)
c(G, 'list.sort', [3, 1, 2], key=1)
c(G, 'list.sort', [3, 1, 2], 1)
c(G, 'list.sort', [3, 1, 2], reverse=None)
c(G, 'list.sort', [3, 1, 2], reverse='x')
c(G, 'list.sort', [3, 1, 2], reverse=2)
c(G, 'list.sort', [3, 1, 2], zzz=1)
c(G, 'list.sort', [3, 1, 2], key=None, reverse=False)
c(G, 'sorted', [3, 1, 2])
c(G, 'list.reverse', [1, 2, 3])
c(G, 'list.reverse', [])
c(G, 'list.reverse', [1], 1)
c(G, 'list.copy', [1, [2]])
c(G, 'list.clear', [1, 2])
c(G, 'list.clear', [1], 1)
c(G, 'list')
for it in ([1, 2], (1, 2), 'ab', {'a': 1, 'b': 2}, {3}, range(2, 8, 2), b'ab', 1, None):
    c(G, 'list', it)
    c(G, 'tuple', it)
c(G, 'list', [1], [2])
c(G, 'list', x=1)
c(G, 'list', iterable=[1])
c(G, 'tuple')
c(G, 'tuple', [1], [2])
c(G, 'tuple', x=1)
c(G, 'list.append', (1,), 2)

G = 'tuple'
for x in (1, 2, 7, 'a', 1.0, True):
    c(G, 'tuple.count', (0, 1, 2, 1, 1.0, True), x)
    c(G, 'tuple.index', (0, 1, 2, 1), x)
    c(G, 'tuple.index', (0, 1, 2, 1), x, 2)
    c(G, 'tuple.index', (0, 1, 2, 1), x, -2, -1)
c(G, 'tuple.index', (1,))
c(G, 'tuple.index', (1,), 1, None)
c(G, 'tuple.count', (1,))
c(G, 'tuple.count', (1,), 1, 2)

G = 'range'
for args in [(5,), (1, 5), (1, 10, 3), (10, 1, -3), (5, 1), (0,), (-5,), (1, 2, -1), (True,), (0, 10, 4)]:
    c(G, 'range', *args)
    c(G, 'list', range(*args))
    c(G, 'len', range(*args))
    for x in (0, 1, 4, 7, 10, -2, 4.0, 1.5, 'a', True):
        c(G, 'range.index', range(*args), x)
        c(G, 'range.count', range(*args), x)
        c(G, 'op:in', x, range(*args))
c(G, 'range')
c(G, 'range', 1.5)
c(G, 'range', 1, 2, 0)
c(G, 'range', 1, 2, 3, 4)
c(G, 'range', x=1)
c(G, 'range', 'a')
c(G, 'range', 1, 'a')
c(G, 'range', None)
c(G, 'range.index', range(3))
c(G, 'repr', range(0, 5, 1))
c(G, 'repr', range(1, 5, 2))

G = 'slice'
for args in [(5,), (1, 5), (1, 10, 3), (None, None, -1), (None,), ('a', 'b', 'c'), (-100, 100, -1), (1, 2, 0), (1.5,),
             (10**30,), (-10**30, 10**30, 2), (True, None, -2)]:
    c(G, 'slice', *args)
    c(G, 'repr', slice(*args))
    for n in (0, 1, 5, 10, -1, "a"):
        c(G, 'slice.indices', slice(*args), n)
c(G, 'slice')
c(G, 'slice', 1, 2, 3, 4)
c(G, 'slice', x=1)
c(G, 'slice.indices', slice(1))
for a, b in [(slice(1, 2), slice(1, 2)), (slice(1, 2), slice(1, 3)), (slice(1), slice(None, 1)), (slice(1, 2), (1, 2)),
             (slice(1, 2, 3), slice(1, 2, 4))]:
    for op in ('==', '!=', '<', '>='):
        c('slice', 'op:' + op, a, b)
