"""Records test/random/distributions.json: what NumPy 2.4 returns from the distribution methods of
RandomState and Generator (gamma, beta, binomial, poisson, multinomial, multivariate_normal, …), over
several seeds and edge parameters, and the errors for bad parameters. distributions.test.ts runs each
snippet through ndpy and compares stdout.

Run from the repository root: python3 test/random/record_distributions.py
"""
import contextlib
import io
import json
import os
import warnings

import numpy as np

assert np.__version__ == '2.4.6', np.__version__

SEEDS = [0, 1, 42, 12345, 2**32 - 1]

PRELUDE = '''import numpy as np
def show(tag, f):
    try:
        x = f()
        if isinstance(x, np.ndarray):
            print(tag, x.dtype, x.shape, x.tolist())
        else:
            print(tag, type(x).__name__, repr(x))
    except Exception as e:
        print(tag, type(e).__name__, e)
'''

GROUPS = {
    'gamma family': '''gamma(2.5, size=5)|gamma(0.5, size=5)|gamma(0.1, size=20)|gamma(1e-3, size=5)|gamma(0, size=3)|gamma(1, size=3)
gamma(100, 0.5, size=5)|gamma([0.5, 2], [[1], [3]])|gamma(2.0)|standard_gamma(0.7, size=6)|standard_gamma(3)|chisquare(3, size=4)
chisquare(1, size=4)|chisquare(0.3, size=4)|chisquare(50, size=3)|standard_t(5, size=4)|standard_t(1, size=4)|standard_t(0.5, size=4)
standard_t(100, size=3)|f(3, 4, size=3)|noncentral_chisquare(3, 2, size=3)|noncentral_chisquare(0.5, 2, size=4)
noncentral_chisquare(3, 0, size=3)|noncentral_f(3, 4, 2, size=3)|noncentral_f(0.5, 2, 1, size=3)''',
    'beta dirichlet': '''beta(2, 3, size=4)|beta(0.5, 0.5, size=4)|beta(0.1, 0.2, size=10)|beta(1e-5, 1e-5, size=8)|beta(1e-200, 1e-200, size=5)
beta(0.5, 3, size=5)|beta([0.5, 2], 0.3)|dirichlet([1, 2, 3], size=2)|dirichlet([0.5, 0.5], size=3)|dirichlet([0.05, 0.02, 0.01], size=2)
dirichlet([10, 20])|dirichlet([0.01, 0.01])''',
    'binomial poisson': '''binomial(10, .3, size=8)|binomial(1000, .4, size=8)|binomial(0, 0.5, size=4)|binomial(10, 0, size=4)|binomial(10, 1, size=4)
binomial(100, 0.9, size=6)|binomial(10**6, 0.3, size=6)|binomial(10**6, 0.999, size=6)|binomial(50, 0.5, size=6)
binomial([1, 10, 100], [0.1, 0.5, 0.9])|binomial(5.5, 0.5, size=3)|binomial(20, 0.5)|binomial(100, [[0.2], [0.7]], size=(2, 3))
poisson(3, size=8)|poisson(50, size=8)|poisson(0, size=3)|poisson(1e-3, size=5)|poisson(9.99, size=5)|poisson(10, size=5)
poisson(1e6, size=5)|poisson(1e12, size=3)|poisson([1, 20, 300])|poisson(size=4)|poisson(5)
negative_binomial(5, .4, size=5)|negative_binomial(0.5, 0.3, size=5)|negative_binomial(100, 0.9, size=5)|negative_binomial(1, 1, size=3)''',
    'other discrete': '''geometric(.2, size=6)|geometric(.5, size=6)|geometric(1, size=3)|geometric(1e-3, size=5)|geometric(0.3333, size=5)
geometric(1e-18, size=3)|geometric([0.1, 0.9])|zipf(2, size=5)|zipf(1.5, size=6)|zipf(5, size=6)|logseries(.6, size=5)|logseries(0, size=3)
logseries(0.99, size=6)|logseries(1e-5, size=3)|hypergeometric(10, 20, 15, size=5)|hypergeometric(100, 200, 5, size=5)
hypergeometric(5, 5, 10, size=3)|hypergeometric(100, 1, 50, size=4)|hypergeometric(1000, 2000, 1500, size=4)|hypergeometric(3, 7, 5, size=6)
hypergeometric([5, 50], [10, 100], [3, 20])''',
    'transformed continuous': '''lognormal(size=4)|lognormal(1, 0.5, size=4)|lognormal([0, 10], [1, 3])|laplace(size=4)|laplace(3, 2, size=4)|laplace()
logistic(size=4)|logistic(-1, 0.5, size=4)|gumbel(size=3)|gumbel(1, 3, size=4)|triangular(0, 1, 3, size=4)|triangular(0, 0, 1, size=4)
triangular(0, 1, 1, size=4)|triangular([0, 1], 2, [3, 4])|pareto(3, size=4)|pareto([1, 2, 5])|power(2, size=4)|power(0.5, size=5)
weibull(1.5, size=4)|weibull(0, size=2)|weibull(0.5, size=4)|rayleigh(size=4)|rayleigh(3, size=4)|wald(1, 2, size=3)|wald(3, 0.5, size=4)
wald(1e-3, 1e3, size=4)|standard_cauchy(size=3)|standard_cauchy()|vonmises(0, 2, size=4)|vonmises(1, 0, size=3)|vonmises(1, 1e-6, size=3)
vonmises(-2, 10, size=4)|vonmises(0, 1e7, size=3)''',
    'multivariate': '''multinomial(20, [.2, .3, .5], size=3)|multinomial(0, [0.5, 0.5])|multinomial(100, [0.1, 0.2, 0.3, 0.4], size=(2, 2))
multinomial(10, [1.0])|multinomial(10, [0, 0, 1])|multinomial(1000, [0.5, 0.5])|multinomial(5, [.9, .9])
multivariate_normal([0, 1], [[2, .5], [.5, 1]], size=3)|multivariate_normal([1, 2], [[4, 2], [2, 3]])
multivariate_normal([1, 2, 3], [[1, 0.5, 0.2], [0.5, 2, 0.3], [0.2, 0.3, 3]])|multivariate_normal(np.arange(4.0), np.eye(4) + 0.1)
multivariate_normal([1, 2, 3], [[1, 0.5, 0.2], [0.5, 2, 0.3], [0.2, 0.3, 3]], size=5)|multivariate_normal([0, 0], [[1, 0.9], [0.9, 1]], size=10)
multivariate_normal([0, 0], [[2, -1], [-1, 2]], size=(3, 2))|multivariate_normal([0, 0], [[1, 1], [1, 1]], size=3)''',
}

