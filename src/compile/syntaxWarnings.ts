/**
 * The SyntaxWarnings CPython 3.11's compiler issues while it compiles a module, before any of it runs:
 *
 *     x is 5             "is" with a literal. Did you mean "=="?   ("is not" … "!=")
 *     assert (x, "m")    assertion is always true, perhaps remove parentheses?
 *     [1, 2] (3, 4)      'list' object is not callable; perhaps you missed a comma?
 *     None [0]           'NoneType' object is not subscriptable; perhaps you missed a comma?
 *     [1, 2] ["a"]       list indices must be integers or slices, not str; perhaps you missed a comma?
 *
 * CPython checks the tree after its constant folding (`-1`, `2 + 3`, `(1, 2)` and `'abc'[0]` are
 * constants then, `1/0` and `'a' + 1` are not), so constType folds types the same way. A warning
 * is about the expression checked (the statement, for `assert`) and comes in the order of
 * CPython's code generation: pre-order, a class body before its bases, a comprehension's body before its
 * outermost iterable, a conditional expression's test first, an assignment's value before its targets.
 * Code the compiler generates more than once warns as often: a `while` test (at the loop's top and
 * bottom) and a `finally` body (once for each way out of the `try`: falling off its end, an exception,
 * and each `return`, `break` or `continue` that leaves through it).
 */
import type { Expr, Stmt, Module, Arguments, Pattern, Span } from '../../grammar/ast';

/** a warning's message and the expression (or statement) it is about */
export interface SyntaxWarningAt {
  message: string;
  span: Span;
}

const NUMERIC = new Set(['bool', 'int', 'float', 'complex']);

/** the type name of the constant `e` folds to, or null when it is not a constant after folding */
function constType(e: Expr): string | null {
  switch (e.kind) {
    case 'Constant': {
      const v = e.value;
      if (v === null) return 'NoneType';
      if (typeof v === 'boolean') return 'bool';
      if (typeof v === 'string') return 'str';
      if ('int' in v) return 'int';
      if ('float' in v) return 'float';
      if ('imag' in v) return 'complex';
      if ('bytes' in v) return 'bytes';
      return 'ellipsis';
    }
    case 'Tuple':
      return e.elts.every((x) => x.kind !== 'Starred' && constType(x) !== null) ? 'tuple' : null;
    case 'UnaryOp': {
      const t = constType(e.operand);
      if (t === null) return null;
      if (e.op === 'not') return 'bool';
      if (e.op === '~') return t === 'int' || t === 'bool' ? 'int' : null;
      return NUMERIC.has(t) ? (t === 'bool' ? 'int' : t) : null;
    }
    case 'BinOp':
      return binOpType(e.op, e.left, e.right);
    case 'Subscript':
      return subscriptType(e.value, e.index);
    default:
      return null;
  }
}

/** the integer value of a constant int expression (`3`, `-3`), or null */
function intValue(e: Expr): bigint | null {
  if (e.kind === 'Constant' && e.value !== null && typeof e.value === 'object' && 'int' in e.value) return e.value.int;
  if (e.kind === 'Constant' && typeof e.value === 'boolean') return e.value ? 1n : 0n;
  if (e.kind === 'UnaryOp' && (e.op === '-' || e.op === '+')) {
    const v = intValue(e.operand);
    return v === null ? null : e.op === '-' ? -v : v;
  }
  return null;
}

/** whether a constant number expression is zero (a divisor folding would raise on) */
function isZero(e: Expr): boolean {
  if (e.kind === 'UnaryOp' && (e.op === '-' || e.op === '+')) return isZero(e.operand);
  if (e.kind !== 'Constant' || e.value === null) return false;
  const v = e.value;
  if (typeof v === 'boolean') return !v;
  if (typeof v !== 'object') return false;
  return ('int' in v && v.int === 0n) || ('float' in v && v.float === 0) || ('imag' in v && v.imag === 0);
}

function binOpType(op: string, left: Expr, right: Expr): string | null {
  const [l, r] = [constType(left), constType(right)];
  if (l === null || r === null) return null;
  if (NUMERIC.has(l) && NUMERIC.has(r)) {
    const widest = l === 'complex' || r === 'complex' ? 'complex' : l === 'float' || r === 'float' ? 'float' : 'int';
    switch (op) {
      case '/':
        return isZero(right) ? null : widest === 'complex' ? 'complex' : 'float';
      case '//':
      case '%':
        return isZero(right) || widest === 'complex' ? null : widest;
      case '**': {
        if (widest !== 'int') return widest;
        const exp = intValue(right);
        return exp === null ? null : exp < 0n ? (isZero(left) ? null : 'float') : 'int';
      }
      case '+':
      case '-':
      case '*':
        return widest;
      case '&':
      case '|':
      case '^':
        return widest !== 'int' ? null : l === 'bool' && r === 'bool' ? 'bool' : 'int';
      case '<<':
      case '>>':
        return widest === 'int' && (intValue(right) ?? 0n) >= 0n ? 'int' : null;
      default:
        return null;
    }
  }
  const sequences = ['str', 'bytes', 'tuple'];
  if (op === '+' && l === r && sequences.includes(l)) return l;
  if (op === '*' && sequences.includes(l) && (r === 'int' || r === 'bool')) return l;
  if (op === '*' && sequences.includes(r) && (l === 'int' || l === 'bool')) return r;
  if (op === '%' && (l === 'str' || l === 'bytes')) return l;
  return null;
}

