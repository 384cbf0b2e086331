/**
 * Turns a parse failure into the SyntaxError CPython 3.11 would report.
 *
 * Two inputs: a Chevrotain recognition error (which token the LL(2) parser choked on) or a
 * PySyntaxError thrown by a grammar action. Recognition errors are refined with a few of CPython's
 * "invalid_*" heuristics (forgotten comma, `=` instead of `==`, unexpected indent, unclosed bracket at
 * end of input), re-using the parser on token sub-ranges to measure neighbouring expressions. Finally
 * CPython's precedence is applied: a tokenizer error anywhere in the file (other than indentation
 * errors) wins over a parser error, and a bracket left open on an earlier line wins too.
 */

import { EOF, type IRecognitionException, type IToken } from 'chevrotain';
import { PySyntaxError } from './errors.js';
import type { LexResult } from './lexer.js';
import type { PyParser } from './parser.js';
import type { SourceText } from './source.js';
import { tokSpan } from './spans.js';
import { exprName } from './targets.js';
import { Assign, Colon, Comma, Dedent, ErrorTok, Indent, LBrace, LPar, LSqb, Name, RBrace, RPar, RSqb, Star, Str, Walrus, kw } from './tokens.js';

export function finalError(err: PySyntaxError, errLine: number, lex: LexResult, src: SourceText): PySyntaxError {
  const le = lex.error;
  if (le && le !== err && le.type === 'SyntaxError') return le;
  if (!le && lex.brackets.length) {
    const b = lex.brackets[lex.brackets.length - 1];
    if (errLine > b.line) return neverClosed(lex, src);
  }
  return err;
}

function neverClosed(lex: LexResult, src: SourceText): PySyntaxError {
  const b = lex.brackets[lex.brackets.length - 1];
  return new PySyntaxError({
    msg: `'${b.ch}' was never closed`, filename: src.filename, line: b.line, col: b.col + 1, endCol: 0,
    lineText: src.lineText(b.line), incomplete: true,
  });
}

export function diagnose(parser: PyParser, src: SourceText, lex: LexResult, tokens: IToken[], ex: IRecognitionException): PySyntaxError {
  const seen = { line: 0 };
  const err = diagnoseRaw(parser, src, lex, tokens, ex, seen);
  const t = ex.token;
  const line = t.tokenType === EOF || Number.isNaN(t.startOffset) ? lex.eof.startLine ?? err.line : t.startLine ?? err.line;
  return finalError(err, Math.max(line, seen.line), lex, src);
}

