# Generator.multivariate_hypergeometric: both methods, shapes and checks
import numpy as np
rng = np.random.default_rng(1)
tests = [([3,5,2], 4, None, 'marginals'), ([3,5,2], 4, 2, 'count'), ([3,5,2], 8, (2,2), 'marginals'), ([3,-1], 1, None, 'marginals'), ([3, 5], 9, None, 'marginals'), ([3,5], -1, None, 'marginals'), ([3,5], 2, None, 'foo'), ([], 0, None, 'marginals'), ([2.5, 1], 1, None, 'marginals'), ([3,5], 0, 3, 'count'), ([20, 30, 50, 7], 60, 5, 'count'), ([20, 30, 50, 7], 60, 5, 'marginals'), ([200, 300, 500], 100, 4, 'marginals'), ([4, 4], 8, 2, 'count')]
for c, n, s, m in tests:
    try: print(repr(rng.multivariate_hypergeometric(c, n, size=s, method=m)))
    except Exception as e: print(type(e).__name__, e)
try: rng.multivariate_hypergeometric([1,2], 1.5)
except Exception as e: print(type(e).__name__, e)
print(rng.random())
