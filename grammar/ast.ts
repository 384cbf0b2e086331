/**
 * The Python abstract syntax tree that the parser produces and the compiler consumes.
 *
 * Nodes are discriminated unions on `kind` (switches end with `x satisfies never`). Every node carries a
 * `span` with 1-based line and 0-based column of its first token and of the end of its last token, so
 * tracebacks and error carets can point at source. The shapes follow CPython's `ast` module where the
 * concept is the same (names like `BinOp`, `Compare`, `comprehension`), trimmed to what the compiler needs.
 * Assignment targets are ordinary expressions (Name, Attribute, Subscript, Tuple, List, Starred) that the
 * parser has checked are assignable.
 */

export interface Span {
  line: number;
  col: number;
  endLine: number;
  endCol: number;
}

// ---- expressions ----

export type BinOperator = '+' | '-' | '*' | '/' | '//' | '%' | '**' | '@' | '<<' | '>>' | '&' | '|' | '^';
export type UnaryOperator = '-' | '+' | '~' | 'not';
export type CmpOperator = '<' | '>' | '==' | '>=' | '<=' | '!=' | 'in' | 'not in' | 'is' | 'is not';

export type Expr =
  | { kind: 'Name'; id: string; span: Span }
  | { kind: 'Constant'; value: ConstValue; span: Span }
  | { kind: 'JoinedStr'; parts: FStringPart[]; span: Span }
  | { kind: 'BinOp'; op: BinOperator; left: Expr; right: Expr; span: Span }
  | { kind: 'UnaryOp'; op: UnaryOperator; operand: Expr; span: Span }
  | { kind: 'BoolOp'; op: 'and' | 'or'; values: Expr[]; span: Span }
  | { kind: 'Compare'; left: Expr; ops: CmpOperator[]; comparators: Expr[]; span: Span }
  | { kind: 'IfExp'; test: Expr; body: Expr; orelse: Expr; span: Span }
  | { kind: 'Lambda'; args: Arguments; body: Expr; span: Span }
  /** `asPattern`: a case pattern's nested `pattern as name` (only inside a case pattern, see patterns.ts) */
  | { kind: 'NamedExpr'; target: Expr; value: Expr; asPattern?: true; span: Span }
  | { kind: 'Call'; func: Expr; args: Expr[]; keywords: Keyword[]; span: Span }
  | { kind: 'Attribute'; value: Expr; attr: string; span: Span }
  | { kind: 'Subscript'; value: Expr; index: Expr; span: Span }
  | { kind: 'Slice'; lower: Expr | null; upper: Expr | null; step: Expr | null; span: Span }
  | { kind: 'Starred'; value: Expr; span: Span }
  | { kind: 'Tuple'; elts: Expr[]; span: Span }
  | { kind: 'List'; elts: Expr[]; span: Span }
  | { kind: 'Set'; elts: Expr[]; span: Span }
  /** `keys[i] === null` means `**values[i]` */
  | { kind: 'Dict'; keys: (Expr | null)[]; values: Expr[]; span: Span }
  | { kind: 'ListComp'; elt: Expr; generators: Comprehension[]; span: Span }
  | { kind: 'SetComp'; elt: Expr; generators: Comprehension[]; span: Span }
  | { kind: 'DictComp'; key: Expr; value: Expr; generators: Comprehension[]; span: Span }
  | { kind: 'GeneratorExp'; elt: Expr; generators: Comprehension[]; span: Span }
  | { kind: 'Yield'; value: Expr | null; span: Span }
  | { kind: 'YieldFrom'; value: Expr; span: Span }
  | { kind: 'Await'; value: Expr; span: Span };

/**
 * Literal values. Python ints are `{ int: bigint }` so the compiler can choose a representation;
 * floats are `{ float: number }`; imaginary literals `{ imag: number }`; str is a JS string;
 * bytes are `{ bytes: number[] }`; `...` is `{ ellipsis: true }`.
 */
export type ConstValue =
  | null
  | boolean
  | string
  | { int: bigint }
  | { float: number }
  | { imag: number }
  | { bytes: number[] }
  | { ellipsis: true };

/** A piece of an f-string: literal text, or a replacement field `{value!conv:spec}` (`=` debug text folded into a literal part before it). */
export type FStringPart =
  | { kind: 'Text'; value: string }
  | { kind: 'Field'; value: Expr; conversion: 'r' | 's' | 'a' | null; spec: FStringPart[] | null; span: Span };

export interface Keyword {
  /** null means `**value` */
  arg: string | null;
  value: Expr;
  span: Span;
}

export interface Comprehension {
  target: Expr;
  iter: Expr;
  ifs: Expr[];
  isAsync: boolean;
}

