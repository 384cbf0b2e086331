"""NumPy-agreement fixture for numpy.linalg: records test/linalg/agreement.json from python3 + NumPy.

Run from the repository root:  python3 test/linalg/record_agreement.py

The same file is also executed inside ndpy by test/linalg/reconstruction.test.ts (with __name__ other
than '__main__'): `make_cases(np)` builds well-conditioned float64 / complex128 matrices (sizes 2..40,
square, tall, wide, Hermitian positive definite, and stacked batches) deterministically from
np.random.default_rng seeds (ndpy's generator is bit-exact with NumPy's), and `run_all(np)` evaluates
every linalg quantity below on them, returning {key: encoded result or error text}.  Python computes
nothing about tolerances: the vitest suite compares ndpy's values with the recorded NumPy ones
(componentwise or normwise relative, 1e-10) in TypeScript.

agreement.json also holds, under 'ill', NumPy's singular values and 2-norm condition numbers of the
ill-conditioned matrices of `make_ill(np)` (Hilbert, Vandermonde, nearly singular): the test's
backward-error bounds scale with them.

Each recorded entry (under 'results') is [mode, value] where mode says how the test compares it:
  'elem'  componentwise relative  |x - y| <= rtol * |y|
  'norm'  normwise relative       max|x - y| <= rtol * max|y|           (per whole array)
  'eig'   an unordered set of (complex) eigenvalues, matched nearest-first, normwise relative
  'exact' equal (integers such as ranks, signs of real determinants, error messages)
A value is {'shape': [...], 're': [...], 'im': [...] (complex only)}, or {'error': 'Type: message'}.
Numbers are rounded to 13 significant digits to keep the file small (far below the 1e-10 tolerance).
"""

# matrices with full matrix-valued results (inv, pinv, cholesky, ...) stored only up to this size,
# larger ones only through their vector/scalar results, to keep agreement.json small
FULL_MAX = 8


def make_cases(np):
    """name -> dict(a=..., kind=...) of deterministic, well-conditioned test matrices."""
    cases = {}

    def gauss(rng, shape, cplx):
        g = rng.standard_normal(shape)
        if cplx:
            g = g + 1j * rng.standard_normal(shape)
        return g

    seed = 1000
    for cplx in (False, True):
        tag = 'c' if cplx else 'f'
        for n in (2, 3, 5, 8, 16, 40):
            seed += 1
            rng = np.random.default_rng(seed)
            # a Gaussian matrix shifted along its diagonal: condition number O(1..10)
            a = gauss(rng, (n, n), cplx) + 3.0 * np.sqrt(n) * np.eye(n)
            cases['%s_sq%d' % (tag, n)] = dict(a=a, kind='square')
            g = gauss(rng, (n, n), cplx)
            h = (g @ g.conj().T) / n + np.eye(n)
            cases['%s_hpd%d' % (tag, n)] = dict(a=h, kind='hpd')
        for (m, n) in ((5, 3), (12, 7), (30, 10), (3, 5), (7, 12)):
            seed += 1
            rng = np.random.default_rng(seed)
            a = gauss(rng, (m, n), cplx) + 3.0 * np.sqrt(max(m, n)) * np.eye(m, n)
            cases['%s_rect%dx%d' % (tag, m, n)] = dict(a=a, kind='rect')
        for (k, n) in ((4, 3), (3, 6)):
            seed += 1
            rng = np.random.default_rng(seed)
            a = gauss(rng, (k, n, n), cplx) + 3.0 * np.sqrt(n) * np.eye(n)
            cases['%s_batch%dx%d' % (tag, k, n)] = dict(a=a, kind='square')
            g = gauss(rng, (k, n, n), cplx)
            h = (g @ np.swapaxes(g, -1, -2).conj()) / n + np.eye(n)
            cases['%s_hbatch%dx%d' % (tag, k, n)] = dict(a=h, kind='hpd')
        seed += 1
        rng = np.random.default_rng(seed)
        a = gauss(rng, (2, 3, 6, 4), cplx) + 3.0 * np.sqrt(6) * np.eye(6, 4)
        cases['%s_rbatch2x3x6x4' % tag] = dict(a=a, kind='rect')
        # exactly rank-deficient (rank 3 of 8) for matrix_rank / pinv / lstsq's rank
        seed += 1
        rng = np.random.default_rng(seed)
        a = gauss(rng, (8, 3), cplx) @ gauss(rng, (3, 8), cplx)
        cases['%s_rank3of8' % tag] = dict(a=a, kind='lowrank')
    return cases


