# graphlib: TopologicalSorter ordering, the prepare / get_ready / done protocol, CycleError and misuse errors
from graphlib import TopologicalSorter, CycleError
g = {'D': {'B', 'C'}, 'C': {'A'}, 'B': {'A'}}
g = {'D': ['B', 'C'], 'C': ['A'], 'B': ['A'], 'E': []}
ts = TopologicalSorter(g)
print(list(ts.static_order()))
ts = TopologicalSorter()
ts.add(3, 2, 1); ts.add(1, 0); ts.add(2, 0); ts.add(4)
ts.prepare()
while ts.is_active():
    ready = ts.get_ready()
    print('ready', ready)
    ts.done(*ready)
print(bool(ts))
try:
    list(TopologicalSorter({1: [2], 2: [3], 3: [1], 0: [1]}).static_order())
except CycleError as e:
    print('cycle', e.args, isinstance(e, ValueError))
ts = TopologicalSorter({'a': ['b']})
try: ts.get_ready()
except ValueError as e: print(e)
ts.prepare()
try: ts.prepare()
except ValueError as e: print(e)
try: ts.add('c')
except ValueError as e: print(e)
try: ts.done('a')
except ValueError as e: print(e)
try: ts.done('zz')
except ValueError as e: print(e)
r = ts.get_ready(); ts.done(*r)
try: ts.done(*r)
except ValueError as e: print(e)
print(ts.get_ready(), ts.is_active())
print(list(TopologicalSorter({x: [x - 1] for x in range(1, 6)}).static_order()))
try:
    TopologicalSorter({'x': ['x']}).prepare()
except CycleError as e: print(e.args)