/** `'abc'[0]`, `(1, 2)[1]`, `b'ab'[:1]`: the type of the item or slice folded, null when it raises */
function subscriptType(value: Expr, index: Expr): string | null {
  const t = constType(value);
  if (t !== 'str' && t !== 'bytes' && t !== 'tuple') return null;
  if (index.kind === 'Slice') {
    const parts = [index.lower, index.upper, index.step];
    return parts.every((p) => p === null || constType(p) === 'int' || constType(p) === 'NoneType') ? t : null;
  }
  const i = intValue(index);
  if (i === null) return null;
  let items: number;
  if (value.kind === 'Constant' && typeof value.value === 'string') items = [...value.value].length;
  else if (value.kind === 'Constant' && value.value !== null && typeof value.value === 'object' && 'bytes' in value.value) items = value.value.bytes.length;
  else if (value.kind === 'Tuple') items = value.elts.length;
  else return null;
  const k = Number(i < 0n ? i + BigInt(items) : i);
  if (k < 0 || k >= items) return null;
  return t === 'bytes' ? 'int' : t === 'str' ? 'str' : value.kind === 'Tuple' ? constType(value.elts[k]) : null;
}

/** CPython's infer_type: the type an expression's value certainly has, by its kind or folded constant */
function inferType(e: Expr): string | null {
  switch (e.kind) {
    case 'Tuple':
      return 'tuple';
    case 'List':
    case 'ListComp':
      return 'list';
    case 'Dict':
    case 'DictComp':
      return 'dict';
    case 'Set':
    case 'SetComp':
      return 'set';
    case 'GeneratorExp':
      return 'generator';
    case 'Lambda':
      return 'function';
    case 'JoinedStr':
      return 'str';
    default:
      return constType(e);
  }
}

const CALLABLE_NEVER = new Set<Expr['kind']>(['Tuple', 'List', 'ListComp', 'Dict', 'DictComp', 'Set', 'SetComp', 'GeneratorExp', 'JoinedStr']);
const UNSUBSCRIPTABLE = new Set(['NoneType', 'ellipsis', 'int', 'bool', 'float', 'complex']);
const INDEXED = new Set<Expr['kind']>(['Tuple', 'List', 'ListComp', 'JoinedStr']);
/** operands of `is` that are no warning: the singletons */
const SINGLETONS = new Set(['NoneType', 'bool', 'ellipsis']);
const COMMA = '; perhaps you missed a comma?';

class Checker {
  readonly out: SyntaxWarningAt[] = [];
  /** `from __future__ import annotations`: annotations are kept as text, not compiled */
  constructor(private readonly futureAnnotations: boolean) {}
  /** the try statements with a `finally` around the statement being checked, innermost last */
  private finallies: { loopDepth: number; exits: number }[] = [];
  /** loops entered since the innermost function (a `break` leaves the try/finally it is in only if its loop is outside) */
  private loopDepth = 0;

  private warn(message: string, span: Span): void {
    this.out.push({ message, span });
  }

