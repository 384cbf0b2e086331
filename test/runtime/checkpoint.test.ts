// Long element-wise kernels run in chunks with a host checkpoint between them, which is how Ctrl-C and
// time limits reach code stuck in one huge array operation.
import { describe, it, expect, afterEach } from 'vitest';
import * as D from '../../runtime/dtype';
import { NDArray } from '../../runtime/ndarray';
import { loopFor, runElementwise, setCheckpoint } from '../../runtime/ufunc';
import { createInterpreter } from '../../src/index';

describe('kernel checkpoints', () => {
  afterEach(() => {
    // a fresh interpreter reinstalls its own checkpoint; leave a harmless one for other tests in this file
    setCheckpoint(() => {});
  });

  it('calls the checkpoint between chunks and stops when it throws', () => {
    const n = 1 << 20;
    const a = NDArray.empty([n], D.float64);
    const out = NDArray.empty([n], D.float64);
    const loop = loopFor('negative', [D.float64], [D.float64])!;
    let calls = 0;
    setCheckpoint(() => void calls++);
    runElementwise(loop, [a], [out], [n]);
    expect(calls).toBeGreaterThanOrEqual(3);
    setCheckpoint(() => {
      throw new Error('stop');
    });
    expect(() => runElementwise(loop, [a], [out], [n])).toThrow('stop');
  });

  it('raises KeyboardInterrupt inside a single long array operation', () => {
    const cell = new Int32Array(new SharedArrayBuffer(4));
    let err = '';
    const py = createInterpreter({ interruptCell: cell, stderr: (s) => (err += s) });
    expect(py.runScript('import numpy as np\na = np.ones(2**21)\n').ok).toBe(true);
    Atomics.store(cell, 0, 1);
    const r = py.runScript('b = np.negative(a)\n');
    expect(r.error?.type).toBe('KeyboardInterrupt');
    expect(err).toContain('KeyboardInterrupt');
    expect(py.runScript('print(a.sum())').ok).toBe(true);
  });
});
