/**
 * Chevrotain token types for Python 3.11, and the payloads our hand-written lexer attaches.
 *
 * Tokens are never matched by Chevrotain's own lexer (all patterns are `Lexer.NA`); grammar/lexer.ts
 * builds `IToken`s with `createTokenInstance`. Position convention for every token we create:
 * `startLine`/`endLine` are 1-based, `startColumn` is the 0-based column of the first character and
 * `endColumn` the 0-based column just past the last one (exclusive), `startOffset`/`endOffset` are
 * source offsets (endOffset exclusive). Synthesized NEWLINE/INDENT/DEDENT tokens get real positions.
 * Token categories (AddOp, MulOp, CompOp, AugAssign, ...) let the parser match operator groups.
 */

import { createToken, Lexer, type IToken, type TokenType } from 'chevrotain';
import type { PySyntaxError } from './errors.js';

const NA = Lexer.NA;
const tok = (name: string, categories?: TokenType[]): TokenType =>
  categories ? createToken({ name, pattern: NA, categories }) : createToken({ name, pattern: NA });

// ---- categories ----
export const AddOp = tok('AddOp');
export const MulOp = tok('MulOp');
export const ShiftOp = tok('ShiftOp');
export const UnaryOp = tok('UnaryOp');
export const CompOp = tok('CompOp');
export const AugAssign = tok('AugAssign');

// ---- structural ----
export const Name = tok('Name');
/** the soft keywords `match` and `case` where they start a match statement / case block (softKeywords.ts) */
export const MatchKw = tok('match');
export const CaseKw = tok('case');
export const Int = tok('Int');
export const Float = tok('Float');
export const Imag = tok('Imag');
export const Str = tok('Str');
export const Newline = tok('NEWLINE');
export const Indent = tok('INDENT');
export const Dedent = tok('DEDENT');
/** Marks where the lexer stopped on an error; payload is the PySyntaxError. No rule accepts it. */
export const ErrorTok = tok('ERRORTOKEN');

// ---- keywords ----
export const KEYWORDS = [
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue',
  'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in',
  'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
] as const;
export type Keyword = (typeof KEYWORDS)[number];
export const kw = {} as Record<Keyword, TokenType>;
for (const k of KEYWORDS) kw[k] = tok(k);

// ---- operators and delimiters ----
export const LPar = tok('(');
export const RPar = tok(')');
export const LSqb = tok('[');
export const RSqb = tok(']');
export const LBrace = tok('{');
export const RBrace = tok('}');
export const Comma = tok(',');
export const Colon = tok(':');
export const Semi = tok(';');
export const Dot = tok('.');
export const Ellipsis = tok('...');
export const Assign = tok('=');
export const Arrow = tok('->');
export const Walrus = tok(':=');
export const Star = tok('*', [MulOp]);
export const DoubleStar = tok('**');
export const At = tok('@', [MulOp]);
export const Plus = tok('+', [AddOp, UnaryOp]);
export const Minus = tok('-', [AddOp, UnaryOp]);
export const Tilde = tok('~', [UnaryOp]);
export const Slash = tok('/', [MulOp]);
export const DoubleSlash = tok('//', [MulOp]);
export const Percent = tok('%', [MulOp]);
export const LShift = tok('<<', [ShiftOp]);
export const RShift = tok('>>', [ShiftOp]);
export const Amper = tok('&');
export const VBar = tok('|');
export const Caret = tok('^');
export const Less = tok('<', [CompOp]);
export const Greater = tok('>', [CompOp]);
export const EqEq = tok('==', [CompOp]);
export const NotEq = tok('!=', [CompOp]);
export const LessEq = tok('<=', [CompOp]);
export const GreaterEq = tok('>=', [CompOp]);

const AUG_OPS = ['+=', '-=', '*=', '/=', '//=', '%=', '@=', '&=', '|=', '^=', '<<=', '>>=', '**='];

/** operator/delimiter text → token type (used by the lexer's longest-match scan) */
export const OPERATORS = new Map<string, TokenType>([
  ['(', LPar], [')', RPar], ['[', LSqb], [']', RSqb], ['{', LBrace], ['}', RBrace],
  [',', Comma], [':', Colon], [';', Semi], ['.', Dot], ['...', Ellipsis], ['=', Assign],
  ['->', Arrow], [':=', Walrus], ['*', Star], ['**', DoubleStar], ['@', At], ['+', Plus],
  ['-', Minus], ['~', Tilde], ['/', Slash], ['//', DoubleSlash], ['%', Percent], ['<<', LShift],
  ['>>', RShift], ['&', Amper], ['|', VBar], ['^', Caret], ['<', Less], ['>', Greater],
  ['==', EqEq], ['!=', NotEq], ['<=', LessEq], ['>=', GreaterEq],
]);
for (const op of AUG_OPS) OPERATORS.set(op, tok(op, [AugAssign]));

export const ALL_TOKENS: TokenType[] = [
  AddOp, MulOp, ShiftOp, UnaryOp, CompOp, AugAssign,
  Name, MatchKw, CaseKw, Int, Float, Imag, Str, Newline, Indent, Dedent, ErrorTok,
  ...KEYWORDS.map((k) => kw[k]),
  ...OPERATORS.values(),
];

// ---- payloads ----

/** Payload of a `Str` token. `bodyStart`/`bodyEnd` delimit the text between the quotes. */
export interface StrPayload {
  bytes: boolean;
  raw: boolean;
  fstr: boolean;
  /** the quote string: ' " ''' or """ */
  quote: string;
  bodyStart: number;
  bodyEnd: number;
  /** decoded value for non-f-strings (string or byte values); filled by the lexer */
  value: string | number[] | null;
  /** for f-strings: parsed parts, or the error found in the f-string; filled by grammar/fstring.ts */
  fparts?: import('./ast.js').FStringPart[];
  ferror?: PySyntaxError;
  /** error found while decoding (e.g. non-ASCII in bytes); raised when the parser reaches the literal */
  error?: PySyntaxError;
  /** report `error`/`ferror` at the token after the literal(s), as CPython does */
  errorAtNext?: boolean;
}

export const strPayload = (t: IToken): StrPayload => t.payload as StrPayload;