  expr(e: Expr | null | undefined): void {
    if (!e) return;
    switch (e.kind) {
      case 'Name':
      case 'Constant':
        return;
      case 'Compare': {
        let left = e.left;
        for (let i = 0; i < e.ops.length; i++) {
          const op = e.ops[i];
          const right = e.comparators[i];
          if ((op === 'is' || op === 'is not') && (this.literal(left) || this.literal(right))) {
            this.warn(op === 'is' ? '"is" with a literal. Did you mean "=="?' : '"is not" with a literal. Did you mean "!="?', e.span);
            break;
          }
          left = right;
        }
        this.expr(e.left);
        e.comparators.forEach((c) => this.expr(c));
        return;
      }
      case 'Call':
        if (constType(e.func) !== null || CALLABLE_NEVER.has(e.func.kind)) this.warn(`'${inferType(e.func)}' object is not callable${COMMA}`, e.span);
        this.expr(e.func);
        e.args.forEach((a) => this.expr(a));
        e.keywords.forEach((k) => this.expr(k.value));
        return;
      case 'Subscript':
        if (constType(e) === null) this.subscript(e.value, e.index, e.span);
        this.expr(e.value);
        this.expr(e.index);
        return;
      case 'JoinedStr':
        for (const p of e.parts) if (p.kind === 'Field') this.fieldParts([p]);
        return;
      case 'BinOp':
        this.expr(e.left);
        this.expr(e.right);
        return;
      case 'UnaryOp':
        this.expr(e.operand);
        return;
      case 'BoolOp':
        e.values.forEach((v) => this.expr(v));
        return;
      case 'IfExp':
        this.expr(e.test);
        this.expr(e.body);
        this.expr(e.orelse);
        return;
      case 'Lambda':
        this.defaults(e.args);
        this.expr(e.body);
        return;
      case 'NamedExpr':
        this.expr(e.value);
        return;
      case 'Attribute':
      case 'Starred':
      case 'YieldFrom':
      case 'Await':
        this.expr(e.value);
        return;
      case 'Yield':
        this.expr(e.value);
        return;
      case 'Slice':
        this.expr(e.lower);
        this.expr(e.upper);
        this.expr(e.step);
        return;
      case 'Tuple':
      case 'List':
      case 'Set':
        e.elts.forEach((x) => this.expr(x));
        return;
      case 'Dict':
        e.keys.forEach((k, i) => (this.expr(k), this.expr(e.values[i])));
        return;
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
      case 'DictComp': {
        const [first, ...rest] = e.generators;
        first.ifs.forEach((x) => this.expr(x));
        for (const g of rest) {
          this.expr(g.iter);
          g.ifs.forEach((x) => this.expr(x));
        }
        if (e.kind === 'DictComp') this.expr(e.key), this.expr(e.value);
        else this.expr(e.elt);
        this.expr(first.iter);
        return;
      }
      default:
        e satisfies never;
    }
  }

  private fieldParts(parts: Extract<Expr, { kind: 'JoinedStr' }>['parts']): void {
    for (const p of parts) {
      if (p.kind !== 'Field') continue;
      this.expr(p.value);
      if (p.spec) this.fieldParts(p.spec);
    }
  }

  /** an operand of `is` that CPython calls a literal: a constant other than None, True, False, ... */
  private literal(e: Expr): boolean {
    const t = constType(e);
    return t !== null && !SINGLETONS.has(t);
  }

  /** `value[index]` read (stores and deletions are not checked) */
  private subscript(value: Expr, index: Expr, span: Span): void {
    const t = constType(value);
    if ((t !== null && UNSUBSCRIPTABLE.has(t)) || (t === null && ['Set', 'SetComp', 'GeneratorExp', 'Lambda'].includes(value.kind))) {
      this.warn(`'${inferType(value)}' object is not subscriptable${COMMA}`, span);
      return;
    }
    const it = inferType(index);
    if (it === null || it === 'int' || it === 'bool') return;
    if ((t !== null && ['str', 'bytes', 'tuple'].includes(t)) || (t === null && INDEXED.has(value.kind))) {
      this.warn(`${inferType(value)} indices must be integers or slices, not ${it}${COMMA}`, span);
    }
  }

  /** an assignment or deletion target: its own subscript is not read, what it is made of is */
  private target(t: Expr): void {
    if (t.kind === 'Subscript') this.expr(t.value), this.expr(t.index);
    else if (t.kind === 'Attribute' || t.kind === 'Starred') this.target(t.value);
    else if (t.kind === 'Tuple' || t.kind === 'List') t.elts.forEach((x) => this.target(x));
    else if (t.kind !== 'Name') this.expr(t);
  }

  private defaults(a: Arguments): void {
    a.defaults.forEach((d) => this.expr(d));
    a.kwDefaults.forEach((d) => this.expr(d));
  }

  private annotations(a: Arguments, returns: Expr | null): void {
    for (const arg of [...a.posonly, ...a.args, ...(a.vararg ? [a.vararg] : []), ...a.kwonly, ...(a.kwarg ? [a.kwarg] : [])]) this.expr(arg.annotation);
    this.expr(returns);
  }

  body(stmts: Stmt[], inFunction: boolean): void {
    for (const s of stmts) this.stmt(s, inFunction);
  }

  /** a function's or class's body: its own loops and `finally` blocks */
  private scopeBody(stmts: Stmt[], inFunction: boolean): void {
    const [finallies, loops] = [this.finallies, this.loopDepth];
    this.finallies = [];
    this.loopDepth = 0;
    this.body(stmts, inFunction);
    this.finallies = finallies;
    this.loopDepth = loops;
  }

  private loopBody(stmts: Stmt[], inFunction: boolean): void {
    this.loopDepth++;
    this.body(stmts, inFunction);
    this.loopDepth--;
  }

