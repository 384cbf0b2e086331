/**
 * Hand-written Python 3.11 tokenizer producing Chevrotain `IToken`s (see grammar/tokens.ts for the
 * position convention).
 *
 * All state lives in a `Tokenizer` instance created per call, so tokenizing is re-entrant. Handles
 * comments, implicit line joining inside brackets, explicit joining with backslash, NEWLINE/INDENT/DEDENT
 * (via IndentTracker; blank and comment-only lines never affect indentation), numbers, string literals
 * with prefixes (f-strings are one token; their fields are parsed later by grammar/fstring.ts).
 * On a tokenizer error the token list ends with an `ErrorTok` carrying the PySyntaxError; the parser
 * raises it only if parsing gets that far, which reproduces CPython's error precedence.
 * In `expr` mode (f-string replacement fields) the range is tokenized as if inside parentheses.
 */

import { createTokenInstance, EOF, type IToken, type TokenType } from 'chevrotain';
import { PySyntaxError, type SyntaxErrorType } from './errors.js';
import { IndentTracker } from './indent.js';
import type { SourceText } from './source.js';
import { decodeBytes, decodeStr, EscapeError } from './strings.js';
import {
  Dedent, ErrorTok, Float, Imag, Indent, Int, kw, KEYWORDS, Name, Newline, OPERATORS, Str,
  type StrPayload,
} from './tokens.js';

export interface OpenBracket {
  ch: string;
  line: number;
  col: number;
}

export interface LexResult {
  tokens: IToken[];
  /** brackets still open where tokenizing stopped */
  brackets: OpenBracket[];
  /** zero-width token at end of input (also appended to `tokens` unless an error stopped the lexer) */
  eof: IToken;
  error: PySyntaxError | null;
}

const KEYWORD_MAP = new Map<string, TokenType>(KEYWORDS.map((k) => [k, kw[k]]));
const STRING_PREFIXES = new Set(['r', 'u', 'b', 'br', 'rb', 'f', 'fr', 'rf']);
const CLOSER: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
const IDENT = /[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}\u00b7\u0387\u1369-\u1371\u19da]*/uy;
const IDENT_CHAR = /[\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}_]/u;
const DEC = /[0-9](?:_?[0-9])*/y;
const EXP = /[eE][+-]?[0-9](?:_?[0-9])*/y;
const DIGITS: Record<string, RegExp> = {
  x: /(?:_?[0-9a-fA-F])+/y,
  o: /(?:_?[0-7])+/y,
  b: /(?:_?[01])+/y,
};
const BASE_NAME: Record<string, string> = { x: 'hexadecimal', o: 'octal', b: 'binary' };
/** keywords CPython 3.11 still accepts glued to the end of a number (`1if x else y`) */
const NUMBER_SUFFIX_KEYWORDS = ['and', 'else', 'for', 'if', 'in', 'is', 'not', 'or'];

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isIdentStart = (c: string | undefined): boolean =>
  c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_' || (c > '\x7f' && IDENT_CHAR.test(c)));
const isIdentChar = (c: string | undefined): boolean => isIdentStart(c) || isDigit(c);

export interface TokenizeOptions {
  start?: number;
  end?: number;
  /** tokenize an f-string replacement field: no NEWLINE/INDENT/DEDENT, newlines are insignificant */
  expr?: boolean;
}

export function tokenize(src: SourceText, opts: TokenizeOptions = {}): LexResult {
  return new Tokenizer(src, opts).run();
}

class Tokenizer {
  private readonly text: string;
  private pos: number;
  private readonly end: number;
  private line: number;
  private lineStart: number;
  private readonly tokens: IToken[] = [];
  private readonly brackets: OpenBracket[] = [];
  private readonly indent = new IndentTracker();
  private atLineStart: boolean;
  private readonly expr: boolean;
  private error: PySyntaxError | null = null;

  constructor(private readonly src: SourceText, opts: TokenizeOptions) {
    this.text = src.text;
    this.pos = opts.start ?? 0;
    this.end = opts.end ?? src.text.length;
    this.line = src.lineOf(this.pos);
    this.lineStart = src.lineStarts[this.line - 1];
    this.expr = opts.expr ?? false;
    this.atLineStart = !this.expr;
  }

  run(): LexResult {
    while (this.error === null) {
      if (this.atLineStart) {
        if (!this.startLine()) break;
        continue;
      }
      if (this.pos >= this.end) break;
      this.scanOne();
    }
    const eof = this.finish();
    return { tokens: this.tokens, brackets: this.brackets, eof, error: this.error };
  }

  // ---- helpers ----

  private col(offset: number): number {
    return offset - this.lineStart;
  }

