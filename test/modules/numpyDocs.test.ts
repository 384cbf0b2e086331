/**
 * The numpy docs table (src/modules/numpy/docs.ts) that help() prints from: every key names something
 * ndpy's numpy really has, every entry starts with a signature of that name, and help() shows entries
 * for module functions and ndarray methods.
 */
import { describe, expect, it } from 'vitest';
import { createInterpreter } from '../../src/index';
import { numpyDocs } from '../../src/modules/numpy/docs';

function run(code: string): { stdout: string; stderr: string; ok: boolean } {
  const out = { stdout: '', stderr: '' };
  const interp = createInterpreter({ stdout: (s) => (out.stdout += s), stderr: (s) => (out.stderr += s) });
  const r = interp.runScript(code);
  return { ...out, ok: r.ok };
}

const keys = Object.keys(numpyDocs);

describe('numpy docs table', () => {
  it('has a few hundred entries, covering submodules and ndarray methods', () => {
    expect(keys.length).toBeGreaterThanOrEqual(250);
    for (const k of ['linspace', 'zeros', 'linalg.inv', 'random.rand', 'random.default_rng', 'fft.fft', 'ndarray.reshape', 'ndarray.astype']) {
      expect(numpyDocs[k], k).toBeDefined();
    }
  });

  it('names only attributes that exist in ndpy', () => {
    const code = [
      'import numpy as np',
      `names = ${JSON.stringify(keys)}`,
      'missing = []',
      'for name in names:',
      '    obj = np',
      "    for part in name.split('.'):",
      '        if not hasattr(obj, part):',
      '            missing.append(name)',
      '            break',
      '        obj = getattr(obj, part)',
      "print('missing:', missing)",
    ].join('\n');
    const r = run(code);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('missing: []\n');
  });

  it('starts every entry with a signature of its own name, followed by a summary', () => {
    for (const [key, entry] of Object.entries(numpyDocs)) {
      const [sig, ...summary] = entry.split('\n');
      const last = key.slice(key.lastIndexOf('.') + 1);
      expect(sig.startsWith(`${last}(`), key).toBe(true);
      expect(sig.endsWith(')') || sig.endsWith(']') || sig.endsWith(')]'), key).toBe(true);
      expect(summary.length, key).toBeGreaterThanOrEqual(1);
      expect(summary.length, key).toBeLessThanOrEqual(3);
      for (const line of summary) {
        expect(line.trim().length, key).toBeGreaterThan(0);
        expect(line.length, key).toBeLessThanOrEqual(100);
      }
    }
  });

  it('help() prints the entry of a numpy function', () => {
    const r = run('import numpy as np\nhelp(np.linspace)');
    expect(r.stdout.startsWith('Help on function linspace in module numpy:\n')).toBe(true);
    expect(r.stdout).toContain(numpyDocs.linspace.split('\n')[0]);
    expect(r.stdout).toContain('    ' + numpyDocs.linspace.split('\n')[1]);
  });

  it('help() accepts a dotted name as a string, also for submodule functions', () => {
    const r = run("help('np.linalg.inv')\nhelp('numpy.random.default_rng')");
    expect(r.stdout).toContain('Help on function inv in module numpy.linalg:\n\n' + numpyDocs['linalg.inv'].split('\n')[0]);
    expect(r.stdout).toContain('Help on function default_rng in module numpy.random:');
  });

  it('help() names an ndarray method as a method of numpy.ndarray', () => {
    const r = run('import numpy as np\nhelp(np.zeros((2,)).reshape)');
    expect(r.stdout).toContain('method reshape of numpy.ndarray');
    expect(r.stdout).toContain(numpyDocs['ndarray.reshape'].split('\n')[0]);
  });

  it('help() describes submodule functions and ufuncs', () => {
    const r = run('import numpy as np\nhelp(np.linalg.inv)\nhelp(np.add)');
    expect(r.stdout).toContain('Help on function inv in module numpy.linalg:');
    expect(r.stdout).toContain('Help on ufunc add in module numpy:\n\n' + numpyDocs['add'].split('\n')[0]);
  });
});
