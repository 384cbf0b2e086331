// The start-up snapshot (repl/snapshot.ts, dist/ndpy.blob): bin/ndpy starts from it (on a terminal too,
// where the program runs in a worker thread: test/cli/interrupt.test.ts). What the snapshot holds was
// computed at build time, so these check that per-run state is still read at run time: environment
// variables (NDPY_DEBUG), entropy (unseeded random streams differ between runs), argv, the working
// directory, NODE_EXTRA_CA_CERTS (which bin/ndpy hides from node) and the stdlib files read on import —
// and that NDPY_NO_SNAPSHOT=1 (the bundle path) behaves the same.
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ndpy = resolve(__dirname, '..', '..', 'bin', 'ndpy');
const run = (args: string[], env: Record<string, string> = {}, cwd?: string) =>
  spawnSync(ndpy, args, { encoding: 'utf8', input: '', cwd, env: { ...process.env, ...env } });

describe('the ES module build', () => {
  it('runs as node dist/cli.js', () => {
    const p = spawnSync(process.execPath, [resolve(__dirname, '..', '..', 'dist', 'cli.js'), '-c', 'import sys; print(sys.argv, 6 * 7)'], { encoding: 'utf8', input: '' });
    expect(p.stderr).toBe('');
    expect(p.stdout).toBe("['-c'] 42\n");
  });
});

describe.each([['snapshot', {}], ['bundle', { NDPY_NO_SNAPSHOT: '1' }]])('bin/ndpy from the %s', (_, env: Record<string, string>) => {
  it('has a snapshot to start from', () => {
    expect(existsSync(resolve(__dirname, '..', '..', 'dist', 'ndpy.blob'))).toBe(true);
  });
  it('reads NDPY_DEBUG at run time', () => {
    const p = run(['-c', 'import numpy as np\nx = np.ones(4)\ny = x * 2 + 1'], { ...env, NDPY_DEBUG: '1' });
    expect(p.status).toBe(0);
    expect(p.stderr).toMatch(/^ndpy: kernel fused add\(multiply\(x0, s1\), s2\) <f8 \[4\] \d+\.\d{3} ms\n$/);
  });
  it('draws fresh entropy in every run', () => {
    const code = 'import random, numpy as np\nprint(random.random(), np.random.random(), np.random.default_rng().random())';
    const a = run(['-c', code], env), b = run(['-c', code], env);
    expect(a.status).toBe(0);
    const [x, y] = [a.stdout.split(' '), b.stdout.split(' ')];
    for (let i = 0; i < 3; i++) expect(x[i]).not.toBe(y[i]);
  });
  it('sees its arguments and working directory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ndpy-snap-'));
    const p = run(['-c', 'import os, sys\nprint(sys.argv, os.getcwd())', 'a b', 'c'], env, dir);
    expect(p.stdout).toBe(`['-c', 'a b', 'c'] ${dir}\n`);
  });
  it('keeps NODE_EXTRA_CA_CERTS in os.environ though node starts without it', () => {
    const code = "import os\nprint(repr(os.environ.get('NODE_EXTRA_CA_CERTS')), 'NDPY_EXTRA_CA_CERTS' in os.environ)";
    expect(run(['-c', code], { ...env, NODE_EXTRA_CA_CERTS: '/no/such/file.pem' }).stdout).toBe("'/no/such/file.pem' False\n");
    const { NODE_EXTRA_CA_CERTS: _, ...without } = process.env;
    const p = spawnSync(ndpy, ['-c', code], { encoding: 'utf8', input: '', env: { ...without, ...env } });
    expect(p.stdout).toBe('None False\n');
  });
  it('reads the Python-written stdlib modules from dist/stdlib, started by a relative path', () => {
    // collections is compiled into the snapshot, textwrap and html.entities are not; both are read from
    // dist/stdlib/*.py (scripts/stdlibFiles.mjs), which a relative dist/cli.cjs must still find
    const code = "import collections, textwrap, html.entities\nprint(collections.deque([1]), textwrap.dedent('  x'), html.entities.name2codepoint['amp'])";
    const p = spawnSync(join('bin', 'ndpy'), ['-c', code], { encoding: 'utf8', input: '', cwd: resolve(__dirname, '..', '..'), env: { ...process.env, ...env } });
    expect(p.stderr).toBe('');
    expect(p.stdout).toBe('deque([1]) x 38\n');
  });
});