GEN_ONLY = '''multinomial([3, 4], [.2, .8])|multinomial(5, [[.2, .8], [.5, .5]])|multinomial([3, 4], [.2, .8], size=(3, 2))
standard_gamma([1, 2], dtype=np.float32)|multivariate_normal([0, 0], [[1, .5], [.5, 1]], size=3, method='cholesky')
multivariate_normal([0, 0], [[1, .5], [.5, 1]], size=3, method='eigh')'''

ERRORS = '''gamma(-1)|gamma([-1])|gamma(1, -1)|standard_gamma(-1)|beta(0, 1)|beta(1, 0)|beta([0], 1)|binomial(-1, .5)|binomial(5, 1.5)
binomial(5, np.nan)|binomial([5], [1.5])|binomial(np.nan, .5)|binomial(2**70, .5)|poisson(-1)|poisson(np.nan)|poisson(1e20)|poisson([-1])
poisson([1e20])|poisson([np.nan])|geometric(0)|geometric(1.5)|geometric([0])|chisquare(0)|chisquare([0])|standard_t(0)|lognormal(0, -1)
laplace(0, -1)|logistic(0, -1)|gumbel(0, -1)|rayleigh(-1)|triangular(2, 1, 3)|triangular(1, 4, 3)|triangular(1, 1, 1)|triangular([1], [1], [1])
weibull(-1)|pareto(0)|power(0)|vonmises(0, -1)|f(0, 1)|f(1, 0)|noncentral_chisquare(0, 1)|noncentral_chisquare(1, -1)|noncentral_f(1, 1, -1)
wald(0, 1)|wald(1, 0)|zipf(1)|zipf(np.nan)|zipf([1])|logseries(1)|logseries(-0.1)|logseries([1])|negative_binomial(0, 0.5)
negative_binomial(np.nan, .5)|negative_binomial(1e30, 1e-30)|hypergeometric(1, 1, 3)|hypergeometric(1, 1, -1)|hypergeometric(1, 1, 0)
hypergeometric(10**9, 10**9, 1)|hypergeometric([1], [1], [0])|multinomial(-1, [.5, .5])|multinomial(5, [-.1, 1.1])|multinomial(5, [.7, .6, .1])
multinomial(5, .5)|dirichlet([-1, 1])|dirichlet([0, 1])|multivariate_normal([0, 0, 0], np.eye(2))|multivariate_normal([[0, 0]], np.eye(2))
multivariate_normal([0, 0], [[1, 2], [2, 1]], check_valid='raise')|multivariate_normal([0, 0], np.eye(2), check_valid='x')
multivariate_normal([0, 0], np.eye(2), method='x')|gamma(1, size=-1)|normal([0, 0, 0], 1, size=2)|gamma([1, 2], size=3)
standard_gamma(1, dtype=np.int32)|hypergeometric(-1, 1, 1)|triangular(0, 1, [3, 0.5])'''


