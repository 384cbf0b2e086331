/**
 * The `numpy.random` module: the legacy functions (seed, rand, randn, randint, choice, shuffle, …) bound
 * to one global RandomState seeded from fresh entropy, the RandomState and Generator classes,
 * `default_rng`, and the bit generators PCG64 / MT19937 with SeedSequence — all reproducing NumPy 2.4's
 * streams bit for bit (runtime/random/ holds the generators and samplers).
 */
import { PyModule } from '../../objects/values';
import { builtin } from '../../objects/function';
import { kwArgs, kwNamed } from './ufuncs';
import { RandomStateType, randomStateMethods, newRandomState, installRandomState } from './randomState';
import { GeneratorType, defaultRng, installGenerator } from './randomGenerator';
import { SeedSequenceType, PCG64Type, MT19937Type, PCG64DXSMType, SFC64Type, PhiloxType, installBitGenerators } from './randomBitGenerators';

let installed = false;
function installTypes(): void {
  if (installed) return;
  installed = true;
  installRandomState();
  installGenerator();
  installBitGenerators();
}

/** Module-level names that are RandomState methods of the global instance (NumPy's mtrand aliases). */
const LEGACY_FUNCTIONS: Record<string, string> = {
  seed: 'seed', get_state: 'get_state', set_state: 'set_state', rand: 'rand', randn: 'randn',
  random: 'random_sample', random_sample: 'random_sample', sample: 'random_sample', ranf: 'random_sample',
  randint: 'randint', random_integers: 'random_integers', uniform: 'uniform', normal: 'normal',
  standard_normal: 'standard_normal', exponential: 'exponential', standard_exponential: 'standard_exponential',
  choice: 'choice', shuffle: 'shuffle', permutation: 'permutation', bytes: 'bytes',
};
for (const name of ['standard_gamma', 'gamma', 'beta', 'chisquare', 'noncentral_chisquare', 'f', 'noncentral_f', 'standard_t',
  'standard_cauchy', 'lognormal', 'laplace', 'gumbel', 'logistic', 'rayleigh', 'wald', 'pareto', 'weibull', 'power', 'vonmises',
  'triangular', 'binomial', 'negative_binomial', 'poisson', 'geometric', 'zipf', 'logseries', 'hypergeometric', 'multinomial',
  'multivariate_normal', 'dirichlet']) LEGACY_FUNCTIONS[name] = name;

/** A fresh `numpy.random` module (one global RandomState per interpreter). */
export function randomModule(): PyModule {
  installTypes();
  const m = new PyModule('numpy.random');
  const d = m.d;
  const global = newRandomState(null);
  for (const [name, method] of Object.entries(LEGACY_FUNCTIONS)) {
    const f = randomStateMethods[method];
    d[name] = builtin(name, kwNamed(name, (args, kw) => f(global, args, kw)));
  }
  d.RandomState = RandomStateType;
  d.Generator = GeneratorType;
  d.SeedSequence = SeedSequenceType;
  d.PCG64 = PCG64Type;
  d.MT19937 = MT19937Type;
  d.PCG64DXSM = PCG64DXSMType;
  d.SFC64 = SFC64Type;
  d.Philox = PhiloxType;
  d.default_rng = builtin('default_rng', kwNamed('default_rng', (args, kw) => defaultRng(kwArgs(args, kw, ['seed']).seed)));
  return m;
}
