/**
 * The SyntaxErrors of CPython's symbol table: what `global` and `nonlocal` statements may say about a
 * name given what the scope did with it before, and where `nonlocal` and `import *` are allowed.
 *
 * The first pass walks each scope's statements in order, recording per name whether it was a parameter,
 * assigned (a store, a deletion, a def or class, an except or with target, a walrus), read, annotated or
 * declared, and fails at the first directive that comes too late:
 *
 *     def f():
 *         x = 1
 *         global x      name 'x' is assigned to before global declaration
 *
 * (an import binds without counting as an assignment here, as in CPython). A second pass, as CPython's
 * analysis after the whole table is built, checks every `nonlocal` name: declared global as well, or
 * bound in no enclosing function (class bodies are skipped over), is an error at the scope's first
 * directive naming it.
 */
import type { Expr, Module, Pattern, Span, Stmt, Arguments, Comprehension } from './ast.js';

const PARAM = 1;
const LOCAL = 2;
const USE = 4;
const ANNOT = 8;
const GLOBAL = 16;
const NONLOCAL = 32;
const IMPORT = 64;
const BINDS = PARAM | LOCAL | IMPORT;

interface Scope {
  kind: 'module' | 'function' | 'class' | 'comprehension';
  names: Map<string, number>;
  /** where each name was first declared global or nonlocal */
  directives: Map<string, Span>;
  children: Scope[];
}

type Fail = (msg: string, span: Span) => never;

function newScope(kind: Scope['kind'], parent: Scope | null): Scope {
  const s: Scope = { kind, names: new Map(), directives: new Map(), children: [] };
  parent?.children.push(s);
  return s;
}

class Walker {
  constructor(private readonly fail: Fail) {}

  private flag(scope: Scope, name: string, bit: number): void {
    scope.names.set(name, (scope.names.get(name) ?? 0) | bit);
  }

