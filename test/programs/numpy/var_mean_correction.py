import numpy as np
a=np.array([[1.,2.],[3.,5.]])
for f in [lambda: np.std(a, mean=a.mean()), lambda: np.std(a, axis=1, mean=a.mean(axis=1, keepdims=True)), lambda: np.std(a, axis=1, mean=a.mean(axis=1)), lambda: np.var(a, correction=1), lambda: np.var(a, ddof=1, correction=1), lambda: a.std(mean=2.75), lambda: np.std(np.array([1,2,3,4]), mean=2.5), lambda: np.var(np.arange(5), axis=0, correction=2), lambda: np.average(np.arange(6).reshape(2, 3), axis=1, weights=[1, 2]), lambda: np.average(np.arange(6).reshape(2, 3), axis=1, weights=[[1, 2, 3]]), lambda: np.average(np.arange(6).reshape(2, 3), axis=0, weights=[1, 2]), lambda: np.random.seed(1.5), lambda: np.broadcast_to(np.arange(3), -1), lambda: np.broadcast_to(np.arange(3), (2, -3))]:
  try: print(repr(f()))
  except Exception as e: print(type(e).__name__, e)
