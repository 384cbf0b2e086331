// The public conformance cases this project has copied from ../shared/conformance (the Python-language
// categories): each script's stdout must equal the .out CPython 3.11 printed, byte for byte.
// Cases are run in-process through the public API, with the case's folder as the script directory.
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, dirname } from 'node:path';
import { createInterpreter } from '../src/index';
import { nodeHost } from '../src/interp/nodeHost';

const root = join(__dirname, 'conformance');

function walk(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir).sort()) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (e.endsWith('.py')) out.push(p);
  }
  return out;
}

describe('conformance (copied cases)', () => {
  const files = walk(root);
  it('has cases', () => expect(files.length).toBeGreaterThan(40));
  for (const file of files) {
    it(relative(root, file), () => {
      let stdout = '';
      let stderr = '';
      const interp = createInterpreter({
        stdout: (s) => (stdout += s),
        stderr: (s) => (stderr += s),
        argv: [file],
        fs: nodeHost,
        scriptDir: dirname(file),
      });
      const r = interp.runScript(readFileSync(file, 'utf8'), file, { final: true });
      expect(stderr).toBe('');
      expect(r.ok).toBe(true);
      expect(stdout).toBe(readFileSync(file.replace(/\.py$/, '.out'), 'utf8'));
    });
  }
});
