/**
 * Runs Python snippets through the public interpreter with `numpy.random` available: until module.ts
 * wires `numpy.random` itself, the numpy factory is wrapped here to attach `randomModule()` (and
 * `numpy.random` is registered for `import numpy.random` / `from numpy.random import …`).
 */
import { createInterpreter } from '../../src/index';
import { installModules } from '../../src/modules/index';
import { registerModule, importModule } from '../../src/interp/imports';
import { makeNumpy } from '../../src/modules/numpy/module';
import { randomModule } from '../../src/modules/numpy/random';

installModules();
registerModule('numpy', () => {
  const m = makeNumpy();
  if (m.d.random === undefined) m.d.random = randomModule();
  return m;
});
registerModule('numpy.random', () => importModule('numpy', false).d.random);

export interface PyRun {
  ok: boolean;
  stdout: string;
  stderr: string;
}

export function runPy(code: string): PyRun {
  let stdout = '';
  let stderr = '';
  const interp = createInterpreter({ stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  const r = interp.runScript(code, '<random-test>');
  return { ok: r.ok, stdout, stderr };
}
