/**
 * Syntax errors must match CPython 3.11 exactly: type, message, position and the stderr text.
 * Expected values come from real python3 (test/grammar/gen-syntax-errors.py → syntax-errors.json).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatSyntaxError, parse, PySyntaxError } from '../../grammar/index.js';

interface Case {
  name: string;
  source: string;
  error: { type: string; msg: string; lineno: number; offset: number; end_offset: number; text: string | null } | null;
  stderr: string;
}

const fixture = JSON.parse(readFileSync(new URL('./syntax-errors.json', import.meta.url), 'utf8')) as { cases: Case[] };

function errorOf(source: string): PySyntaxError {
  try {
    parse(source, 'x.py');
  } catch (e) {
    if (e instanceof PySyntaxError) return e;
    throw e;
  }
  throw new Error('no SyntaxError raised');
}

describe('syntax errors match CPython 3.11', () => {
  for (const c of fixture.cases) {
    it(c.name, () => {
      const e = errorOf(c.source);
      const want = c.error!;
      expect({ type: e.type, msg: e.msg, line: e.line, col: e.col, endCol: e.endCol }).toEqual({
        type: want.type, msg: want.msg, line: want.lineno, col: want.offset, endCol: want.end_offset,
      });
      if (want.text !== null) expect(e.lineText).toBe(want.text.replace(/\n$/, ''));
      expect(formatSyntaxError(e)).toBe(c.stderr);
    });
  }
});

describe('incomplete input (REPL continuation)', () => {
  const incomplete = ['if x:\n', 'if x:', 'def f(', 'x = """abc', 'x = """abc\n', 'foo(1,\n', 'x = 1 + \\', 'x = 1 + \\\n',
    'for i in range(3):\n', 'class A:\n', 'd = {\n', 'x = [1,\n 2,\n'];
  for (const src of incomplete) {
    it(JSON.stringify(src), () => expect(errorOf(src).incomplete).toBe(true));
  }
  const complete = ['x = )', 'x = = 1\n', "x = 'abc\n", 'if x\n', '1 = 2\n', 'x = 1abc\n'];
  for (const src of complete) {
    it(`not ${JSON.stringify(src)}`, () => expect(errorOf(src).incomplete).toBe(false));
  }
});
