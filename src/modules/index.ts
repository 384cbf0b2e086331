/**
 * Registers the standard-library modules implemented in TypeScript with the import system.
 * `installModules()` is idempotent; each module is built lazily, once per interpreter, on first import.
 * 'os.path' and 'posixpath' resolve to the `path` attribute of the interpreter's `os` module.
 */
import { registerModule, registerSourceModule, importModule } from '../interp/imports';
import { PY_MODULES } from '../stdlib/index';
import { TS_STDLIB } from './stdlibNative';
import { PyModule } from '../objects/values';
import { makeExc } from '../objects/exceptions';
import { getAttr } from '../objects/attrs';
import { makeMath } from './math';
import { makeCmath } from './cmath';
import { makeSys } from './sys';
import { makeTime } from './time';
import { makeOs, makeOsPath } from './os';
import { makeTempfile } from './tempfile';
import { installFileSupport } from '../objects/file';
import { makeNumpy } from './numpy/module';
import { makeWarnings } from './warnings';

let installed = false;

export function installModules(): void {
  if (installed) return;
  installed = true;
  installFileSupport();
  registerModule('math', makeMath);
  registerModule('cmath', makeCmath);
  registerModule('sys', makeSys);
  registerModule('time', makeTime);
  registerModule('os', makeOs);
  registerModule('os.path', makeOsPath);
  registerModule('posixpath', makeOsPath);
  registerModule('tempfile', makeTempfile);
  registerModule('warnings', makeWarnings);
  registerModule('numpy', makeNumpy);
  for (const [name, src] of Object.entries(PY_MODULES)) {
    if (typeof src === 'function') registerSourceModule(name, src);
    else if (src.trim()) registerSourceModule(name, () => src);
  }
  // collections.abc: the classes collections (src/stdlib/collections.ts) keeps on its `abc` attribute
  registerModule('collections.abc', () => {
    const col = importModule('collections', false);
    const ns = col.d.abc;
    if (ns instanceof PyModule) return ns;
    const m = new PyModule('collections.abc');
    const attrs = ns?.d ?? {};
    for (const k of Object.keys(attrs)) m.d[k] = attrs[k];
    col.d.abc = m;
    return m;
  });
  for (const [name, make] of Object.entries(TS_STDLIB)) registerModule(name, make);
  // submodules resolve to the attributes of the interpreter's numpy module
  const polynomials = ['polynomial', 'chebyshev', 'legendre', 'hermite', 'hermite_e', 'laguerre'].map((k) => `polynomial.${k}`);
  for (const sub of ['random', 'linalg', 'fft', 'lib', 'lib.stride_tricks', 'lib.array_utils', 'lib.format', 'lib.mixins', 'lib.scimath', 'exceptions', 'emath', 'rec', 'dtypes', 'core', 'polynomial', ...polynomials, 'ma', 'char', 'strings', 'testing']) {
    registerModule(`numpy.${sub}`, () => {
      let m: any = importModule('numpy', false);
      for (const part of sub.split('.')) {
        // numpy.ma / numpy.char are loaded on first attribute access (the module's __getattr__)
        m = m instanceof PyModule && !(part in m.d) ? tryGetAttr(m, part) : m?.d?.[part];
        if (!(m instanceof PyModule)) throw makeExc('ModuleNotFoundError', `No module named 'numpy.${sub}'`);
      }
      return m;
    });
  }
}

function tryGetAttr(m: PyModule, name: string): any {
  try {
    return getAttr(m, name);
  } catch {
    return undefined;
  }
}
