// The README's first command runs examples/tour.py: its output must be CPython + NumPy's, recorded in
// tour.out with `python3 examples/tour.py > test/examples/tour.out`.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterpreter } from '../../src/index';

describe('examples/tour.py', () => {
  it('prints what python3 printed', () => {
    const file = join(__dirname, '..', '..', 'examples', 'tour.py');
    let out = '';
    let err = '';
    const py = createInterpreter({ stdout: (s) => (out += s), stderr: (s) => (err += s) });
    const r = py.runScript(readFileSync(file, 'utf8'), file);
    expect(err).toBe('');
    expect(r.ok).toBe(true);
    expect(out).toBe(readFileSync(join(__dirname, 'tour.out'), 'utf8'));
  });
});
