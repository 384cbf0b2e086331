/**
 * Syntax errors raised by the front end, and their CPython-3.11-identical stderr rendering.
 *
 * `PySyntaxError` mirrors the fields of CPython's SyntaxError as the *file* tokenizer/parser sets them
 * when running `python3 x.py`: `line` and `col` are 1-based (`col` is CPython's `offset`), `endCol` is
 * CPython's `end_offset` (exclusive; CPython itself sometimes reports 0 or -1 there, and we mirror that so
 * the caret line prints identically). `incomplete` is true when the only problem is that input ended
 * too early (the REPL then asks for another line).
 */

export type SyntaxErrorType = 'SyntaxError' | 'IndentationError' | 'TabError';

export interface SyntaxErrorInit {
  type?: SyntaxErrorType;
  msg: string;
  filename: string;
  line: number;
  col: number;
  endCol: number;
  /** end line, when the error range spans lines (defaults to `line`) */
  endLine?: number;
  /** the source line without its line ending; null when there is none to show (CPython's text None) */
  lineText: string | null;
  incomplete?: boolean;
  /** raised at the tokens that close the input (what follows a statement that wants more, in a REPL) */
  atEnd?: boolean;
}

export class PySyntaxError extends Error {
  type: SyntaxErrorType;
  msg: string;
  filename: string;
  line: number;
  col: number;
  endCol: number;
  endLine: number;
  lineText: string | null;
  incomplete: boolean;
  atEnd: boolean;

  constructor(init: SyntaxErrorInit) {
    super(`${init.msg} (${init.filename}, line ${init.line})`);
    this.name = init.type ?? 'SyntaxError';
    this.type = init.type ?? 'SyntaxError';
    this.msg = init.msg;
    this.filename = init.filename;
    this.line = init.line;
    this.col = init.col;
    this.endCol = init.endCol;
    this.endLine = init.endLine ?? init.line;
    this.lineText = init.lineText;
    this.incomplete = init.incomplete ?? false;
    this.atEnd = init.atEnd ?? false;
  }
}

/** Exactly what CPython 3.11 writes to stderr for an uncaught SyntaxError raised while compiling a file. */
export function formatSyntaxError(e: PySyntaxError): string {
  let out = `  File "${e.filename}", line ${e.line}\n`;
  if (e.lineText !== null) {
    // CPython draws a single caret for IndentationError (and its subclass TabError)
    let endOffset = e.type === 'SyntaxError' ? e.endCol : -1;
    // CPython's text usually keeps its trailing newline; lineText never does
    const lineSize = e.lineText.length + 1;
    // multi-line ranges highlight to the end of the first line
    if (e.endLine > e.line && e.type === 'SyntaxError') endOffset = lineSize;
    if (endOffset > lineSize + 1) endOffset = lineSize + 1;
    out += errorText(e.col, endOffset, e.lineText);
  }
  return `${out}${e.type}: ${e.msg}\n`;
}

/** Port of the caret-drawing logic of CPython's print_error_text (pythonrun.c, 3.11). */
function errorText(offset1: number, endOffset: number, textIn: string): string {
  const carets = endOffset > 0 && endOffset > offset1 ? endOffset - offset1 : 1;
  let text = textIn;
  let offset = offset1 - 1;
  let i = 0;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\f')) {
    i++;
    offset--;
  }
  text = text.slice(i);
  let len = text.length;
  if (len > 0 && text[len - 1] === '\n') len--;
  if (offset > len) offset = len;
  for (;;) {
    const nl = text.indexOf('\n');
    if (nl < 0 || nl >= offset) break;
    const inl = nl + 1;
    text = text.slice(inl);
    len -= inl;
    offset -= inl;
  }
  let out = '    ' + text;
  if (text[len] !== '\n') out += '\n';
  if (offset < 0) return out;
  return out + '    ' + ' '.repeat(offset) + '^'.repeat(carets) + '\n';
}
