/**
 * Golden-program tests: every test/programs/<feature>/<name>.py is run in-process through the public
 * embedding API and its stdout compared byte-for-byte with <name>.out (recorded from CPython by
 * test/programs/record.py). When <name>.err exists the program must end with an uncaught exception:
 * ok === false, exitCode 1, and the last non-empty stderr line equal to the .err content.
 * Python is never needed to run this test.
 *
 * They run twice: as compiled normally, and with every loop outlined into a function of its own (what the
 * compiler does to the loops of long bodies, src/compile/outline.ts), so that path meets every program.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';
import { nodeHost } from '../src/interp/nodeHost';
import { createInterpreter } from '../src/index';
import { setOutlineLimit } from '../src/compile/outline';

const ROOT = fileURLToPath(new URL('./programs', import.meta.url));

function findPrograms(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...findPrograms(full));
    // record.py lives at the top level and is a tool, not a program
    else if (entry.isFile() && entry.name.endsWith('.py') && dir !== ROOT) found.push(full);
  }
  return found;
}

function lastNonEmptyLine(text: string): string {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  return lines.length ? lines[lines.length - 1] : '';
}

const programs = findPrograms(ROOT);

function check(file: string, name: string, base: string): void {
  const code = readFileSync(file, 'utf8');
  const expectedOut = readFileSync(base + '.out', 'utf8');
  const errFile = base + '.err';
  const expectedErr = existsSync(errFile) ? readFileSync(errFile, 'utf8').replace(/\r?\n$/, '') : null;

  let stdout = '';
  let stderr = '';
  const interp = createInterpreter({
    stdout: (s: string) => {
      stdout += s;
    },
    stderr: (s: string) => {
      stderr += s;
    },
    argv: [file],
    fs: nodeHost,
    scriptDir: dirname(file),
  });
  // as the command line runs a script (src/compile/deferred.ts may leave a module variable unbound)
  const result = interp.runScript(code, file, { final: true });

  const context = `\n--- stderr of ${name} ---\n${stderr.slice(-3000)}\n--- result ---\n${JSON.stringify(result)}`;
  expect(stdout, `stdout of ${name} differs${context}`).toBe(expectedOut);
  if (expectedErr !== null) {
    expect(result.ok, `${name} should end with an uncaught exception${context}`).toBe(false);
    expect(result.exitCode, `exit code of ${name}${context}`).toBe(1);
    expect(lastNonEmptyLine(stderr), `last stderr line of ${name}${context}`).toBe(expectedErr);
  } else {
    expect(result.ok, `${name} should run to the end${context}`).toBe(true);
    expect(result.exitCode, `exit code of ${name}${context}`).toBe(0);
  }
}

describe('golden programs', () => {
  it('finds the programs', () => {
    expect(programs.length).toBeGreaterThan(0);
  });

  for (const file of programs) {
    const name = relative(ROOT, file).split(sep).join('/');
    it(name, () => check(file, name, file.slice(0, -3)));
  }
});

describe('golden programs, every loop outlined', () => {
  beforeAll(() => setOutlineLimit(0));
  afterAll(() => setOutlineLimit(null));
  for (const file of programs) {
    const name = relative(ROOT, file).split(sep).join('/');
    it(name, () => check(file, name, file.slice(0, -3)));
  }
});
