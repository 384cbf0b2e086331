# dgesdd refuses NaN entries (LAPACK INFO = -4): every SVD-based function raises "SVD did not converge";
# an infinite entry is not refused and gives NaN singular values
import numpy as np

funcs = [
    ("svd", np.linalg.svd),
    ("svd no uv", lambda x: np.linalg.svd(x, compute_uv=False)),
    ("svdvals", np.linalg.svdvals),
    ("pinv", np.linalg.pinv),
    ("matrix_rank", np.linalg.matrix_rank),
    ("cond", np.linalg.cond),
    ("norm 2", lambda x: np.linalg.norm(x, 2)),
    ("norm nuc", lambda x: np.linalg.norm(x, "nuc")),
]
for a in [[[np.nan, 1], [1, 1]], [[np.inf, 1], [1, 1]], [[np.nan, 1, 2], [1, 1, 0]], [[1j, np.nan], [0, 1]]]:
    for name, f in funcs:
        try:
            print(name, "->", f(np.array(a)))
        except np.linalg.LinAlgError as e:
            print(name, "LinAlgError:", e)