def split(text):
    return [e.strip() for e in text.replace('\n', '|').split('|') if e.strip()]


def snippet(seed, exprs, objs=('g', 'rs')):
    lines = [f'g = np.random.default_rng({seed}); rs = np.random.RandomState({seed})']
    for e in exprs:
        for o in objs:
            lines.append(f'show({(o + "." + e)!r}, lambda: {o}.{e})')
    return '\n'.join(lines) + '\n'


def module_level(seed):
    return f'''np.random.seed({seed})
show('binomial', lambda: np.random.binomial(10, 0.5, 5)); show('poisson', lambda: np.random.poisson(4, 5))
show('gamma', lambda: np.random.gamma(2, 2, 3)); show('beta', lambda: np.random.beta(2, 5, 3))
show('mvn', lambda: np.random.multivariate_normal([0, 0], [[1, .3], [.3, 1]], 2)); show('dirichlet', lambda: np.random.dirichlet([1, 1, 1]))
show('multinomial', lambda: np.random.multinomial(10, [.5, .3, .2])); show('lognormal', lambda: np.random.lognormal(0, 1, 3))
show('geometric', lambda: np.random.geometric(0.3, 4)); show('standard_t', lambda: np.random.standard_t(3, 2))
show('randn after', lambda: np.random.randn(3))
'''


def run(code):
    buf = io.StringIO()
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        with contextlib.redirect_stdout(buf):
            exec(PRELUDE + code, {})
    return buf.getvalue()


def main():
    cases = []
    for s in SEEDS:
        for name, text in GROUPS.items():
            cases.append({'name': f'{name} seed={s}', 'code': snippet(s, split(text))})
        cases.append({'name': f'generator only seed={s}', 'code': snippet(s, split(GEN_ONLY), ('g',))})
        cases.append({'name': f'module level seed={s}', 'code': module_level(s)})
    cases.append({'name': 'errors', 'code': snippet(0, split(ERRORS))})
    for c in cases:
        c['stdout'] = run(c['code'])
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'distributions.json')
    with open(path, 'w') as f:
        json.dump({'numpy': np.__version__, 'prelude': PRELUDE, 'cases': cases}, f, indent=1)
        f.write('\n')


if __name__ == '__main__':
    main()
