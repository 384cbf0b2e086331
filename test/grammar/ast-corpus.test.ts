/**
 * Our AST for test/grammar/corpus/*.py must equal CPython's (converted by pyast_to_json.py into the
 * grammar/ast.ts shape; regenerate with gen-ast-fixture.py). Spans are compared too, except inside
 * f-string fields, which are checked by hand in parse.test.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../../grammar/index.js';
import { diff, toJson } from './astjson.js';

const fixture = JSON.parse(readFileSync(new URL('./ast-fixture.json', import.meta.url), 'utf8')) as Record<string, unknown>;

describe('AST equals CPython ast for the corpus', () => {
  for (const [file, expected] of Object.entries(fixture)) {
    it(file, () => {
      const src = readFileSync(new URL(`./${file}`, import.meta.url), 'utf8');
      expect(diff(toJson(parse(src, file)), expected)).toBeNull();
    });
  }
});
