# a namedtuple's fields are read-only with CPython's messages, and document themselves
from collections import namedtuple
P = namedtuple('P', 'x y')
p = P(1, 2)
for action in (lambda: setattr(p, 'x', 5), lambda: delattr(p, 'y')):
    try: action()
    except AttributeError as e: print(e)
try: p.z = 1
except AttributeError as e: print(e)
print(P.x.__doc__, P.y.__doc__, p.x, p.y)
