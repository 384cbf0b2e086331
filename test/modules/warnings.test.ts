/**
 * The exact stderr text of warnings (`file:line: Category: message` and the stripped source line), for
 * scripts in test/modules/warnings/: each NAME.err is CPython 3.11's stderr for NAME.py, with the
 * directory replaced by <DIR>. Re-record with:
 *   cd test/modules/warnings && for f in stderr_*.py; do python3 $PWD/$f >/dev/null 2>${f%.py}.err; sed -i "s|$PWD/|<DIR>/|g" ${f%.py}.err; done
 *   python3 -c "$(cat string_source.py)" 2> string_source.err
 * The golden programs test/programs/lang/warnings_*.py cover the module's behaviour through stdout.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { nodeHost } from '../../src/interp/nodeHost';
import { createInterpreter } from '../../src/index';

const DIR = fileURLToPath(new URL('./warnings', import.meta.url));

function run(code: string, filename: string): { stderr: string; ok: boolean } {
  let stderr = '';
  const interp = createInterpreter({
    stdout: () => {},
    stderr: (s: string) => {
      stderr += s;
    },
    argv: [filename],
    fs: nodeHost,
    scriptDir: DIR,
  });
  const r = interp.runScript(code, filename);
  return { stderr: stderr.split(DIR + '/').join('<DIR>/'), ok: r.ok };
}

function runFixture(name: string): { stderr: string; ok: boolean; expected: string } {
  const path = `${DIR}/${name}.py`;
  return { ...run(readFileSync(path, 'utf8'), path), expected: readFileSync(`${DIR}/${name}.err`, 'utf8') };
}

describe('warnings on stderr as CPython prints them', () => {
  for (const name of ['stderr_basic', 'stderr_frames', 'stderr_modules']) {
    it(name, () => {
      const r = runFixture(name);
      expect(r.ok).toBe(true);
      expect(r.stderr).toBe(r.expected);
    });
  }

  it("an uncaught warning under 'error' ends the script with its traceback", () => {
    const r = runFixture('stderr_error');
    expect(r.ok).toBe(false);
    const lines = r.stderr.trimEnd().split('\n');
    const expected = r.expected.trimEnd().split('\n');
    expect(lines[lines.length - 1]).toBe(expected[expected.length - 1]);
    expect(lines[1]).toBe(expected[1]);
  });

  // without a source file the line is unknown (reported as 1), so this case keeps to one line
  it('code without a source file is attributed to <string>', () => {
    const r = run(readFileSync(`${DIR}/string_source.py`, 'utf8'), '<string>');
    const expected = readFileSync(`${DIR}/string_source.err`, 'utf8');
    expect(r.stderr).toBe(expected);
  });
});