  /** a walrus binds in the nearest scope that is not a comprehension */
  private walrusScope(stack: Scope[]): Scope {
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i].kind !== 'comprehension') return stack[i];
    return stack[0];
  }

  private directive(scope: Scope, s: Extract<Stmt, { kind: 'Global' | 'Nonlocal' }>): void {
    const word = s.kind === 'Global' ? 'global' : 'nonlocal';
    if (s.kind === 'Nonlocal' && scope.kind === 'module') this.fail('nonlocal declaration not allowed at module level', s.span);
    for (const name of s.names) {
      const cur = scope.names.get(name) ?? 0;
      if (cur & (PARAM | LOCAL | USE | ANNOT)) {
        if (cur & PARAM) this.fail(`name '${name}' is parameter and ${word}`, s.span);
        if (cur & USE) this.fail(`name '${name}' is used prior to ${word} declaration`, s.span);
        if (cur & ANNOT) this.fail(`annotated name '${name}' can't be ${word}`, s.span);
        this.fail(`name '${name}' is assigned to before ${word} declaration`, s.span);
      }
      this.flag(scope, name, s.kind === 'Global' ? GLOBAL : NONLOCAL);
      if (!scope.directives.has(name)) scope.directives.set(name, s.span);
    }
  }

  body(stmts: Stmt[], stack: Scope[]): void {
    for (const s of stmts) this.stmt(s, stack);
  }

  private stmt(s: Stmt, stack: Scope[]): void {
    const scope = stack[stack.length - 1];
    switch (s.kind) {
      case 'Global':
      case 'Nonlocal':
        return this.directive(scope, s);
      case 'Expr':
        return this.expr(s.value, stack);
      case 'Assign':
        s.targets.forEach((t) => this.target(t, stack));
        return this.expr(s.value, stack);
      case 'AugAssign':
        this.target(s.target, stack);
        return this.expr(s.value, stack);
      case 'AnnAssign':
        if (s.target.kind === 'Name') {
          const cur = scope.names.get(s.target.id) ?? 0;
          if (cur & (GLOBAL | NONLOCAL)) this.fail(`annotated name '${s.target.id}' can't be ${cur & GLOBAL ? 'global' : 'nonlocal'}`, s.span);
          this.flag(scope, s.target.id, ANNOT | LOCAL);
        } else this.target(s.target, stack);
        this.expr(s.annotation, stack);
        return this.expr(s.value, stack);
      case 'Delete':
        return s.targets.forEach((t) => this.target(t, stack));
      case 'Return':
        return this.expr(s.value, stack);
      case 'Raise':
        this.expr(s.exc, stack);
        return this.expr(s.cause, stack);
      case 'Assert':
        this.expr(s.test, stack);
        return this.expr(s.msg, stack);
      case 'Import':
        for (const a of s.names) this.flag(scope, a.asname ?? a.name.split('.')[0], IMPORT);
        return;
      case 'ImportFrom':
        for (const a of s.names) {
          if (a.name === '*') {
            if (scope.kind !== 'module') this.fail('import * only allowed at module level', a.span);
          } else this.flag(scope, a.asname ?? a.name, IMPORT);
        }
        return;
      case 'If':
      case 'While':
        this.expr(s.test, stack);
        this.body(s.body, stack);
        return this.body(s.orelse, stack);
      case 'For':
        this.target(s.target, stack);
        this.expr(s.iter, stack);
        this.body(s.body, stack);
        return this.body(s.orelse, stack);
      case 'With':
        for (const it of s.items) {
          this.expr(it.contextExpr, stack);
          if (it.optionalVars) this.target(it.optionalVars, stack);
        }
        return this.body(s.body, stack);
      case 'Try':
        this.body(s.body, stack);
        for (const h of s.handlers) {
          this.expr(h.type, stack);
          if (h.name !== null) this.flag(scope, h.name, LOCAL);
          this.body(h.body, stack);
        }
        this.body(s.orelse, stack);
        return this.body(s.finalbody, stack);
      case 'Match':
        this.expr(s.subject, stack);
        for (const c of s.cases) {
          this.pattern(c.pattern, stack);
          this.expr(c.guard, stack);
          this.body(c.body, stack);
        }
        return;
      case 'FunctionDef': {
        this.flag(scope, s.name, LOCAL);
        this.arguments(s.args, stack);
        s.decorators.forEach((d) => this.expr(d, stack));
        this.expr(s.returns, stack);
        const inner = newScope('function', scope);
        this.params(inner, s.args);
        return this.body(s.body, [...stack, inner]);
      }
      case 'ClassDef': {
        this.flag(scope, s.name, LOCAL);
        s.bases.forEach((b) => this.expr(b, stack));
        s.keywords.forEach((k) => this.expr(k.value, stack));
        s.decorators.forEach((d) => this.expr(d, stack));
        return this.body(s.body, [...stack, newScope('class', scope)]);
      }
      case 'Pass':
      case 'Break':
      case 'Continue':
        return;
      default:
        s satisfies never;
    }
  }

  /** defaults and annotations, evaluated in the scope defining the function */
  private arguments(a: Arguments, stack: Scope[]): void {
    a.defaults.forEach((d) => this.expr(d, stack));
    a.kwDefaults.forEach((d) => this.expr(d, stack));
    for (const p of [...a.posonly, ...a.args, ...(a.vararg ? [a.vararg] : []), ...a.kwonly, ...(a.kwarg ? [a.kwarg] : [])]) this.expr(p.annotation, stack);
  }

  private params(scope: Scope, a: Arguments): void {
    for (const p of [...a.posonly, ...a.args, ...(a.vararg ? [a.vararg] : []), ...a.kwonly, ...(a.kwarg ? [a.kwarg] : [])]) this.flag(scope, p.name, PARAM);
  }

  /** an assignment or deletion target: names are bound, what else it is made of is read */
  private target(t: Expr, stack: Scope[]): void {
    if (t.kind === 'Name') this.flag(stack[stack.length - 1], t.id, LOCAL);
    else if (t.kind === 'Tuple' || t.kind === 'List') t.elts.forEach((x) => this.target(x, stack));
    else if (t.kind === 'Starred') this.target(t.value, stack);
    else this.expr(t, stack);
  }

  private expr(e: Expr | null, stack: Scope[]): void {
    if (!e) return;
    switch (e.kind) {
      case 'Name':
        return this.flag(stack[stack.length - 1], e.id, USE);
      case 'NamedExpr':
        this.expr(e.value, stack);
        if (e.target.kind === 'Name') this.flag(this.walrusScope(stack), e.target.id, LOCAL);
        return;
      case 'Lambda': {
        this.arguments(e.args, stack);
        const inner = newScope('function', stack[stack.length - 1]);
        this.params(inner, e.args);
        return this.expr(e.body, [...stack, inner]);
      }
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
        return this.comprehension(e.generators, [e.elt], stack);
      case 'DictComp':
        return this.comprehension(e.generators, [e.key, e.value], stack);
      case 'JoinedStr': {
        const parts = (ps: typeof e.parts): void => {
          for (const p of ps) if (p.kind === 'Field') this.expr(p.value, stack), p.spec && parts(p.spec);
        };
        return parts(e.parts);
      }
      case 'Constant':
        return;
      case 'BinOp':
        this.expr(e.left, stack);
        return this.expr(e.right, stack);
      case 'UnaryOp':
        return this.expr(e.operand, stack);
      case 'BoolOp':
        return e.values.forEach((v) => this.expr(v, stack));
      case 'Compare':
        this.expr(e.left, stack);
        return e.comparators.forEach((c) => this.expr(c, stack));
      case 'IfExp':
        this.expr(e.test, stack);
        this.expr(e.body, stack);
        return this.expr(e.orelse, stack);
      case 'Call':
        this.expr(e.func, stack);
        e.args.forEach((a) => this.expr(a, stack));
        return e.keywords.forEach((k) => this.expr(k.value, stack));
      case 'Attribute':
      case 'Starred':
      case 'YieldFrom':
      case 'Await':
        return this.expr(e.value, stack);
      case 'Yield':
        return this.expr(e.value, stack);
      case 'Subscript':
        this.expr(e.value, stack);
        return this.expr(e.index, stack);
      case 'Slice':
        this.expr(e.lower, stack);
        this.expr(e.upper, stack);
        return this.expr(e.step, stack);
      case 'Tuple':
      case 'List':
      case 'Set':
        return e.elts.forEach((x) => this.expr(x, stack));
      case 'Dict':
        e.keys.forEach((k) => this.expr(k, stack));
        return e.values.forEach((v) => this.expr(v, stack));
      default:
        e satisfies never;
    }
  }

  /** the outermost iterable is read in the enclosing scope, the rest in the comprehension's own */
  private comprehension(gens: Comprehension[], results: Expr[], stack: Scope[]): void {
    this.expr(gens[0].iter, stack);
    const inner = [...stack, newScope('comprehension', stack[stack.length - 1])];
    gens.forEach((g, i) => {
      this.target(g.target, inner);
      if (i > 0) this.expr(g.iter, inner);
      g.ifs.forEach((x) => this.expr(x, inner));
    });
    results.forEach((r) => this.expr(r, inner));
  }

  private pattern(p: Pattern, stack: Scope[]): void {
    const scope = stack[stack.length - 1];
    switch (p.kind) {
      case 'MatchCapture':
        return this.flag(scope, p.name, LOCAL);
      case 'MatchValue':
        return this.expr(p.value, stack);
      case 'MatchSequence':
        if (p.starName !== null) this.flag(scope, p.starName, LOCAL);
        return p.items.forEach((x) => this.pattern(x, stack));
      case 'MatchMapping':
        p.keys.forEach((k) => this.expr(k, stack));
        p.values.forEach((x) => this.pattern(x, stack));
        if (p.rest !== null) this.flag(scope, p.rest, LOCAL);
        return;
      case 'MatchClass':
        this.expr(p.cls, stack);
        return [...p.args, ...p.kwdPatterns].forEach((x) => this.pattern(x, stack));
      case 'MatchOr':
        return p.alts.forEach((x) => this.pattern(x, stack));
      case 'MatchAs':
        this.pattern(p.pattern, stack);
        return this.flag(scope, p.name, LOCAL);
      case 'MatchWild':
        return;
      default:
        p satisfies never;
    }
  }
}

/** the analysis pass: every nonlocal name is bound in an enclosing function and not also global */
function analyze(scope: Scope, bound: Set<string>, fail: Fail): void {
  for (const [name, flags] of scope.names) {
    if (!(flags & NONLOCAL)) continue;
    if (flags & GLOBAL) fail(`name '${name}' is nonlocal and global`, scope.directives.get(name)!);
    if (!bound.has(name)) fail(`no binding for nonlocal '${name}' found`, scope.directives.get(name)!);
  }
  let inner = bound;
  if (scope.kind === 'function' || scope.kind === 'comprehension') {
    inner = new Set(bound);
    for (const [name, flags] of scope.names) if (flags & BINDS && !(flags & (GLOBAL | NONLOCAL))) inner.add(name);
  }
  for (const c of scope.children) analyze(c, inner, fail);
}

/** Check the module's scopes; `fail` throws the SyntaxError at the span given. */
export function checkScopes(mod: Module, fail: Fail): void {
  const top = newScope('module', null);
  new Walker(fail).body(mod.body, [top]);
  analyze(top, new Set(), fail);
}