  private push(type: TokenType, start: number, end: number, payload?: unknown): IToken {
    const c0 = start - this.lineStart;
    const t = createTokenInstance(type, this.text.slice(start, end), start, end, this.line, this.line, c0, c0 + end - start);
    if (payload !== undefined) t.payload = payload;
    this.tokens.push(t);
    return t;
  }

  private makeError(
    msg: string, line: number, col1: number, endCol1: number,
    opts: { type?: SyntaxErrorType; incomplete?: boolean } = {},
  ): PySyntaxError {
    return new PySyntaxError({
      type: opts.type, msg, filename: this.src.filename, line, col: col1, endCol: endCol1,
      lineText: this.src.lineText(line), incomplete: opts.incomplete,
    });
  }

  /** stop tokenizing: the parser raises `err` when it reaches this point */
  private fail(err: PySyntaxError, at: number): void {
    this.error = err;
    const c0 = at - this.lineStart;
    const t = createTokenInstance(ErrorTok, '', at, at, this.line, this.line, c0, c0);
    t.payload = err;
    this.tokens.push(t);
  }

  // ---- line starts and indentation ----

  /** Handle the indentation of a new logical line. Returns false at end of input. */
  private startLine(): boolean {
    const text = this.text;
    let p = this.pos;
    let col = 0;
    let alt = 0;
    for (; p < this.end; p++) {
      const c = text[p];
      if (c === ' ') {
        col++;
        alt++;
      } else if (c === '\t') {
        col = (Math.floor(col / 8) + 1) * 8;
        alt++;
      } else if (c === '\f') {
        col = alt = 0;
      } else break;
    }
    if (p >= this.end) {
      this.pos = p;
      return false;
    }
    const c = text[p];
    if (c === '#' || c === '\n') {
      // blank or comment-only line: no indentation processing
      let q = text.indexOf('\n', p);
      if (q < 0 || q >= this.end) q = this.end;
      this.pos = q + 1;
      if (q < this.end) this.newLine(q + 1);
      if (this.pos > this.end) this.pos = this.end;
      return true;
    }
    this.atLineStart = false;
    this.pos = p;
    const r = this.indent.onLine(col, alt);
    switch (r.kind) {
      case 'same':
        break;
      case 'indent':
        this.push(Indent, this.lineStart, p);
        break;
      case 'dedent':
        for (let i = 0; i < r.count; i++) this.push(Dedent, p, p);
        break;
      case 'tab':
        this.fail(this.makeError('inconsistent use of tabs and spaces in indentation', this.line, 1, 0, { type: 'TabError' }), p);
        break;
      case 'mismatch': {
        const len = this.src.lineText(this.line).length;
        this.fail(
          this.makeError('unindent does not match any outer indentation level', this.line, len + 1, -1, { type: 'IndentationError' }),
          p,
        );
        break;
      }
      default:
        r satisfies never;
    }
    return true;
  }

  private newLine(at: number): void {
    this.line++;
    this.lineStart = at;
  }

  private finish(): IToken {
    const at = this.end;
    if (this.error === null && !this.expr) {
      if (!this.atLineStart && this.brackets.length === 0) this.push(Newline, at, at);
      if (this.brackets.length === 0) for (let i = this.indent.depth; i > 0; i--) this.push(Dedent, at, at);
    }
    const c0 = at - this.lineStart;
    const eof = createTokenInstance(EOF, '', at, at, this.line, this.line, c0, c0);
    if (this.error === null) this.tokens.push(eof);
    return eof;
  }

  // ---- tokens ----

