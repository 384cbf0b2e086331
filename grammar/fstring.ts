/**
 * f-string bodies (Python 3.11 rules): split into literal text and replacement fields.
 *
 * Follows CPython 3.11's fstring_find_literal / fstring_find_expr: `{{`/`}}` escapes at top level,
 * fields end at `!`, `:`, `=` or `}` at bracket depth 0 (but not inside `!=`, `==`, `<=`, `>=`), no
 * backslash or `#` in the expression, format specs may nest one level of fields. The field's expression
 * is parsed by the `parseField` callback on the *original* source range, so AST spans point into the file.
 * Results (or the first error) are stored on the token payload; the parser raises the error only when
 * it reaches the literal, as CPython does.
 */

import type { IToken } from 'chevrotain';
import type { Expr, FStringPart, Span } from './ast.js';
import { PySyntaxError } from './errors.js';
import type { SourceText } from './source.js';
import { decodeStr, EscapeError } from './strings.js';
import { type StrPayload } from './tokens.js';

export type FieldParser = (start: number, end: number) => Expr;

const OPEN = '([{';
const CLOSE_OF: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v';

class FError extends Error {}

/** Fill `payload.fparts` (or `payload.ferror`) for one f-string token. */
export function prepareFString(src: SourceText, tok: IToken, payload: StrPayload, parseField: FieldParser): void {
  const s = new FScanner(src, payload, parseField);
  try {
    const [parts] = s.literalAndFields(payload.bodyStart, 0);
    payload.fparts = parts;
  } catch (err) {
    if (err instanceof FError) {
      const line = tok.endLine ?? 1;
      const col = (tok.endColumn ?? 0) + 1;
      payload.ferror = new PySyntaxError({
        msg: err.message, filename: src.filename, line, col, endCol: col, lineText: src.lineText(line),
      });
      payload.errorAtNext = true;
    } else if (err instanceof PySyntaxError) {
      if (!err.msg.startsWith('f-string')) err.msg = `f-string: ${err.msg}`;
      payload.ferror = err;
    } else throw err;
  }
}

class FScanner {
  private readonly text: string;
  private readonly end: number;

  constructor(private readonly src: SourceText, private readonly p: StrPayload, private readonly parseField: FieldParser) {
    this.text = src.text;
    this.end = p.bodyEnd;
  }

  private decode(a: number, b: number): string {
    try {
      return decodeStr(this.text, a, b, this.p.raw);
    } catch (err) {
      if (err instanceof EscapeError) throw new FError(err.message);
      throw err;
    }
  }

  /** Literal text and fields from `i` up to the end of the body (depth 0) or the `}` closing a spec. */
  literalAndFields(i: number, depth: number): [FStringPart[], number] {
    const text = this.text;
    const parts: FStringPart[] = [];
    let lit = '';
    let chunk = i;
    const flush = (to: number): void => {
      if (to > chunk) lit += this.decode(chunk, to);
    };
    while (i < this.end) {
      const c = text[i];
      if (c === '\\' && !this.p.raw) {
        if (text[i + 1] === 'N' && text[i + 2] === '{') {
          const close = text.indexOf('}', i);
          i = close < 0 || close >= this.end ? this.end : close + 1;
        } else i += 2;
        continue;
      }
      if (c === '{' || c === '}') {
        if (depth === 0 && text[i + 1] === c) {
          flush(i + 1);
          i += 2;
          chunk = i;
          continue;
        }
        if (c === '}') {
          if (depth === 0) throw new FError("f-string: single '}' is not allowed");
          break;
        }
        flush(i);
        if (lit) parts.push({ kind: 'Text', value: lit });
        lit = '';
        i = this.field(i, depth, parts);
        chunk = i;
        continue;
      }
      i++;
    }
    flush(Math.min(i, this.end));
    if (lit) parts.push({ kind: 'Text', value: lit });
    return [parts, i];
  }

  /** A replacement field starting at `{` (offset `i`); appends its parts, returns offset after `}`. */
  private field(open: number, depth: number, parts: FStringPart[]): number {
    const text = this.text;
    if (depth >= 2) throw new FError('f-string: expressions nested too deeply');
    const exprStart = open + 1;
    const stack: string[] = [];
    let quote = '';
    let j = exprStart;
    for (; j < this.end; j++) {
      const c = text[j];
      if (c === '\\') throw new FError('f-string expression part cannot include a backslash');
      if (quote) {
        if (text.startsWith(quote, j)) {
          j += quote.length - 1;
          quote = '';
        }
        continue;
      }
      if (c === "'" || c === '"') {
        quote = text[j + 1] === c && text[j + 2] === c ? c.repeat(3) : c;
        j += quote.length - 1;
        continue;
      }
      if (OPEN.includes(c)) {
        stack.push(c);
        continue;
      }
      if (c === '#') throw new FError("f-string expression part cannot include '#'");
      if (stack.length === 0 && (c === '!' || c === ':' || c === '}' || c === '=' || c === '<' || c === '>')) {
        const n = text[j + 1];
        if (n === '=' && c !== ':' && c !== '}') {
          j++;
          continue;
        }
        if (c === '<' || c === '>') continue;
        break;
      }
      if (c === ')' || c === ']' || c === '}') {
        const o = stack.pop();
        if (o === undefined) throw new FError(`f-string: unmatched '${c}'`);
        if (o !== CLOSE_OF[c]) throw new FError(`f-string: closing parenthesis '${c}' does not match opening parenthesis '${o}'`);
      }
    }
    if (quote) throw new FError('f-string: unterminated string');
    if (j >= this.end) {
      if (stack.length) throw new FError(`f-string: unmatched '${stack[stack.length - 1]}'`);
      throw new FError("f-string: expecting '}'");
    }
    const exprEnd = j;
    let allSpace = true;
    for (let k = exprStart; k < exprEnd; k++) if (!isSpace(text[k])) allSpace = false;
    if (allSpace) throw new FError('f-string: empty expression not allowed');
    let debug: string | null = null;
    if (text[j] === '=') {
      j++;
      while (j < this.end && isSpace(text[j])) j++;
      debug = text.slice(exprStart, j);
    }
    let conversion: 'r' | 's' | 'a' | null = null;
    if (text[j] === '!') {
      const cc = text[j + 1];
      if (j + 1 >= this.end) throw new FError("f-string: expecting '}'");
      if (cc !== 'r' && cc !== 's' && cc !== 'a') {
        throw new FError("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      }
      conversion = cc;
      j += 2;
    }
    let spec: FStringPart[] | null = null;
    if (j < this.end && text[j] === ':') {
      const [sp, k] = this.literalAndFields(j + 1, depth + 1);
      spec = sp;
      j = k;
    }
    if (j >= this.end || text[j] !== '}') throw new FError("f-string: expecting '}'");
    const value = this.parseField(exprStart, exprEnd);
    if (debug !== null) {
      parts.push({ kind: 'Text', value: debug });
      if (conversion === null && spec === null) conversion = 'r';
    }
    const span: Span = {
      line: this.src.lineOf(open),
      col: this.src.colOf(open),
      endLine: this.src.lineOf(j),
      endCol: this.src.colOf(j) + 1,
    };
    parts.push({ kind: 'Field', value, conversion, spec, span });
    return j + 1;
  }
}