  /** a `return`, `break` or `continue`: each `finally` it leaves through is compiled once more */
  private exit(kind: 'Return' | 'Break' | 'Continue'): void {
    for (const f of this.finallies) if (kind === 'Return' || f.loopDepth === this.loopDepth) f.exits++;
  }

  stmt(s: Stmt, inFunction: boolean): void {
    switch (s.kind) {
      case 'Expr':
        this.expr(s.value);
        return;
      case 'Assign':
        this.expr(s.value);
        s.targets.forEach((t) => this.target(t));
        return;
      case 'AugAssign':
        this.target(s.target);
        this.expr(s.value);
        return;
      case 'AnnAssign':
        this.expr(s.value);
        this.target(s.target);
        // a function's variable annotations are not compiled
        if (!inFunction && !this.futureAnnotations && s.target.kind === 'Name') this.expr(s.annotation);
        return;
      case 'Delete':
        s.targets.forEach((t) => this.target(t));
        return;
      case 'Return':
        this.expr(s.value);
        this.exit('Return');
        return;
      case 'Break':
      case 'Continue':
        this.exit(s.kind);
        return;
      case 'Raise':
        this.expr(s.exc);
        this.expr(s.cause);
        return;
      case 'Assert':
        if (s.test.kind === 'Tuple' && s.test.elts.length > 0) this.warn('assertion is always true, perhaps remove parentheses?', s.span);
        this.expr(s.test);
        this.expr(s.msg);
        return;
      case 'Pass':
      case 'Global':
      case 'Nonlocal':
      case 'Import':
      case 'ImportFrom':
        return;
      case 'If':
        this.expr(s.test);
        this.body(s.body, inFunction);
        this.body(s.orelse, inFunction);
        return;
      case 'While':
        this.expr(s.test);
        this.loopBody(s.body, inFunction);
        if (constType(s.test) === null) this.expr(s.test); // the test again, at the bottom of the loop
        this.body(s.orelse, inFunction);
        return;
      case 'For':
        this.expr(s.iter);
        this.target(s.target);
        this.loopBody(s.body, inFunction);
        this.body(s.orelse, inFunction);
        return;
      case 'With':
        for (const item of s.items) {
          this.expr(item.contextExpr);
          if (item.optionalVars) this.target(item.optionalVars);
        }
        this.body(s.body, inFunction);
        return;
      case 'Try': {
        const f = s.finalbody.length ? { loopDepth: this.loopDepth, exits: 0 } : null;
        if (f) this.finallies.push(f);
        this.body(s.body, inFunction);
        for (const h of s.handlers) {
          this.expr(h.type);
          this.body(h.body, inFunction);
        }
        this.body(s.orelse, inFunction);
        if (f) {
          this.finallies.pop();
          for (let i = 0; i < 2 + f.exits; i++) this.body(s.finalbody, inFunction);
        }
        return;
      }
      case 'FunctionDef':
        s.decorators.forEach((d) => this.expr(d));
        this.defaults(s.args);
        if (!this.futureAnnotations) this.annotations(s.args, s.returns);
        this.scopeBody(s.body, true);
        return;
      case 'ClassDef':
        s.decorators.forEach((d) => this.expr(d));
        this.scopeBody(s.body, false);
        s.bases.forEach((b) => this.expr(b));
        s.keywords.forEach((k) => this.expr(k.value));
        return;
      case 'Match':
        this.expr(s.subject);
        for (const c of s.cases) {
          this.pattern(c.pattern);
          this.expr(c.guard);
          this.body(c.body, inFunction);
        }
        return;
      default:
        s satisfies never;
    }
  }

  private pattern(p: Pattern): void {
    switch (p.kind) {
      case 'MatchValue':
        this.expr(p.value);
        return;
      case 'MatchSequence':
        p.items.forEach((x) => this.pattern(x));
        return;
      case 'MatchMapping':
        p.keys.forEach((k) => this.expr(k));
        p.values.forEach((x) => this.pattern(x));
        return;
      case 'MatchClass':
        this.expr(p.cls);
        [...p.args, ...p.kwdPatterns].forEach((x) => this.pattern(x));
        return;
      case 'MatchOr':
        p.alts.forEach((x) => this.pattern(x));
        return;
      case 'MatchAs':
        this.pattern(p.pattern);
        return;
      case 'MatchWild':
      case 'MatchCapture':
        return;
      default:
        p satisfies never;
    }
  }
}

/** The SyntaxWarnings compiling `mod` gives, in the order CPython issues them. */
export function syntaxWarnings(mod: Module): SyntaxWarningAt[] {
  const future = mod.body.some((s) => s.kind === 'ImportFrom' && s.module === '__future__' && s.names.some((a) => a.name === 'annotations'));
  const c = new Checker(future);
  c.body(mod.body, false);
  return c.out;
}
