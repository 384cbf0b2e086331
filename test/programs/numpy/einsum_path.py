# np.einsum_path: greedy and optimal contraction orders (memory limits, explicit paths, the sublist form)
# and NumPy's printed report (FLOP counts, scaling, intermediates, each step's current and remaining terms).
import numpy as np
rng = np.random.default_rng(0)
A = rng.random((2, 3)); B = rng.random((3, 4)); C = rng.random((4, 5)); D = rng.random((5, 2))
for spec, ops in [('ij,jk,kl->il', (A, B, C)), ('ij,jk,kl,lm->im', (A, B, C, D)), ('ij,jk,kl,lm', (A, B, C, D)),
                  ('ij,jk', (A, B)), ('ii', (np.eye(3),)), ('ij,ij,ij->', (A, A, A)), ('i,j,k->ijk', (np.ones(2), np.ones(3), np.ones(4))),
                  ('ea,fb,abcd,gc,hd->efgh', (rng.random((10, 10)),) * 2 + (rng.random((10, 10, 10, 10)),) + (rng.random((10, 10)),) * 2),
                  ('bdik,acaj,ikab,ajac,ikbd', tuple(np.ones((3,) * 4) for _ in range(5)))]:
    for opt in ["greedy", "optimal", False, ("greedy", 100), ("optimal", 1e9)]:
        path, text = np.einsum_path(spec, *ops, optimize=opt)
        print(spec, opt, path)
        print(text)
print(np.einsum_path('ij,jk,kl->il', A, B, C, optimize=['einsum_path', (1, 2), (0, 1)]))
print(np.einsum_path(A, [0, 1], B, [1, 2], C, [2, 3], [0, 3]))
for bad in [lambda: np.einsum_path('ij,jk->ik', A, A), lambda: np.einsum_path('ij,jk,kl->il', A, B, C, optimize='fast'),
            lambda: np.einsum_path('ij,jk,kl->il', A, B, C, optimize=3), lambda: np.einsum_path('ijk,jk->ik', A, B),
            lambda: np.einsum_path('ij,jk,kl->il', A, B, C, optimize=['einsum_path', (0, 1)]),
            lambda: np.einsum_path('ij->ii', A), lambda: np.einsum_path('ij,jk->iz', A, B), lambda: np.einsum_path('i$', A),
            lambda: np.einsum_path('ij->i->j', A), lambda: np.einsum_path('ij,jk', A)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