export interface Arg {
  name: string;
  annotation: Expr | null;
  span: Span;
}

/** A function's parameters, as in CPython's `ast.arguments`. `defaults` align with the *last* positional args. */
export interface Arguments {
  posonly: Arg[];
  args: Arg[];
  vararg: Arg | null;
  kwonly: Arg[];
  /** one per kwonly arg; null = required */
  kwDefaults: (Expr | null)[];
  kwarg: Arg | null;
  defaults: Expr[];
}

// ---- statements ----

export type Stmt =
  | { kind: 'Expr'; value: Expr; span: Span }
  | { kind: 'Assign'; targets: Expr[]; value: Expr; span: Span }
  | { kind: 'AugAssign'; target: Expr; op: BinOperator; value: Expr; span: Span }
  | { kind: 'AnnAssign'; target: Expr; annotation: Expr; value: Expr | null; span: Span }
  | { kind: 'Delete'; targets: Expr[]; span: Span }
  | { kind: 'Pass'; span: Span }
  | { kind: 'Break'; span: Span }
  | { kind: 'Continue'; span: Span }
  | { kind: 'Return'; value: Expr | null; span: Span }
  | { kind: 'Raise'; exc: Expr | null; cause: Expr | null; span: Span }
  | { kind: 'Global'; names: string[]; span: Span }
  | { kind: 'Nonlocal'; names: string[]; span: Span }
  | { kind: 'Assert'; test: Expr; msg: Expr | null; span: Span }
  /** `import a.b.c as d`: names[i].name is the dotted path */
  | { kind: 'Import'; names: Alias[]; span: Span }
  /** `from ..a.b import x as y, *`: level = number of leading dots; name '*' for star import */
  | { kind: 'ImportFrom'; module: string | null; names: Alias[]; level: number; span: Span }
  | { kind: 'If'; test: Expr; body: Stmt[]; orelse: Stmt[]; span: Span }
  | { kind: 'While'; test: Expr; body: Stmt[]; orelse: Stmt[]; span: Span }
  | { kind: 'For'; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[]; isAsync: boolean; span: Span }
  | { kind: 'Try'; body: Stmt[]; handlers: ExceptHandler[]; orelse: Stmt[]; finalbody: Stmt[]; span: Span }
  | { kind: 'With'; items: WithItem[]; body: Stmt[]; isAsync: boolean; span: Span }
  | { kind: 'FunctionDef'; name: string; args: Arguments; body: Stmt[]; decorators: Expr[]; returns: Expr | null; isAsync: boolean; span: Span }
  | { kind: 'ClassDef'; name: string; bases: Expr[]; keywords: Keyword[]; body: Stmt[]; decorators: Expr[]; span: Span }
  | { kind: 'Match'; subject: Expr; cases: MatchCase[]; span: Span };

export interface MatchCase {
  pattern: Pattern;
  guard: Expr | null;
  body: Stmt[];
  span: Span;
}

/** A `case` pattern (CPython's match_* nodes); `value` expressions are evaluated when the case is tried. */
export type Pattern =
  /** `_` */
  | { kind: 'MatchWild'; span: Span }
  /** a bare name: binds the subject */
  | { kind: 'MatchCapture'; name: string; span: Span }
  /** a literal (compared with ==; None, True and False with `is`) or a dotted name (==) */
  | { kind: 'MatchValue'; value: Expr; identity: boolean; span: Span }
  /** `[p, *rest, q]` / `(p, q)` / `p, q`: star is the index of the starred item, its name (null for `*_`) */
  | { kind: 'MatchSequence'; items: Pattern[]; star: number; starName: string | null; span: Span }
  /** `{key: p, **rest}`: keys are literal or dotted-name expressions */
  | { kind: 'MatchMapping'; keys: Expr[]; values: Pattern[]; rest: string | null; span: Span }
  /** `Cls(p, k=q)` */
  | { kind: 'MatchClass'; cls: Expr; args: Pattern[]; kwdNames: string[]; kwdPatterns: Pattern[]; span: Span }
  | { kind: 'MatchOr'; alts: Pattern[]; span: Span }
  | { kind: 'MatchAs'; pattern: Pattern; name: string; span: Span };

export interface Alias {
  name: string;
  asname: string | null;
  span: Span;
}

export interface ExceptHandler {
  /** null = bare `except:` */
  type: Expr | null;
  /** an `except*` clause (the whole try statement is CPython's TryStar) */
  star: boolean;
  name: string | null;
  body: Stmt[];
  span: Span;
}

export interface WithItem {
  contextExpr: Expr;
  optionalVars: Expr | null;
}

export interface Module {
  kind: 'Module';
  body: Stmt[];
}
