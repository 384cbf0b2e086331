/**
 * End-to-end runs of test/modules/e2e/*.py through the public API with the Node host's file system;
 * stdout must equal the .out recorded from CPython 3.11 by record-e2e.py.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createInterpreter } from '../../src/index';
import { nodeHost } from '../../src/interp/nodeHost';

const dir = fileURLToPath(new URL('./e2e', import.meta.url));

describe('stdlib modules end to end', () => {
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.py')).sort()) {
    it(name, () => {
      const file = join(dir, name);
      let stdout = '';
      let stderr = '';
      const interp = createInterpreter({
        stdout: (s) => (stdout += s),
        stderr: (s) => (stderr += s),
        argv: [file],
        fs: nodeHost,
      });
      const r = interp.runScript(readFileSync(file, 'utf8'), file);
      expect(stdout, stderr).toBe(readFileSync(file.replace(/\.py$/, '.out'), 'utf8'));
      expect(r.ok, stderr).toBe(true);
    });
  }
});
