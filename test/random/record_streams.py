"""Records test/random/streams.json: long streams (10**5 draws) of every numpy.random distribution, for
RandomState (and the module-level functions), Generator and three seeds, each reduced to its dtype,
shape, sha256 of its C-order bytes, its first and last five values and the exact sums of its values,
their squares and their magnitudes. streams.test.ts runs the same
expressions through ndpy, hashes `tobytes()` with node:crypto and compares.

Parameters cover each sampler's regimes (Poisson lam 3 / 30, binomial n·p small / large, gamma shape
below and above 1, hypergeometric small / HRUA, von Mises kappa small / large, …).

Run from the repository root: python3 test/random/record_streams.py
"""
import hashlib
import math
import json
import os
import warnings

import numpy as np

assert np.__version__ == '2.4.6', np.__version__

N = 100000
SEEDS = [0, 1, 12345]

# expressions on either a RandomState (`rs`) or a Generator (`g`), size N; `{N}` is substituted
BOTH = '''uniform(-2, 3, {N})|normal(1, 2, {N})|standard_normal({N})|exponential(2, {N})|standard_exponential({N})
gamma(0.5, 2, {N})|gamma(3, 1.5, {N})|standard_gamma(0.5, {N})|standard_gamma(3, {N})|beta(0.5, 0.5, {N})|beta(2, 3, {N})
binomial(10, 0.3, {N})|binomial(1000, 0.4, {N})|binomial(100, 0.9, {N})|poisson(3, {N})|poisson(30, {N})
multinomial(20, [0.2, 0.3, 0.5], size={N})|multivariate_normal([0, 1], [[2, 0.5], [0.5, 1]], size={N})
dirichlet([1, 2, 3], size={N})|dirichlet([0.05, 0.1], size={N})|lognormal(0.5, 0.8, {N})|laplace(1, 2, {N})|logistic(1, 2, {N})
gumbel(1, 2, {N})|geometric(0.05, {N})|geometric(0.5, {N})|chisquare(3, {N})|chisquare(0.5, {N})|standard_t(5, {N})
standard_t(0.5, {N})|weibull(1.5, {N})|weibull(0.5, {N})|pareto(3, {N})|power(2, {N})|power(0.5, {N})|rayleigh(2, {N})
triangular(0, 1, 3, {N})|vonmises(0.5, 2, {N})|vonmises(-1, 0.3, {N})|vonmises(0, 1e6, {N})|f(3, 4, {N})|f(0.5, 0.7, {N})
noncentral_chisquare(3, 2, {N})|noncentral_chisquare(0.5, 2, {N})|noncentral_f(3, 4, 2, {N})
hypergeometric(10, 20, 15, {N})|hypergeometric(1000, 2000, 1500, {N})|negative_binomial(5, 0.4, {N})
negative_binomial(100, 0.9, {N})|standard_cauchy({N})|wald(1, 2, {N})|wald(3, 0.5, {N})|zipf(2, {N})|zipf(1.3, {N})
logseries(0.6, {N})|logseries(0.99, {N})|choice(1000, {N})|choice(5, {N}, p=[0.1, 0.2, 0.3, 0.15, 0.25])
choice(2 * {N}, {N}, replace=False)|permutation({N})|permutation(np.arange({N}.0))'''

LEGACY = '''random_sample({N})|randint(0, 100, {N})|randint(-2**40, 2**40, {N})|randint(0, 256, {N}, dtype=np.uint8)
randint(-1000, 1000, {N}, dtype=np.int16)|randint(0, 2, {N}, dtype=bool)|randint(0, 2**32, {N}, dtype=np.uint32)
rand({N})|randn({N})|random_integers(6, size={N})|tomaxint({N})'''

GENERATOR = '''random({N})|random({N}, dtype=np.float32)|integers(0, 100, {N})|integers(-2**40, 2**40, {N})
integers(0, 256, {N}, dtype=np.uint8)|integers(-1000, 1000, {N}, dtype=np.int16)|integers(0, 2, {N}, dtype=bool)
integers(0, 2**32, {N}, dtype=np.uint32)|integers(1, 6, {N}, endpoint=True)|integers(0, 1000, {N}, dtype=np.int32)
standard_normal({N}, dtype=np.float32)|standard_exponential({N}, dtype=np.float32)|standard_exponential({N}, method='inv')
standard_exponential({N}, dtype=np.float32, method='inv')|standard_gamma(0.5, {N}, dtype=np.float32)
standard_gamma(3, {N}, dtype=np.float32)|standard_gamma(1, {N})|exponential(2, {N})|multinomial([5, 50], [0.3, 0.7], size=({N} // 2, 2))
multivariate_normal([0, 1], [[2, 0.5], [0.5, 1]], size={N}, method='cholesky')|choice(10**9, {N}, replace=False)|choice(10**9, 1000, replace=False)
choice(2 * {N}, {N}, replace=False, shuffle=False)|permuted(np.arange({N}).reshape(-1, 100), axis=1)'''

# statements leaving the array in `x` (shuffle works in place)
SHUFFLES = ['x = np.arange({N}); {o}.shuffle(x)', 'x = np.arange({N}.0).reshape(-1, 4); {o}.shuffle(x)']

MODULE = '''random({N})|randint(0, 10, {N})|normal(0, 1, {N})|gamma(0.5, 1, {N})|binomial(1000, 0.4, {N})|poisson(30, {N})
beta(2, 3, {N})|choice(1000, {N})|permutation({N})|standard_t(5, {N})|vonmises(0.5, 2, {N})|hypergeometric(10, 20, 15, {N})'''


def split(text):
    return [e.strip() for e in text.replace('\n', '|').split('|') if e.strip()]


def describe(x):
    x = np.asarray(x)
    flat = x.reshape(-1).tolist()
    return {
        'dtype': str(x.dtype),
        'shape': list(x.shape),
        'sha256': hashlib.sha256(np.ascontiguousarray(x).tobytes()).hexdigest(),
        'head': repr(flat[:5]),
        'tail': repr(flat[-5:]),
        # exact sums of the values, their squares and magnitudes (as float64): streams.test.ts checks the
        # streams that differ from NumPy by an ulp here and there with these instead of the hash
        'sums': [math.fsum(v) for v in (x.reshape(-1).astype(np.float64) ** p for p in (1, 2))] + [math.fsum(np.abs(x.reshape(-1).astype(np.float64)))],
    }


def main():
    streams = []
    for seed in SEEDS:
        for api, setup, exprs in (
            ('RandomState', f'o = np.random.RandomState({seed})', split(BOTH) + split(LEGACY)),
            ('Generator', f'o = np.random.default_rng({seed})', split(BOTH) + split(GENERATOR)),
            ('module', f'np.random.seed({seed}); o = np.random', split(MODULE)),
        ):
            stmts = [f'x = o.{e}' for e in exprs]
            if api != 'module':
                stmts += [s.replace('{o}', 'o') for s in SHUFFLES]
            for st in stmts:
                code = 'import numpy as np\n' + setup + '\n' + st.replace('{N}', str(N)) + '\n'
                env = {}
                with warnings.catch_warnings():
                    warnings.simplefilter('ignore')
                    exec(code, env)
                streams.append({'name': f'{api} seed={seed} {st.replace("{N}", "N")}', 'code': code, **describe(env['x'])})
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'streams.json')
    with open(path, 'w') as f:
        json.dump({'numpy': np.__version__, 'n': N, 'streams': streams}, f, indent=1)
        f.write('\n')
    print(len(streams), 'streams')


if __name__ == '__main__':
    main()
