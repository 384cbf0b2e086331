/**
 * Span helpers: build AST `Span`s from tokens (see the position convention in grammar/tokens.ts) and
 * nodes, and turn spans into the 1-based caret columns PySyntaxError uses.
 */

import type { IToken } from 'chevrotain';
import type { Span } from './ast.js';

export const tokSpan = (t: IToken): Span => ({
  line: t.startLine ?? 0,
  col: t.startColumn ?? 0,
  endLine: t.endLine ?? 0,
  endCol: t.endColumn ?? 0,
});

export const join = (a: Span, b: Span): Span => ({ line: a.line, col: a.col, endLine: b.endLine, endCol: b.endCol });

export const fromTok = (a: IToken, b: Span): Span => ({
  line: a.startLine ?? 0,
  col: a.startColumn ?? 0,
  endLine: b.endLine,
  endCol: b.endCol,
});

export const toTok = (a: Span, b: IToken): Span => ({ line: a.line, col: a.col, endLine: b.endLine ?? 0, endCol: b.endColumn ?? 0 });
