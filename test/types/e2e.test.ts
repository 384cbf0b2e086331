/**
 * End-to-end checks of the builtin-type methods through the whole interpreter: each
 * test/types/programs/<name>.py runs in-process via createInterpreter and its stdout must equal
 * <name>.out, recorded from CPython 3.11 by record-programs.py.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createInterpreter } from '../../src/index';

const DIR = fileURLToPath(new URL('./programs', import.meta.url));

describe('builtin types, end to end', () => {
  for (const name of readdirSync(DIR).filter((f) => f.endsWith('.py')).sort()) {
    it(name, () => {
      let stdout = '';
      let stderr = '';
      const interp = createInterpreter({ stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), argv: [name] });
      const result = interp.runScript(readFileSync(join(DIR, name), 'utf8'), join(DIR, name));
      expect(stdout, `stderr:\n${stderr}`).toBe(readFileSync(join(DIR, name.slice(0, -3) + '.out'), 'utf8'));
      expect(result.ok, stderr).toBe(true);
    });
  }
});
