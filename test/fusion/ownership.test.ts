/**
 * Rebinding a name that holds a fused result gives the old array's memory back at once when nothing else
 * can refer to it (src/compile/ownership.ts, src/interp/ownership.ts), and never when something might:
 * the heap's live bytes are measured around loops small enough that no garbage collection runs.
 */
import { describe, it, expect } from 'vitest';
import { createInterpreter } from '../../src/index';
import { heap } from '../../runtime/memory';

const N = 100_000; // 800 KB per float64 array; 30 of them stay below the collector's threshold

function run(code: string): { out: string; grew: number } {
  let out = '';
  const py = createInterpreter({ stdout: (s) => (out += s), stderr: (s) => (out += s) });
  py.runScript(`import numpy as np\na = np.linspace(0.0, 1.0, ${N})\nb = a * 0.5 + 1.0\nc = np.ones(${N})`);
  heap.collect(); // and none runs during the 24 MB the loops below allocate
  const live0 = heap.live;
  py.runScript(code);
  return { out, grew: (heap.live - live0) / (N * 8) };
}

describe('rebinding frees the old array', () => {
  it('at module level, with reads that keep nothing (r.sum(), r.shape)', () => {
    const { out, grew } = run('for i in range(30):\n    r = a * b + c * i\n    t = r.sum(), r.shape\nprint(round(float(r.sum()), 3))');
    expect(out).toBe('2966666.75\n'); // python3 prints the same
    expect(grew).toBeLessThan(3);
  });
  it('in a function', () => {
    const { out, grew } = run('def f():\n    q = a * b + c\n    for i in range(30):\n        q = q * 0.5 + a * i\n    return float(q[-1])\nprint(f())');
    expect(out).toBe('56.0000000060536\n'); // python3 prints the same
    expect(grew).toBeLessThan(3);
  });
});

describe('never while something else may hold it', () => {
  it('a list of the results keeps every one, with its values', () => {
    const { out, grew } = run('keep = []\nfor i in range(30):\n    r = a * b + c * i\n    keep.append(r)\nprint(sum(float(x[-1]) for x in keep))');
    expect(out).toBe('480.0\n'); // python3 prints the same
    expect(grew).toBeGreaterThanOrEqual(30);
  });
  it('views and aliases', () => {
    const { out } = run('r = a * b + c\nv = r[::2]\ns = r\nr = a - b * c\nr = a * 3.0 + c\nprint(float(v[-1]), float(s[1]), float(s[-1]))');
    expect(out).toBe('2.499979999849999 1.000010000150002 2.5\n'); // python3 prints the same
  });
  it('names the module shows to later runs, and modules that look names up dynamically', () => {
    let out = '';
    const py = createInterpreter({ stdout: (s) => (out += s), stderr: (s) => (out += s) });
    py.runScript('import numpy as np\na = np.arange(4.0)\nr = a * a + 1');
    py.runScript('s = r');
    py.runScript('r = a * 2.0 - 1\nr = a * 3.0 - 1\nprint(s)');
    py.runScript('r = a * a + 2\nexec("t = r")\nr = a - a * 2\nr = a * 0.0 + 7\nprint(t)');
    expect(out).toBe('[ 1.  2.  5. 10.]\n[ 2.  3.  6. 11.]\n'); // python3 prints the same
  });
});