  private scanOne(): void {
    const text = this.text;
    const p = this.pos;
    const c = text[p];
    if (c === ' ' || c === '\t' || c === '\f') {
      // the whole run of blanks at once (each was a call of its own; most files have more blanks than tokens)
      let q = p + 1;
      for (let k = text.charCodeAt(q); q < this.end && (k === 32 || k === 9 || k === 12); k = text.charCodeAt(++q));
      this.pos = q;
      return;
    }
    if (c === '#') {
      const q = text.indexOf('\n', p);
      this.pos = q < 0 || q > this.end ? this.end : q;
      return;
    }
    if (c === '\n') {
      this.pos++;
      if (this.brackets.length === 0 && !this.expr) {
        this.push(Newline, p, p);
        this.atLineStart = true;
      }
      this.newLine(p + 1);
      return;
    }
    if (c === '\\') {
      this.continuation(p);
      return;
    }
    if (isDigit(c) || (c === '.' && isDigit(text[p + 1]))) {
      this.number(p);
      return;
    }
    if (c === '"' || c === "'") {
      this.string(p, p);
      return;
    }
    if (isIdentStart(c)) {
      IDENT.lastIndex = p;
      const m = IDENT.exec(text);
      const e = m ? p + m[0].length : p + 1;
      const word = text.slice(p, e);
      const q = text[e];
      if ((q === '"' || q === "'") && e - p <= 2 && STRING_PREFIXES.has(word.toLowerCase())) {
        this.string(p, e);
        return;
      }
      this.push(KEYWORD_MAP.get(word) ?? Name, p, e);
      this.pos = e;
      return;
    }
    for (let n = 3; n >= 1; n--) {
      const op = text.slice(p, p + n);
      const type = op.length === n ? OPERATORS.get(op) : undefined;
      if (type === undefined) continue;
      if (op === '(' || op === '[' || op === '{') {
        this.brackets.push({ ch: op, line: this.line, col: this.col(p) });
      } else if (op === ')' || op === ']' || op === '}') {
        const open = this.brackets.pop();
        const col1 = this.col(p) + 1;
        if (open === undefined) {
          this.fail(this.makeError(`unmatched '${op}'`, this.line, col1, col1), p);
          return;
        }
        if (open.ch !== CLOSER[op]) {
          const where = open.line !== this.line ? ` on line ${open.line}` : '';
          const msg = `closing parenthesis '${op}' does not match opening parenthesis '${open.ch}'${where}`;
          this.fail(this.makeError(msg, this.line, col1, col1), p);
          return;
        }
      }
      this.push(type, p, p + n);
      this.pos = p + n;
      return;
    }
    // a character that starts no token
    const cp = text.codePointAt(p) ?? 0;
    const col1 = this.col(p) + 1;
    const printable = cp > 0x20 && cp < 0x7f;
    if (printable) {
      // like CPython's ERRORTOKEN: the parser reports "invalid syntax" if it gets here; lexing goes on
      const t = this.push(ErrorTok, p, p + 1);
      t.payload = this.makeError('invalid syntax', this.line, col1, col1 + 1);
      this.pos = p + 1;
      return;
    }
    const msg = `invalid character '${String.fromCodePoint(cp)}' (U+${cp.toString(16).toUpperCase().padStart(4, '0')})`;
    this.fail(this.makeError(msg, this.line, col1, col1 + 1), p);
  }

  private continuation(p: number): void {
    const text = this.text;
    if (p + 1 < this.end && text[p + 1] === '\n') {
      this.pos = p + 2;
      this.newLine(p + 2);
      if (this.pos >= this.end && this.brackets.length === 0 && !this.expr) {
        const line = this.line - 1;
        const col1 = p - this.src.lineStarts[line - 1] + 2;
        this.line = line;
        this.fail(this.makeError('unexpected EOF while parsing', line, col1, -1, { incomplete: true }), p);
      }
      return;
    }
    if (p + 1 >= this.end) {
      const col1 = this.col(p) + 2;
      this.fail(this.makeError('unexpected EOF while parsing', this.line, col1, -1, { incomplete: true }), p);
      return;
    }
    const col1 = this.col(p) + 2;
    this.fail(this.makeError('unexpected character after line continuation character', this.line, col1, 0), p);
  }

  private number(p: number): void {
    const text = this.text;
    let e = p;
    let type: TokenType = Int;
    const c1 = text[p + 1]?.toLowerCase();
    if (text[p] === '0' && (c1 === 'x' || c1 === 'o' || c1 === 'b')) {
      const re = DIGITS[c1];
      re.lastIndex = p + 2;
      const m = re.exec(text);
      if (!m) {
        const bad = text[p + 2];
        if (c1 !== 'x' && isDigit(bad)) {
          const col1 = this.col(p + 2) + 1;
          this.fail(this.makeError(`invalid digit '${bad}' in ${BASE_NAME[c1]} literal`, this.line, col1, col1), p);
        } else {
          const col1 = this.col(p) + 2;
          this.fail(this.makeError(`invalid ${BASE_NAME[c1]} literal`, this.line, col1, col1), p);
        }
        return;
      }
      e = p + 2 + m[0].length;
      if (c1 !== 'x' && isDigit(text[e])) {
        const col1 = this.col(e) + 1;
        this.fail(this.makeError(`invalid digit '${text[e]}' in ${BASE_NAME[c1]} literal`, this.line, col1, col1), p);
        return;
      }
      if (!this.checkNumberEnd(p, e, `invalid ${BASE_NAME[c1]} literal`)) return;
      this.push(Int, p, e, BigInt(text.slice(p, e).replace(/_/g, '')));
      this.pos = e;
      return;
    }
    DEC.lastIndex = p;
    const m = DEC.exec(text);
    let isFloat = false;
    if (m) e = p + m[0].length;
    if (text[e] === '.') {
      isFloat = true;
      e++;
      DEC.lastIndex = e;
      const f = DEC.exec(text);
      if (f) e += f[0].length;
    }
    if (text[e] === 'e' || text[e] === 'E') {
      EXP.lastIndex = e;
      const x = EXP.exec(text);
      if (x) {
        isFloat = true;
        e += x[0].length;
      }
    }
    if (text[e] === 'j' || text[e] === 'J') {
      type = Imag;
      e++;
    } else if (isFloat) type = Float;
    if (text[e] === '_') {
      // CPython points at the character after the stray underscore
      const col1 = this.col(e + 1);
      this.fail(this.makeError('invalid decimal literal', this.line, col1, col1), p);
      return;
    }
    if (!this.checkNumberEnd(p, e, type === Imag ? 'invalid imaginary literal' : 'invalid decimal literal')) return;
    const digits = text.slice(p, e).replace(/_/g, '');
    if (type === Int) {
      if (digits.length > 1 && digits[0] === '0' && /[1-9]/.test(digits)) {
        const col1 = this.col(p) + 1;
        this.fail(
          this.makeError('leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers', this.line, col1, col1 + 1),
          p,
        );
        return;
      }
      this.push(Int, p, e, BigInt(digits));
    } else if (type === Float) {
      this.push(Float, p, e, Number(digits));
    } else {
      this.push(Imag, p, e, Number(digits.slice(0, -1)));
    }
    this.pos = e;
  }

