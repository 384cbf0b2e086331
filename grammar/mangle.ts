/**
 * Private name mangling (CPython's `_Py_Mangle`): inside a class, an identifier `__spam` (two leading
 * underscores, not ending in two, no dot) is rewritten to `_Class__spam`, where Class is the innermost
 * enclosing class's name without its leading underscores (no mangling when that leaves nothing).
 *
 * It runs on the finished AST, before the compiler sees it, and covers what CPython mangles: names
 * (loads, stores, deletes, comprehension and `except ... as` targets, match captures), attribute names,
 * parameters, `global`/`nonlocal` names, and the names `def`/`class` statements bind. A nested class's
 * body mangles with its own name; its bases, keywords and decorators with the enclosing one. Keyword
 * arguments of calls are not mangled (CPython neither: `f(__a=1)` passes `__a`).
 *
 * A `def __m` or `class __C` keeps its unmangled `__name__` and `__qualname__`: the statement still binds
 * `__m`, and two statements added after it (`_Class__m = __m; del __m`) move the binding to the mangled
 * name, which leaves a class namespace in CPython's order.
 */
import type { Arguments, Expr, Pattern, Span, Stmt } from './ast';

/** The mangled form of `name` in a class named `cls` (null: no class), or the name itself. */
export function mangle(cls: string | null, name: string): string {
  if (cls === null || !name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name;
  const stripped = cls.replace(/^_+/, '');
  return stripped === '' ? name : `_${stripped}${name}`;
}

/** Mangle private names in every class of a module's statements (in place; one walk of the tree). */
export function manglePrivateNames(body: Stmt[]): void {
  stmts(body, null);
}

function stmts(body: Stmt[], cls: string | null): void {
  for (let i = 0; i < body.length; i++) {
    const s = body[i];
    stmt(s, cls);
    if ((s.kind === 'FunctionDef' || s.kind === 'ClassDef') && mangle(cls, s.name) !== s.name) {
      body.splice(i + 1, 0, ...rebind(s.name, mangle(cls, s.name), s.span));
      i += 2;
    }
  }
}

/** `mangled = name; del name`, spanning the definition they follow. */
function rebind(name: string, mangled: string, span: Span): Stmt[] {
  return [
    { kind: 'Assign', targets: [{ kind: 'Name', id: mangled, span }], value: { kind: 'Name', id: name, span }, span },
    { kind: 'Delete', targets: [{ kind: 'Name', id: name, span }], span },
  ];
}

function args(a: Arguments, cls: string | null): void {
  const all = [...a.posonly, ...a.args, ...a.kwonly, ...(a.vararg ? [a.vararg] : []), ...(a.kwarg ? [a.kwarg] : [])];
  for (const p of all) {
    p.name = mangle(cls, p.name);
    expr(p.annotation, cls);
  }
  a.defaults.forEach((d) => expr(d, cls));
  a.kwDefaults.forEach((d) => expr(d, cls));
}

function stmt(s: Stmt, cls: string | null): void {
  switch (s.kind) {
    case 'ClassDef':
      s.bases.forEach((b) => expr(b, cls));
      s.keywords.forEach((k) => expr(k.value, cls));
      s.decorators.forEach((d) => expr(d, cls));
      stmts(s.body, s.name);
      return;
    case 'FunctionDef':
      s.decorators.forEach((d) => expr(d, cls));
      args(s.args, cls);
      expr(s.returns, cls);
      stmts(s.body, cls);
      return;
    case 'Global':
    case 'Nonlocal':
      s.names = s.names.map((n) => mangle(cls, n));
      return;
    case 'Try':
      stmts(s.body, cls);
      for (const h of s.handlers) {
        expr(h.type, cls);
        if (h.name !== null) h.name = mangle(cls, h.name);
        stmts(h.body, cls);
      }
      stmts(s.orelse, cls);
      stmts(s.finalbody, cls);
      return;
    case 'Match':
      expr(s.subject, cls);
      for (const c of s.cases) {
        pattern(c.pattern, cls);
        expr(c.guard, cls);
        stmts(c.body, cls);
      }
      return;
    case 'With':
      for (const it of s.items) {
        expr(it.contextExpr, cls);
        expr(it.optionalVars, cls);
      }
      stmts(s.body, cls);
      return;
    case 'If':
    case 'While':
      expr(s.test, cls);
      stmts(s.body, cls);
      stmts(s.orelse, cls);
      return;
    case 'For':
      expr(s.target, cls);
      expr(s.iter, cls);
      stmts(s.body, cls);
      stmts(s.orelse, cls);
      return;
    case 'Expr':
    case 'Return':
      expr(s.value, cls);
      return;
    case 'Assign':
      s.targets.forEach((t) => expr(t, cls));
      expr(s.value, cls);
      return;
    case 'AugAssign':
      expr(s.target, cls);
      expr(s.value, cls);
      return;
    case 'AnnAssign':
      expr(s.target, cls);
      expr(s.annotation, cls);
      expr(s.value, cls);
      return;
    case 'Delete':
      s.targets.forEach((t) => expr(t, cls));
      return;
    case 'Raise':
      expr(s.exc, cls);
      expr(s.cause, cls);
      return;
    case 'Assert':
      expr(s.test, cls);
      expr(s.msg, cls);
      return;
    case 'Import':
    case 'ImportFrom':
    case 'Pass':
    case 'Break':
    case 'Continue':
      return;
    default:
      s satisfies never;
  }
}

function pattern(p: Pattern, cls: string | null): void {
  switch (p.kind) {
    case 'MatchWild':
      return;
    case 'MatchCapture':
      p.name = mangle(cls, p.name);
      return;
    case 'MatchValue':
      expr(p.value, cls);
      return;
    case 'MatchSequence':
      p.items.forEach((q) => pattern(q, cls));
      if (p.starName !== null) p.starName = mangle(cls, p.starName);
      return;
    case 'MatchMapping':
      p.keys.forEach((k) => expr(k, cls));
      p.values.forEach((q) => pattern(q, cls));
      if (p.rest !== null) p.rest = mangle(cls, p.rest);
      return;
    case 'MatchClass':
      expr(p.cls, cls);
      p.args.forEach((q) => pattern(q, cls));
      p.kwdPatterns.forEach((q) => pattern(q, cls));
      return;
    case 'MatchOr':
      p.alts.forEach((q) => pattern(q, cls));
      return;
    case 'MatchAs':
      pattern(p.pattern, cls);
      p.name = mangle(cls, p.name);
      return;
    default:
      p satisfies never;
  }
}

function comprehensions(gens: { target: Expr; iter: Expr; ifs: Expr[] }[], cls: string | null): void {
  for (const g of gens) {
    expr(g.target, cls);
    expr(g.iter, cls);
    g.ifs.forEach((c) => expr(c, cls));
  }
}

function expr(e: Expr | null, cls: string | null): void {
  if (e === null) return;
  switch (e.kind) {
    case 'Name':
      e.id = mangle(cls, e.id);
      return;
    case 'Attribute':
      e.attr = mangle(cls, e.attr);
      expr(e.value, cls);
      return;
    case 'Constant':
      return;
    case 'JoinedStr':
      for (const part of e.parts) {
        if (part.kind !== 'Field') continue;
        expr(part.value, cls);
        if (part.spec) expr({ kind: 'JoinedStr', parts: part.spec, span: part.span }, cls);
      }
      return;
    case 'BinOp':
      expr(e.left, cls);
      expr(e.right, cls);
      return;
    case 'UnaryOp':
      expr(e.operand, cls);
      return;
    case 'BoolOp':
    case 'Tuple':
    case 'List':
    case 'Set':
      ('values' in e ? e.values : e.elts).forEach((x) => expr(x, cls));
      return;
    case 'Compare':
      expr(e.left, cls);
      e.comparators.forEach((x) => expr(x, cls));
      return;
    case 'IfExp':
      expr(e.test, cls);
      expr(e.body, cls);
      expr(e.orelse, cls);
      return;
    case 'Lambda':
      args(e.args, cls);
      expr(e.body, cls);
      return;
    case 'NamedExpr':
      expr(e.target, cls);
      expr(e.value, cls);
      return;
    case 'Call':
      expr(e.func, cls);
      e.args.forEach((x) => expr(x, cls));
      e.keywords.forEach((k) => expr(k.value, cls));
      return;
    case 'Subscript':
      expr(e.value, cls);
      expr(e.index, cls);
      return;
    case 'Slice':
      expr(e.lower, cls);
      expr(e.upper, cls);
      expr(e.step, cls);
      return;
    case 'Starred':
    case 'YieldFrom':
    case 'Await':
      expr(e.value, cls);
      return;
    case 'Yield':
      expr(e.value, cls);
      return;
    case 'Dict':
      e.keys.forEach((k) => expr(k, cls));
      e.values.forEach((v) => expr(v, cls));
      return;
    case 'ListComp':
    case 'SetComp':
    case 'GeneratorExp':
      expr(e.elt, cls);
      comprehensions(e.generators, cls);
      return;
    case 'DictComp':
      expr(e.key, cls);
      expr(e.value, cls);
      comprehensions(e.generators, cls);
      return;
    default:
      e satisfies never;
  }
}
