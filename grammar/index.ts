/**
 * Public entry point of the Python front end: `parse(source, filename)` → Module, throwing
 * PySyntaxError (formatted by `formatSyntaxError` exactly as CPython 3.11 prints it).
 *
 * Pipeline: normalise line endings → tokenize (grammar/lexer.ts) → parse f-string fields of every
 * f-string token (recursively, each field with its own token list) → main parse with the shared parser
 * instance → compile-time checks (grammar/checks.ts) → private name mangling (grammar/mangle.ts). The
 * parser is built lazily once per process; `parse` is not re-entrant across threads but holds no state
 * between calls.
 */

import type { IToken } from 'chevrotain';
import type { Expr, Module } from './ast.js';
import { checkModule } from './checks.js';
import { manglePrivateNames } from './mangle.js';
import { diagnose, finalError } from './diagnose.js';
import { PySyntaxError } from './errors.js';
import { prepareFString } from './fstring.js';
import { tokenize, type LexResult } from './lexer.js';
import { PyParser, type GrammarCache } from './parser.js';
import { SourceText } from './source.js';
import { markSoftKeywords } from './softKeywords.js';
import { Str, strPayload } from './tokens.js';

export type * from './ast.js';
export { PySyntaxError, formatSyntaxError, type SyntaxErrorType } from './errors.js';

let shared: PyParser | null = null;

/** Chevrotain 13's grammar validation calls Object.groupBy, which Node 20 lacks. */
function polyfillGroupBy(): void {
  const O = Object as unknown as { groupBy?: unknown };
  if (typeof O.groupBy === 'function') return;
  O.groupBy = <T>(items: Iterable<T>, key: (item: T, i: number) => PropertyKey): Record<PropertyKey, T[]> => {
    const out = Object.create(null) as Record<PropertyKey, T[]>;
    let i = 0;
    for (const it of items) {
      const k = key(it, i++);
      (out[k] ??= []).push(it);
    }
    return out;
  };
}

/**
 * The grammar analysis saved by scripts/build.mjs (`exportGrammarCache`, as JSON text), which esbuild's
 * `define` puts in place of this name in the bundles; undefined when running from source (tests).
 */
declare const __NDPY_GRAMMAR_CACHE__: string | undefined;

function builtGrammarCache(): GrammarCache | null {
  if (typeof __NDPY_GRAMMAR_CACHE__ !== 'string') return null;
  try {
    return JSON.parse(__NDPY_GRAMMAR_CACHE__) as GrammarCache;
  } catch {
    return null;
  }
}

/**
 * Build a parser. `validate` runs Chevrotain's grammar checks (slower; used by tests); otherwise a bundle's
 * build-time grammar cache, if any, spares the grammar analysis (see grammar/parser.ts).
 */
export function createParser(validate = false): PyParser {
  polyfillGroupBy();
  return new PyParser(validate, validate ? null : builtGrammarCache());
}

function getParser(): PyParser {
  shared ??= createParser(false);
  return shared;
}

export function parse(source: string, filename: string): Module {
  const src = new SourceText(source.replace(/\r\n?/g, '\n'), filename);
  const parser = getParser();
  const lex = tokenize(src);
  markSoftKeywords(lex.tokens);
  prepareFStrings(parser, src, lex.tokens);
  parser.begin(src, lex.tokens);
  let mod: Module;
  try {
    mod = parser.file();
  } catch (e) {
    if (e instanceof PySyntaxError) throw finalError(e, parser.currentLine(), lex, src);
    throw e;
  }
  if (parser.errors.length > 0) throw diagnose(parser, src, lex, lex.tokens, parser.errors[0]);
  if (lex.error) throw lex.error;
  checkModule(mod, src);
  manglePrivateNames(mod.body);
  return mod;
}

function prepareFStrings(parser: PyParser, src: SourceText, tokens: IToken[]): void {
  for (const t of tokens) {
    if (t.tokenType !== Str) continue;
    const p = strPayload(t);
    if (p.fstr && !p.fparts && !p.ferror) prepareFString(src, t, p, (a, b) => parseField(parser, src, a, b));
  }
}

function parseField(parser: PyParser, src: SourceText, start: number, end: number): Expr {
  const lex: LexResult = tokenize(src, { start, end, expr: true });
  if (lex.error) throw lex.error;
  prepareFStrings(parser, src, lex.tokens);
  parser.begin(src, lex.tokens);
  const e = parser.fieldExpr();
  if (parser.errors.length > 0) throw diagnose(parser, src, lex, lex.tokens, parser.errors[0]);
  return e;
}
