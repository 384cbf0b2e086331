/**
 * np.memmap over a 2 GiB file (sparse, made with truncate): reading one row and writing one element must
 * load only the chunks they touch (src/modules/numpy/memmap.ts), so the process's peak resident memory
 * stays under 200 MB. Runs the built package in a child Node process so the peak measured is that
 * script's alone; the expected stdout was printed by python3 + NumPy 2.4.6 for the same script.
 */
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, openSync, ftruncateSync, closeSync, readSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROWS = 16384, COLS = 16384; // float64: 2 GiB
const SCRIPT = (path: string) => `import numpy as np
m = np.memmap(${JSON.stringify(path)}, dtype=np.float64, mode='r+', shape=(${ROWS}, ${COLS}))
row = m[12345]
print(row.shape, row[:3], row.sum())
m[9000, 77] = 3.5
m.flush()
del m
f = np.memmap(${JSON.stringify(path)}, dtype=np.float64, mode='r', shape=(${ROWS}, ${COLS}))
print(f[9000, 75:79])
`;
const EXPECTED = '(16384,) [0. 0. 0.] 0.0\n[0.  0.  3.5 0. ]\n';

describe('memmap of a 2 GiB file', () => {
  it('reads a row and writes an element with a peak under 200 MB', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ndpy-mm-'));
    const path = join(dir, 'big.dat');
    try {
      const fd = openSync(path, 'w');
      ftruncateSync(fd, ROWS * COLS * 8);
      closeSync(fd);
      const entry = pathToFileURL(resolve(__dirname, '../../dist/index.js')).href;
      const driver = `
        import { createInterpreter } from ${JSON.stringify(entry)};
        let out = '';
        const py = createInterpreter({ fs: 'host', stdout: (s) => (out += s), stderr: (s) => (out += s) });
        const r = py.runScript(${JSON.stringify(SCRIPT(path))}, 'big.py');
        process.stdout.write(JSON.stringify({ out, status: r.exitCode, maxRSS: process.resourceUsage().maxRSS }));`;
      const p = spawnSync(process.execPath, ['--input-type=module', '-e', driver], { encoding: 'utf8', timeout: 60000 });
      expect(p.stderr).toBe('');
      const res = JSON.parse(p.stdout);
      expect(res.out).toBe(EXPECTED);
      expect(res.status).toBe(0);
      expect(res.maxRSS / 1024, `peak ${Math.round(res.maxRSS / 1024)} MB`).toBeLessThan(200); // maxRSS is in KiB
      // the element reached the file, at its place
      const buf = Buffer.alloc(8);
      const rfd = openSync(path, 'r');
      readSync(rfd, buf, 0, 8, (9000 * COLS + 77) * 8);
      closeSync(rfd);
      expect(buf.readDoubleLE(0)).toBe(3.5);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60000);
});
