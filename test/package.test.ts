// The package entry as users import it: `import { createInterpreter } from 'ndpy'` resolves through
// package.json "exports" to the built bundle dist/index.js, and its type declarations exist.
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..');

describe("package entry 'ndpy'", () => {
  it('exports createInterpreter from the built bundle', async () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(pkg.name).toBe('ndpy');
    const entry = join(root, pkg.exports['.'].import);
    expect(existsSync(entry)).toBe(true);
    const { createInterpreter } = await import(entry);
    let out = '';
    const py = createInterpreter({ stdout: (s: string) => (out += s) });
    expect(py.runScript('print(6 * 7)')).toEqual({ ok: true, exitCode: 0 });
    expect(out).toBe('42\n');
  });

  it('ships type declarations for the entry', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const types = join(root, pkg.exports['.'].types);
    expect(existsSync(types)).toBe(true);
    expect(readFileSync(types, 'utf8')).toContain('export declare function createInterpreter');
  });
});
