// The command line, end to end: bin/ndpy must print what CPython prints (stdout, stderr tracebacks and
// syntax errors, exit status) for the cases recorded from real python3 in test/cli/cases.json.
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const dir = resolve(__dirname, 'cli');
const ndpy = resolve(__dirname, '..', 'bin', 'ndpy');
const cases = JSON.parse(readFileSync(join(dir, 'cases.json'), 'utf8')) as {
  name: string;
  args: string[];
  stdin?: string;
  stdout: string;
  stderr: string;
  status: number;
}[];

describe('bin/ndpy', () => {
  for (const c of cases) {
    it(c.name, () => {
      const p = spawnSync(ndpy, c.args, { cwd: dir, input: c.stdin ?? '', encoding: 'utf8' });
      expect(p.stdout).toBe(c.stdout);
      expect(p.status).toBe(c.status);
      const err = p.stderr.split(dir + '/').join('<DIR>/');
      if (c.name === 'missing_file') expect(err).toContain("can't open file '<DIR>/no_such_file.py': [Errno 2] No such file or directory");
      else expect(err).toBe(c.stderr);
    });
  }

  it('rejects unknown options with status 2', () => {
    const p = spawnSync(ndpy, ['--bogus'], { encoding: 'utf8' });
    expect(p.status).toBe(2);
    expect(p.stderr).toContain('usage: ndpy');
  });
});
