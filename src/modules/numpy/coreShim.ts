/**
 * `numpy.core`, NumPy 2's deprecated alias of its private `numpy._core`: every attribute read through it
 * raises NumPy's DeprecationWarning (naming the `numpy._core` spelling) and then gives the public object
 * of the same name — `np.core.records` is `np.rec`, the other submodule names give numpy itself, whose
 * namespace holds what they exported.
 */
import { PyModule } from '../../objects/values';
import { throwPy } from '../../objects/errors';
import { builtin } from '../../objects/function';
import { warnFrom } from '../warnings';

const SUBMODULES = new Set(['arrayprint', 'defchararray', 'einsumfunc', 'fromnumeric', 'function_base', 'getlimits', 'multiarray', 'numeric', 'numerictypes', 'shape_base', 'umath']);

function deprecation(attr: string): void {
  warnFrom(
    'DeprecationWarning',
    'numpy.core is deprecated and has been renamed to numpy._core. The numpy._core namespace contains private NumPy internals ' +
      'and its use is discouraged, as NumPy internals can change without warning in any release. In practice, most real-world ' +
      'usage of numpy.core is to access functionality in the public NumPy API. If that is the case, use the public NumPy API. ' +
      `If not, you are using NumPy internals. If you would still like to access an internal attribute, use numpy._core.${attr}.`,
  );
}

export function coreModule(numpy: PyModule): PyModule {
  const m = new PyModule('numpy.core');
  m.d.__getattr__ = builtin('__getattr__', ([name]) => {
    const target = name === 'records' ? numpy.d.rec : SUBMODULES.has(name) ? numpy : numpy.d[name];
    if (target === undefined) throwPy('AttributeError', `module 'numpy._core' has no attribute '${name}'`);
    deprecation(name);
    return target;
  });
  return m;
}