  /** a number may not run into an identifier (except a few keywords, as CPython 3.11 allows) */
  private checkNumberEnd(p: number, e: number, msg: string): boolean {
    const text = this.text;
    if (!isIdentChar(text[e])) return true;
    for (const k of NUMBER_SUFFIX_KEYWORDS) {
      if (text.startsWith(k, e) && !isIdentChar(text[e + k.length])) return true;
    }
    // CPython's offset here is the 0-based column of the offending character
    const col1 = this.col(e);
    this.fail(this.makeError(msg, this.line, col1, col1), p);
    return false;
  }

  /** a string literal starting at `p` whose opening quote is at `q` (after any prefix) */
  private string(p: number, q: number): void {
    const text = this.text;
    const prefix = text.slice(p, q).toLowerCase();
    const quoteCh = text[q];
    const triple = text[q + 1] === quoteCh && text[q + 2] === quoteCh;
    const quote = triple ? quoteCh.repeat(3) : quoteCh;
    const startLine = this.line;
    const startLineStart = this.lineStart;
    const bodyStart = q + quote.length;
    let i = bodyStart;
    let bodyEnd = -1;
    while (i < this.end) {
      const ch = text[i];
      if (ch === '\\') {
        if (text[i + 1] === '\n') this.newLine(i + 2);
        i += 2;
      } else if (ch === '\n') {
        if (!triple) break;
        this.newLine(i + 1);
        i++;
      } else if (ch === quoteCh && (!triple || (text[i + 1] === quoteCh && text[i + 2] === quoteCh))) {
        bodyEnd = i;
        break;
      } else i++;
    }
    if (bodyEnd < 0) {
      const col1 = p - startLineStart + 1;
      const detected = triple ? this.src.lastLine() : startLine;
      const msg = triple
        ? `unterminated triple-quoted string literal (detected at line ${detected})`
        : `unterminated string literal (detected at line ${detected})`;
      this.line = startLine;
      this.lineStart = startLineStart;
      this.fail(this.makeError(msg, startLine, col1, col1, { incomplete: triple }), p);
      return;
    }
    const end = bodyEnd + quote.length;
    const payload: StrPayload = {
      bytes: prefix.includes('b'),
      raw: prefix.includes('r'),
      fstr: prefix.includes('f'),
      quote,
      bodyStart,
      bodyEnd,
      value: null,
    };
    if (!payload.fstr) {
      try {
        payload.value = payload.bytes
          ? decodeBytes(text, bodyStart, bodyEnd, payload.raw)
          : decodeStr(text, bodyStart, bodyEnd, payload.raw);
      } catch (err) {
        if (!(err instanceof EscapeError)) throw err;
        // CPython measures this range in UTF-8 bytes
        const endCol1 = p - startLineStart + 1 + new TextEncoder().encode(text.slice(p, end)).length;
        payload.error = this.makeError(err.message, startLine, p - startLineStart + 1, endCol1);
        // escape errors are reported where the parser stands after the literal
        payload.errorAtNext = err.message.startsWith('(');
      }
    }
    const c0 = p - startLineStart;
    const t = createTokenInstance(Str, text.slice(p, end), p, end, startLine, this.line, c0, end - this.lineStart);
    t.payload = payload;
    this.tokens.push(t);
    this.pos = end;
  }
}