def encode(np, x):
    x = np.asarray(x)
    out = {'shape': list(x.shape)}
    if x.dtype.kind == 'c':
        out['re'] = x.real.ravel().tolist()
        out['im'] = x.imag.ravel().tolist()
    elif x.dtype.kind == 'b':
        out['re'] = [int(v) for v in x.ravel().tolist()]
    else:
        out['re'] = x.ravel().tolist()
    return out


def quantities(np, name, case):
    """(key, mode, thunk) for every quantity recorded for one case."""
    la = np.linalg
    a = case['a']
    kind = case['kind']
    m, n = a.shape[-2:]
    small = max(m, n) <= FULL_MAX
    batch = a.shape[:-2]
    cplx = a.dtype.kind == 'c'
    rng = np.random.default_rng(7 + m * 100 + n)
    b_vec = rng.standard_normal(m)
    b_mat = rng.standard_normal(batch + (m, 2))
    if cplx:
        b_vec = b_vec + 0.5j * rng.standard_normal(m)
        b_mat = b_mat * (1 - 0.25j)
    q = []

    def add(key, mode, thunk):
        if kind == 'lowrank' and mode == 'elem':
            # its trailing singular values are rounding noise: compare those arrays normwise
            mode = 'norm'
        q.append((name + '.' + key, mode, thunk))

    def sorted_eigs(w):
        w = np.asarray(w)
        return np.sort_complex(w) if w.ndim == 1 else np.stack([np.sort_complex(v) for v in w])

    # a fingerprint of the input: both sides must have generated the very same matrix
    # (exact for the plain Gaussian ones; products such as g @ g.conj().T round differently from OpenBLAS)
    add('input_first_last', 'exact' if kind in ('square', 'rect') else 'norm', lambda: np.stack([a.ravel()[0], a.ravel()[-1]]))
    add('input_abs_sum', 'elem', lambda: np.abs(a).sum())

    for o in ('fro', 'nuc', 1, -1, 2, -2, np.inf, -np.inf):
        if kind == 'lowrank' and o == -2:
            continue
        ax = (-2, -1)
        add('norm_%s' % o, 'elem', lambda o=o, ax=ax: la.norm(a, o, axis=ax))
    add('norm_flat', 'elem', lambda: la.norm(a))
    add('svd_s', 'elem', lambda: la.svd(a, compute_uv=False))
    if a.ndim > 2 or n == 3:
        add('svdvals', 'elem', lambda: la.svdvals(a))
        add('svd_s_from_full', 'elem', lambda: la.svd(a)[1])
    if kind != 'hpd':
        add('qr_r_abs', 'norm', lambda: np.abs(la.qr(a, mode='r')) if small else np.abs(np.diagonal(la.qr(a, mode='r'), axis1=-2, axis2=-1)))
        add('qr_complete_r_abs_diag', 'elem', lambda: np.abs(np.diagonal(la.qr(a, mode='complete')[1], axis1=-2, axis2=-1)))
    if kind in ('rect', 'lowrank'):
        add('pinv', 'norm', lambda: la.pinv(a) if small else la.pinv(a)[..., :2, :])
    add('matrix_rank', 'exact', lambda: la.matrix_rank(a))
    if a.ndim == 2 and (kind != 'hpd' and (kind != 'square' or small)):
        add('lstsq_vec', 'norm', lambda: la.lstsq(a, b_vec, rcond=None)[0])
        add('lstsq_resid', 'elem', lambda: la.lstsq(a, b_vec, rcond=None)[1])
        add('lstsq_rank', 'exact', lambda: la.lstsq(a, b_vec, rcond=None)[2])
        add('lstsq_s', 'elem', lambda: la.lstsq(a, b_vec, rcond=None)[3])
        add('lstsq_mat', 'norm', lambda: la.lstsq(a, b_mat, rcond=None)[0])
        add('lstsq_mat_resid', 'elem', lambda: la.lstsq(a, b_mat, rcond=None)[1])
    if kind == 'lowrank':
        add('svd_s_top', 'elem', lambda: la.svd(a, compute_uv=False)[:3])
        add('pinv_matvec', 'norm', lambda: la.pinv(a) @ b_vec)
        add('matrix_rank_tol', 'exact', lambda: la.matrix_rank(a, tol=1e-3))
        return q

    if m == n and kind == 'hpd':
        add('det', 'elem', lambda: la.det(a))
        add('slogdet_logabs', 'elem', lambda: la.slogdet(a)[1])
        add('solve_vec', 'norm', lambda: la.solve(a, b_vec))
        add('cond_None', 'elem', lambda: la.cond(a))
    elif m == n:
        add('det', 'elem', lambda: la.det(a))
        add('slogdet_sign', 'elem' if cplx else 'exact', lambda: la.slogdet(a)[0])
        add('slogdet_logabs', 'elem', lambda: la.slogdet(a)[1])
        add('inv', 'norm', lambda: la.inv(a) if small else la.inv(a)[..., :2, :])
        add('inv_matvec', 'norm', lambda: la.inv(a) @ b_vec)
        add('solve_vec', 'norm', lambda: la.solve(a, b_vec))
        add('solve_mat', 'norm', lambda: la.solve(a, b_mat))
        for p in (None, 'fro', 'nuc', 1, -1, 2, -2, np.inf, -np.inf):
            add('cond_%s' % p, 'elem', lambda p=p: la.cond(a, p))
        add('eigvals_sorted', 'eig', lambda: sorted_eigs(la.eigvals(a)))
        if a.ndim > 2 or n == 3:
            add('eig_w_sorted', 'eig', lambda: sorted_eigs(la.eig(a)[0]))
        add('trace', 'elem', lambda: la.trace(a) if a.ndim == 2 else np.trace(a, axis1=-2, axis2=-1))
        for k in (3, -2):
            add('matrix_power_%d' % k, 'norm', lambda k=k: la.matrix_power(a, k) if small else la.matrix_power(a, k)[..., :2, :])
        if a.ndim == 2:
            add('multi_dot', 'norm', lambda: la.multi_dot([a[:2], a.T, b_mat, b_mat.T]))
            add('multi_dot_vec', 'norm', lambda: la.multi_dot([b_vec, a, a, b_vec]))
            if n in (8, 16):
                h = n // 2 if n == 8 else 4
                a4 = a.reshape(h, n // h, h, n // h)
                add('tensorsolve', 'norm', lambda: la.tensorsolve(a4, b_vec.reshape(h, n // h)))
                add('tensorinv', 'norm', lambda: la.tensorinv(a4, ind=2)[:1])
    if kind == 'hpd':
        add('eigvalsh', 'elem', lambda: la.eigvalsh(a))
        add('eigvalsh_U', 'elem', lambda: la.eigvalsh(a, UPLO='U'))
        add('eigh_w', 'elem', lambda: la.eigh(a)[0])
        add('cholesky', 'norm', lambda: la.cholesky(a) if small else la.cholesky(a)[..., -2:, :])
        add('cholesky_diag', 'elem', lambda: np.diagonal(la.cholesky(a), axis1=-2, axis2=-1))
        if a.ndim > 2 or n <= 3:
            add('cholesky_upper', 'norm', lambda: la.cholesky(a, upper=True) if small else la.cholesky(a, upper=True)[..., :2, :])
        add('svd_hermitian_s', 'elem', lambda: la.svd(a, compute_uv=False, hermitian=True))
        add('pinv_hermitian', 'norm', lambda: la.pinv(a, hermitian=True) if small else la.pinv(a, hermitian=True)[..., :2, :])
    return q


def error_cases(np):
    """Inputs NumPy refuses: the exception type and message must be NumPy's."""
    la = np.linalg
    sing = np.array([[1.0, 2.0], [2.0, 4.0]])
    notpd = np.array([[1.0, 2.0], [2.0, 1.0]])
    rect = np.ones((2, 3))
    return [
        ('err.inv_singular', lambda: la.inv(sing)),
        ('err.solve_singular', lambda: la.solve(sing, np.ones(2))),
        ('err.cholesky_notpd', lambda: la.cholesky(notpd)),
        ('err.det_rect', lambda: la.det(rect)),
        ('err.inv_1d', lambda: la.inv(np.ones(3))),
        ('err.eigvalsh_rect', lambda: la.eigvalsh(rect)),
        ('err.solve_mismatch', lambda: la.solve(np.eye(3), np.ones(4))),
        ('err.matrix_power_rect', lambda: la.matrix_power(rect, 2)),
        ('err.matrix_power_float', lambda: la.matrix_power(np.eye(2), 1.5)),
        ('err.inv_nan', lambda: la.inv(np.array([[1.0, np.nan], [0.0, 1.0]]))),
        ('err.svd_inf', lambda: la.svd(np.array([[1.0, np.inf], [0.0, 1.0]]))),
        ('err.norm_bad_ord', lambda: la.norm(np.eye(3), 3)),
        ('err.cond_singular_none', lambda: la.cond(sing, 1)),
        ('err.qr_mode', lambda: la.qr(np.eye(2), mode='x')),
        ('err.lstsq_mismatch', lambda: la.lstsq(np.ones((4, 2)), np.ones(3), rcond=None)),
        ('err.multi_dot_one', lambda: la.multi_dot([np.eye(2)])),
        ('err.tensorsolve_shape', lambda: la.tensorsolve(np.ones((2, 3, 6)), np.ones((2, 3)))),
    ]


def run_all(np):
    """key -> [mode, encoded value or {'error': ...}] for every case and error case."""
    out = {}
    for name, case in make_cases(np).items():
        for key, mode, thunk in quantities(np, name, case):
            try:
                out[key] = [mode, encode(np, thunk())]
            except Exception as e:
                out[key] = [mode, {'error': '%s: %s' % (type(e).__name__, e)}]
    for key, thunk in error_cases(np):
        try:
            out[key] = ['exact', {'value': repr(thunk())}]
        except Exception as e:
            out[key] = ['exact', {'error': '%s: %s' % (type(e).__name__, e)}]
    return out


def make_ill(np):
    """name -> ill-conditioned matrix: Hilbert (n = 8..12), Vandermonde, nearly singular (real, complex)."""
    out = {}
    for n in (8, 10, 12):
        i = np.arange(n)
        out['hilbert%d' % n] = 1.0 / (i[:, None] + i[None, :] + 1.0)
    for n in (8, 12):
        out['vander%d' % n] = np.vander(np.linspace(0.0, 1.0, n))
    rng = np.random.default_rng(4242)
    for n in (6, 15):
        g = rng.standard_normal((n, n - 1)) @ rng.standard_normal((n - 1, n))
        out['nearsing%d' % n] = g + 1e-12 * rng.standard_normal((n, n))
    g = (rng.standard_normal((10, 9)) + 1j * rng.standard_normal((10, 9))) @ (rng.standard_normal((9, 10)) + 1j * rng.standard_normal((9, 10)))
    out['c_nearsing10'] = g + 1e-11 * (rng.standard_normal((10, 10)) + 1j * rng.standard_normal((10, 10)))
    h = out['hilbert10']
    out['c_hilbert10'] = h * np.exp(1j * np.add.outer(np.arange(10), -np.arange(10)) * 0.3)
    return out


def ill_reference(np):
    """For the backward-error bounds of the test: NumPy's 2-norm condition numbers and singular values."""
    ref = {}
    for name, a in make_ill(np).items():
        s = np.linalg.svd(a, compute_uv=False)
        ref[name] = {'cond': float(s[0] / s[-1]) if s[-1] > 0 else float('inf'), 's': s.tolist()}
    return ref


def _round(v):
    if isinstance(v, float):
        return float('%.13g' % v) if v == v and abs(v) != float('inf') else repr(v)
    if isinstance(v, list):
        return [_round(x) for x in v]
    if isinstance(v, dict):
        return {k: _round(x) for k, x in v.items()}
    return v


if __name__ == '__main__':
    import json, os
    import numpy
    results = run_all(numpy)
    bad = [k for k, v in results.items() if 'error' in v[1] and not k.startswith('err.')]
    if bad:
        raise SystemExit('NumPy failed on: %s' % bad)
    payload = {'numpy': numpy.__version__, 'ill': ill_reference(numpy), 'results': {k: [m, _round(v) if m != 'exact' else v]
                                                      for k, (m, v) in results.items()}}
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'agreement.json')
    with open(path, 'w') as f:
        json.dump(payload, f, separators=(',', ':'), sort_keys=True)
    print('recorded %s: %d entries, %d bytes' % (os.path.relpath(path), len(results), os.path.getsize(path)))