/** `seen.line` records the furthest line the diagnosis looked at (CPython's last fetched token) */
function diagnoseRaw(
  parser: PyParser, src: SourceText, lex: LexResult, tokens: IToken[], ex: IRecognitionException, seen: { line: number },
): PySyntaxError {
  const probe = (from: number, what: 'expr' | 'bitOr' | 'starExprs'): { last: IToken; next: IToken } | null => {
    const r = probeAt(parser, tokens, from, what);
    if (r) seen.line = Math.max(seen.line, r.next.startLine ?? 0);
    return r;
  };
  let t = ex.token;
  if (t.tokenType === EOF || Number.isNaN(t.startOffset)) t = lex.eof;
  if (t.tokenType === ErrorTok) return t.payload as PySyntaxError;
  const atEof = t === lex.eof || t.tokenType === EOF;
  if (atEof && lex.brackets.length) return neverClosed(lex, src);
  if (t.tokenType === Indent || t.tokenType === Dedent) {
    return new PySyntaxError({
      type: 'IndentationError', msg: t.tokenType === Indent ? 'unexpected indent' : 'unexpected unindent',
      filename: src.filename, line: t.startLine ?? 1, col: t.endColumn ?? 0, endCol: -1, lineText: src.lineText(t.startLine ?? 1),
    });
  }
  const idx = tokens.indexOf(t);
  const disj = parser.lastDisj;
  const prev = idx > 0 ? tokens[idx - 1] : null;
  const generic = parser.errTok('invalid syntax', t);
  if (idx < 0 || !disj || disj.last !== prev) return generic;

  if (t.tokenType === Assign) {
    const argStart = parser.inCallArgs > 0 ? callArgumentStart(tokens, idx) : -1;
    if (argStart >= 0 && !(tokens[argStart].tokenType === Name && argStart + 1 === idx)) {
      return rangeError(parser, 'expression cannot contain assignment, perhaps you meant "=="?', tokens[argStart], t);
    }
    const b = probe(idx + 1, 'bitOr');
    if (!b || b.next.tokenType === Assign || b.next.tokenType === Walrus) return generic;
    if (disj.first === disj.last && disj.first.tokenType === Name) {
      return rangeError(parser, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", disj.first, b.last);
    }
    const n = disj.node;
    const excluded = n.kind === 'Tuple' || n.kind === 'List' || n.kind === 'GeneratorExp' ||
      (n.kind === 'Constant' && (n.value === null || typeof n.value === 'boolean'));
    if (!excluded) return parser.errSpan(`cannot assign to ${exprName(n)} here. Maybe you meant '==' instead of '='?`, n.span);
    return generic;
  }

  // Python 2 style `except E, e:`
  if (t.tokenType === Comma && isExceptHead(tokens, tokens.indexOf(disj.first))) {
    const b = probe(idx + 1, 'starExprs');
    const next = b ? tokens.indexOf(b.next) : -1;
    const named = b?.next.tokenType === kw.as && tokens[next + 1]?.tokenType === Name;
    const end = named ? next + 2 : next;
    if (b && tokens[end]?.tokenType === Colon) {
      return rangeError(parser, 'multiple exception types must be parenthesized', disj.first, tokens[end - 1]);
    }
  }

  // Python 2 style `print x`
  if (disj.first === disj.last && disj.first.tokenType === Name && (disj.first.image === 'print' || disj.first.image === 'exec') &&
    t.tokenType !== LPar && startsExpression(t)) {
    const b = probe(idx, 'starExprs');
    if (b) {
      const name = disj.first.image;
      return rangeError(parser, `Missing parentheses in call to '${name}'. Did you mean ${name}(...)?`, disj.first, b.last);
    }
  }

  // "Perhaps you forgot a comma?": two expressions side by side inside brackets
  if (bracketDepth(tokens, idx) > 0 && startsExpression(t)) {
    const a = disj.first;
    const legacy = a === disj.last && a.tokenType === Name && (a.image === 'print' || a.image === 'exec');
    const nameString = a.tokenType === Name && tokens[tokens.indexOf(a) + 1]?.tokenType === Str;
    if (!legacy && !nameString) {
      const b = probe(idx, 'expr');
      if (b) {
        if ((b.next.tokenType === EOF || b.next === lex.eof) && lex.brackets.length) return neverClosed(lex, src);
        return rangeError(parser, 'invalid syntax. Perhaps you forgot a comma?', a, b.last);
      }
    }
  }
  return generic;
}

/** whether tokens[i] starts the expression of an `except` (or `except*`) clause */
function isExceptHead(tokens: IToken[], i: number): boolean {
  const before = tokens[i - 1];
  if (before?.tokenType === kw.except) return true;
  return before?.tokenType === Star && tokens[i - 2]?.tokenType === kw.except;
}

function rangeError(parser: PyParser, msg: string, a: IToken, b: IToken): PySyntaxError {
  const sa = tokSpan(a);
  const sb = tokSpan(b);
  return parser.errSpan(msg, { line: sa.line, col: sa.col, endLine: sb.endLine, endCol: sb.endCol });
}

function bracketDepth(tokens: IToken[], idx: number): number {
  let d = 0;
  for (let i = 0; i < idx; i++) {
    const tt = tokens[i].tokenType;
    if (tt === LPar || tt === LSqb || tt === LBrace) d++;
    else if (tt === RPar || tt === RSqb || tt === RBrace) d--;
  }
  return d;
}

const EXPR_START = new Set(['Name', 'Int', 'Float', 'Imag', 'Str', '(', '[', '{', 'True', 'False', 'None', '...',
  'lambda', 'not', 'await', '-', '+', '~']);

function startsExpression(t: IToken): boolean {
  return EXPR_START.has(t.tokenType.name);
}

/** Parse an expression (or bitwise_or) starting at tokens[from]; report its last token and the next one. */
/** Index of the first token of the call argument containing tokens[i], or -1 if not directly in a call. */
function callArgumentStart(tokens: IToken[], i: number): number {
  let depth = 0;
  for (let k = i - 1; k >= 0; k--) {
    const tt = tokens[k].tokenType;
    if (tt === RPar || tt === RSqb || tt === RBrace) depth++;
    else if (depth === 0 && tt === Comma) return k + 1;
    else if (tt === LPar || tt === LSqb || tt === LBrace) {
      if (depth === 0) {
        if (tt !== LPar || k === 0) return -1;
        const before = tokens[k - 1].tokenType;
        const isCall = before === Name || before === RPar || before === RSqb || before === Str;
        return isCall ? k + 1 : -1;
      }
      depth--;
    }
  }
  return -1;
}

function probeAt(parser: PyParser, tokens: IToken[], from: number, what: 'expr' | 'bitOr' | 'starExprs'): { last: IToken; next: IToken } | null {
  const slice = tokens.slice(from);
  parser.begin(parser.src, slice);
  let next: IToken;
  try {
    next = what === 'expr' ? parser.probeExpr() : what === 'bitOr' ? parser.probeBitOr() : parser.probeStarExprs();
  } catch (e) {
    if (e instanceof PySyntaxError) return null;
    throw e;
  }
  if (!next || parser.errors.some((e) => e.name !== 'NotAllInputParsedException')) return null;
  const k = slice.indexOf(next);
  const last = k > 0 ? slice[k - 1] : k < 0 ? slice[slice.length - 1] : null;
  if (!last) return null;
  return { last, next };
}
