// `ndpy -i` without a terminal (as `python3 -i < file`): the session reads the piped lines, prompts go to
// stderr, values echo on stdout; and `ndpy` alone with piped stdin runs it as a script.
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const ndpy = join(__dirname, '..', '..', 'bin', 'ndpy');
const run = (args: string[], input: string) => spawnSync(ndpy, args, { input, encoding: 'utf8' });

describe('piped interactive mode', () => {
  it('echoes values, continues blocks and keeps going after errors', () => {
    const r = run(['-i'], 'x = 2\nx * 21\ndef f(n):\n    return n + 1\n\nf(x)\n1/0\n_\n');
    expect(r.stdout).toBe('42\n3\n3\n');
    expect(r.stderr).toContain('>>> >>> >>> ... ... >>> >>> Traceback (most recent call last):\n  File "<stdin>", line 1, in <module>\nZeroDivisionError: division by zero\n>>> >>> \n');
    expect(r.status).toBe(0);
  });

  it('runs a script first with -i and stays in its namespace; exit() sets the status', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ndpy-i-'));
    const script = join(dir, 'setup.py');
    writeFileSync(script, 'import numpy as np\ndata = np.arange(4)\nprint("loaded")\n');
    const r = run(['-i', script], 'data.sum()\nexit(5)\nprint("not reached")\n');
    expect(r.stdout).toBe('loaded\nnp.int64(6)\n');
    expect(r.status).toBe(5);
  });

  it('input() reads the next piped line', () => {
    const r = run(['-i'], 'name = input("who? ")\nAda\nname.upper()\n');
    expect(r.stdout).toBe("who? 'ADA'\n");
  });

  it('runs piped stdin as a script without -i', () => {
    const r = run([], 'print(6 * 7)\nx = 1\nx\n');
    expect(r.stdout).toBe('42\n');
    expect(r.stderr).toBe('');
  });
});
