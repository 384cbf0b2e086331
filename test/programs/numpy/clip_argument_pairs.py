# np.clip: a_min and a_max come as a pair; min=/max= are the keyword alternative
import numpy as np
a = np.arange(6)
print(np.clip(a, 1, 4), np.clip(a, None, 2), np.clip(a, min=2), np.clip(a, max=3), a.clip(3))
for kw in [dict(a_min=2), dict(a_max=3), dict(a_min=1, max=3), dict(a_max=3, min=1), dict(a_min=1, a_max=3, min=2)]:
    try:
        print(kw, np.clip(a, **kw))
    except (TypeError, ValueError) as e:
        print(kw, type(e).__name__, e)
try:
    np.clip(a, 3)
except TypeError as e:
    print(e)
