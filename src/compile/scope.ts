/**
 * Scope analysis: which names each Python scope binds, and how every name use resolves.
 *
 * Python's rule: a name bound anywhere in a function body (assignment, for/with/except targets, import,
 * def/class, del, parameters) is local to that function unless declared `global` or `nonlocal`; class
 * bodies bind into the class namespace but are invisible to functions nested in them; comprehensions
 * are their own scope, except that a walrus inside one binds in the enclosing function.
 * The compiler asks `resolve(scope, name)` and emits a JS local (captured by JS closures for free
 * variables), a class-namespace slot, or a module-global slot.
 */
import { patternExprs, patternNames } from '../../grammar/patterns';
import type { Expr, Stmt, Arguments, Comprehension } from '../../grammar/ast';

export type ScopeKind = 'module' | 'function' | 'class' | 'comprehension';

export class Scope {
  bound = new Set<string>();
  globals = new Set<string>();
  nonlocals = new Set<string>();
  params = new Set<string>();
  /**
   * Function scopes: names declared `nonlocal` somewhere in the body's nested scopes. Such a local can
   * change while an operation runs user code (a dunder defined in a nested function), so code that reads
   * it early must not assume it keeps its value.
   */
  rebound = new Set<string>();
  isGenerator = false;
  /** an `async def` body: compiled as a generator whose yields are the awaited futures */
  isCoroutine = false;
  /** an async generator's body (`async def` with `yield`): its Python yields are marked ($agy) apart from awaits */
  isAsyncGen = false;
  /**
   * Module scope only: names kept in JS locals instead of the globals object while the module body runs
   * (flushed to it at the end, so importers, the REPL's next input and tracebacks see them as usual): the
   * module's privateNames().
   */
  moduleLocals: Set<string> = new Set();
  /** JS-level unique id (for class cells etc.) */
  id: number;
  private static nextId = 0;
  constructor(public kind: ScopeKind, public parent: Scope | null, public name: string) {
    this.id = Scope.nextId++;
  }
  /** nearest enclosing function-like scope (skipping classes) */
  enclosingFunction(): Scope | null {
    let s = this.parent;
    while (s && s.kind === 'class') s = s.parent;
    return s;
  }
}

export type Resolution =
  | { kind: 'local' }
  | { kind: 'free'; scope: Scope }
  | { kind: 'class' }
  | { kind: 'global' };

export function resolve(scope: Scope, name: string): Resolution {
  if (scope.globals.has(name)) return { kind: 'global' };
  if (scope.kind === 'module') return { kind: 'global' };
  if (scope.kind === 'class') {
    if (scope.bound.has(name) && !scope.nonlocals.has(name)) return { kind: 'class' };
  } else if (scope.bound.has(name) && !scope.nonlocals.has(name)) {
    return { kind: 'local' };
  }
  // free variable: look outward through function scopes (class scopes are skipped)
  let s = scope.kind === 'class' ? scope.parent : scope.parent;
  while (s) {
    if (s.kind === 'module') break;
    if (s.kind !== 'class') {
      if (s.globals.has(name)) return { kind: 'global' };
      if (s.bound.has(name) && !s.nonlocals.has(name)) return { kind: 'free', scope: s };
    }
    s = s.parent;
  }
  return { kind: 'global' };
}

/** Collect the bindings of a function/module/class body (not descending into nested scopes). */
export function analyzeBody(scope: Scope, body: Stmt[]): void {
  for (const st of body) stmt(scope, st);
}

export function analyzeArgs(scope: Scope, args: Arguments): void {
  for (const a of [...args.posonly, ...args.args, ...args.kwonly]) {
    scope.bound.add(a.name);
    scope.params.add(a.name);
  }
  if (args.vararg) {
    scope.bound.add(args.vararg.name);
    scope.params.add(args.vararg.name);
  }
  if (args.kwarg) {
    scope.bound.add(args.kwarg.name);
    scope.params.add(args.kwarg.name);
  }
}

function bindTarget(scope: Scope, t: Expr): void {
  switch (t.kind) {
    case 'Name':
      scope.bound.add(t.id);
      break;
    case 'Tuple':
    case 'List':
      for (const e of t.elts) bindTarget(scope, e);
      break;
    case 'Starred':
      bindTarget(scope, t.value);
      break;
    default:
      expr(scope, t);
  }
}

function stmt(scope: Scope, s: Stmt): void {
  switch (s.kind) {
    case 'Expr':
      expr(scope, s.value);
      break;
    case 'Assign':
      for (const t of s.targets) bindTarget(scope, t);
      expr(scope, s.value);
      break;
    case 'AugAssign':
      bindTarget(scope, s.target);
      expr(scope, s.value);
      break;
    case 'AnnAssign':
      if (s.value) bindTarget(scope, s.target);
      else if (s.target.kind !== 'Name') expr(scope, s.target);
      else if (scope.kind !== 'module') scope.bound.add(s.target.id);
      if (s.value) expr(scope, s.value);
      break;
    case 'Delete':
      for (const t of s.targets) bindTarget(scope, t);
      break;
    case 'Return':
      if (s.value) expr(scope, s.value);
      break;
    case 'Raise':
      if (s.exc) expr(scope, s.exc);
      if (s.cause) expr(scope, s.cause);
      break;
    case 'Global':
      for (const n of s.names) scope.globals.add(n);
      break;
    case 'Nonlocal':
      for (const n of s.names) scope.nonlocals.add(n);
      break;
    case 'Assert':
      expr(scope, s.test);
      if (s.msg) expr(scope, s.msg);
      break;
    case 'Import':
      for (const a of s.names) scope.bound.add(a.asname ?? a.name.split('.')[0]);
      break;
    case 'ImportFrom':
      for (const a of s.names) if (a.name !== '*') scope.bound.add(a.asname ?? a.name);
      break;
    case 'If':
    case 'While':
      expr(scope, s.test);
      analyzeBody(scope, s.body);
      analyzeBody(scope, s.orelse);
      break;
    case 'For':
      bindTarget(scope, s.target);
      expr(scope, s.iter);
      analyzeBody(scope, s.body);
      analyzeBody(scope, s.orelse);
      break;
    case 'Try':
      analyzeBody(scope, s.body);
      for (const h of s.handlers) {
        if (h.type) expr(scope, h.type);
        if (h.name) scope.bound.add(h.name);
        analyzeBody(scope, h.body);
      }
      analyzeBody(scope, s.orelse);
      analyzeBody(scope, s.finalbody);
      break;
    case 'Match':
      expr(scope, s.subject);
      for (const c of s.cases) {
        for (const x of patternExprs(c.pattern)) expr(scope, x);
        for (const n of patternNames(c.pattern, () => undefined as never)) scope.bound.add(n);
        if (c.guard) expr(scope, c.guard);
        analyzeBody(scope, c.body);
      }
      break;
    case 'With':
      for (const it of s.items) {
        expr(scope, it.contextExpr);
        if (it.optionalVars) bindTarget(scope, it.optionalVars);
      }
      analyzeBody(scope, s.body);
      break;
    case 'FunctionDef':
      scope.bound.add(s.name);
      for (const d of s.decorators) expr(scope, d);
      for (const d of s.args.defaults) expr(scope, d);
      for (const d of s.args.kwDefaults) if (d) expr(scope, d);
      break;
    case 'ClassDef':
      scope.bound.add(s.name);
      for (const d of s.decorators) expr(scope, d);
      for (const b of s.bases) expr(scope, b);
      for (const k of s.keywords) expr(scope, k.value);
      break;
    case 'Pass':
    case 'Break':
    case 'Continue':
      break;
    default:
      s satisfies never;
  }
}

/** Walk an expression for walrus targets and yields (nested scopes are not entered). */
function expr(scope: Scope, e: Expr): void {
  switch (e.kind) {
    case 'NamedExpr': {
      // a walrus binds in the nearest function/module scope, even from inside a comprehension
      let s: Scope = scope;
      while (s.kind === 'comprehension' && s.parent) s = s.parent;
      if (e.target.kind === 'Name') s.bound.add(e.target.id);
      expr(scope, e.value);
      return;
    }
    case 'Yield':
    case 'YieldFrom':
      scope.isGenerator = true;
      if (e.value) expr(scope, e.value);
      return;
    case 'Lambda':
      for (const d of e.args.defaults) expr(scope, d);
      for (const d of e.args.kwDefaults) if (d) expr(scope, d);
      return;
    case 'ListComp':
    case 'SetComp':
    case 'GeneratorExp':
    case 'DictComp':
      // only the first iterable is evaluated in this scope; walruses inside bind here too
      expr(scope, e.generators[0].iter);
      walkComprehensionForWalrus(scope, e.generators, e.kind === 'DictComp' ? [e.key, e.value] : [e.elt]);
      return;
    default:
      forEachChild(e, (c) => expr(scope, c));
  }
}

function walkComprehensionForWalrus(scope: Scope, gens: Comprehension[], elts: Expr[]): void {
  const visit = (x: Expr) => {
    if (x.kind === 'NamedExpr' && x.target.kind === 'Name') scope.bound.add(x.target.id);
    if (x.kind === 'Lambda') return;
    forEachChild(x, visit);
  };
  for (const g of gens) {
    for (const c of g.ifs) visit(c);
  }
  gens.slice(1).forEach((g) => visit(g.iter));
  elts.forEach(visit);
}

/** Calls fn on each direct sub-expression (not entering lambdas' bodies or comprehensions' inner parts). */
export function forEachChild(e: Expr, fn: (c: Expr) => void): void {
  switch (e.kind) {
    case 'Name':
    case 'Constant':
      return;
    case 'JoinedStr':
      for (const p of e.parts) if (p.kind === 'Field') {
        fn(p.value);
        if (p.spec) for (const q of p.spec) if (q.kind === 'Field') fn(q.value);
      }
      return;
    case 'BinOp':
      fn(e.left);
      fn(e.right);
      return;
    case 'UnaryOp':
      fn(e.operand);
      return;
    case 'BoolOp':
      e.values.forEach(fn);
      return;
    case 'Compare':
      fn(e.left);
      e.comparators.forEach(fn);
      return;
    case 'IfExp':
      fn(e.test);
      fn(e.body);
      fn(e.orelse);
      return;
    case 'Lambda':
      return;
    case 'NamedExpr':
      fn(e.target);
      fn(e.value);
      return;
    case 'Call':
      fn(e.func);
      e.args.forEach(fn);
      e.keywords.forEach((k) => fn(k.value));
      return;
    case 'Attribute':
      fn(e.value);
      return;
    case 'Subscript':
      fn(e.value);
      fn(e.index);
      return;
    case 'Slice':
      if (e.lower) fn(e.lower);
      if (e.upper) fn(e.upper);
      if (e.step) fn(e.step);
      return;
    case 'Starred':
      fn(e.value);
      return;
    case 'Tuple':
    case 'List':
    case 'Set':
      e.elts.forEach(fn);
      return;
    case 'Dict':
      e.keys.forEach((k) => k && fn(k));
      e.values.forEach(fn);
      return;
    case 'ListComp':
    case 'SetComp':
    case 'GeneratorExp':
    case 'DictComp':
      fn(e.generators[0].iter);
      return;
    case 'Yield':
      if (e.value) fn(e.value);
      return;
    case 'YieldFrom':
    case 'Await':
      fn(e.value);
      return;
    default:
      e satisfies never;
  }
}

/** Every name declared `nonlocal` anywhere in these statements (see Scope.rebound). */
export function nonlocalNames(body: Stmt[]): Set<string> {
  const out = new Set<string>();
  const walk = (node: any): void => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const x of node) walk(x);
      return;
    }
    if (node.kind === 'Nonlocal') for (const n of node.names) out.add(n);
    for (const key in node) if (key !== 'span') walk(node[key]);
  };
  walk(body);
  return out;
}

/** The names called in `node`: `f(…)` and `x.f(…)` give f (nested scopes included). */
function calledNames(node: any, out = new Set<string>()): Set<string> {
  if (node === null || typeof node !== 'object') return out;
  if (Array.isArray(node)) {
    for (const x of node) calledNames(x, out);
    return out;
  }
  if (node.kind === 'Call') {
    const f = node.func;
    if (f.kind === 'Name') out.add(f.id);
    else if (f.kind === 'Attribute') out.add(f.attr);
  }
  for (const key in node) if (key !== 'span') calledNames(node[key], out);
  return out;
}

/**
 * The names of the functions defined anywhere in a module that can reach a call of themselves through
 * calls by name among its functions: a def calling itself, and defs calling each other in a cycle
 * (is_even/is_odd, a method pair through self.other(…)). A name stands for every def of that name, so
 * this errs on the side of guarding more functions (a method calling a namesake of another object,
 * `def pop(self): return self.items.pop()`, is taken too; it only pays for counting its depth). Strongly connected components (Tarjan) of the graph
 * name → names its defs call.
 */
export function recursiveDefs(body: Stmt[]): Set<string> {
  const edges = new Map<string, Set<string>>();
  const collect = (node: any): void => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const x of node) collect(x);
      return;
    }
    if (node.kind === 'FunctionDef') {
      const called = calledNames(node.body);
      const known = edges.get(node.name);
      if (known) for (const n of called) known.add(n);
      else edges.set(node.name, called);
    }
    for (const key in node) if (key !== 'span') collect(node[key]);
  };
  collect(body);
  const out = new Set<string>();
  const index = new Map<string, number>(), low = new Map<string, number>();
  const stack: string[] = [], onStack = new Set<string>();
  let next = 0;
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v)!) {
      if (!edges.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || edges.get(v)!.has(v)) for (const n of component) out.add(n);
    }
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  return out;
}

/** Bindings of a comprehension scope: its for-targets. */
export function analyzeComprehension(scope: Scope, gens: Comprehension[]): void {
  for (const g of gens) bindTarget(scope, g.target);
}

/** The names a nested scope binds for itself (so a reference to them inside it is not a global). */
function ownNames(node: any): Set<string> {
  const s = new Scope(node.kind === 'ClassDef' ? 'class' : node.kind === 'FunctionDef' || node.kind === 'Lambda' ? 'function' : 'comprehension', null, '');
  if (node.kind === 'FunctionDef') {
    analyzeArgs(s, node.args);
    analyzeBody(s, node.body);
  } else if (node.kind === 'Lambda') {
    analyzeArgs(s, node.args);
  } else if (node.kind === 'ClassDef') {
    analyzeBody(s, node.body);
  } else {
    analyzeComprehension(s, node.generators);
  }
  return new Set([...s.bound].filter((n) => !s.globals.has(n) && !s.nonlocals.has(n)));
}

const NESTED = new Set(['FunctionDef', 'ClassDef', 'Lambda', 'ListComp', 'SetComp', 'DictComp', 'GeneratorExp']);
/** Names whose use makes module variables observable by name at run time. */
const DYNAMIC = new Set(['globals', 'locals', 'vars', 'dir', 'exec', 'eval', '__import__', 'breakpoint']);

/**
 * The names of a body that nested scopes leave alone: bound in it, never mentioned inside a nested scope
 * (functions, lambdas, classes, comprehensions read and write them by name, or capture them), not
 * classes defined directly in it (looked up by name through their module: unittest's loader, pickling),
 * and not reachable by a dynamic lookup (`import *`, globals(), locals(), vars(), dir(), exec/eval,
 * `sys.modules` anywhere in the body makes the set empty).
 */
/** modules that reach a script's variables by name through `__main__` (pickling finds classes, functions, namedtuples so) */
const BY_NAME_MODULES = new Set(['pickle', 'copyreg', 'shelve', 'multiprocessing', '__main__', 'doctest']);
function importsByName(node: any): boolean {
  if (node.kind === 'ImportFrom') return node.module !== null && BY_NAME_MODULES.has(String(node.module).split('.')[0]);
  return node.names.some((a: any) => BY_NAME_MODULES.has(String(a.name).split('.')[0]));
}

export function privateNames(scope: Scope, body: Stmt[]): Set<string> {
  const shared = new Set<string>();
  let dynamic = false;
  // `own`: names that, at this point, belong to an enclosing function/comprehension/class (its locals,
  // parameters, loop targets), not to the body's scope; null in the body itself. `fnOwn`: the same
  // without the names of enclosing class bodies, which functions and comprehensions inside them skip
  const walk = (node: any, own: Set<string> | null, fnOwn: Set<string> | null): void => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const x of node) walk(x, own, fnOwn);
      return;
    }
    let inner = own;
    let innerFn = fnOwn;
    if (node.kind === 'ClassDef') inner = new Set([...(own ?? []), ...ownNames(node)]);
    else if (NESTED.has(node.kind)) inner = innerFn = new Set([...(fnOwn ?? []), ...ownNames(node)]);
    if (node.kind === 'Name') {
      if (own !== null && !own.has(node.id)) shared.add(node.id);
      if (DYNAMIC.has(node.id)) dynamic = true;
    } else if (node.kind === 'Global' || node.kind === 'Nonlocal') {
      for (const n of node.names) shared.add(n);
    } else if (node.kind === 'ImportFrom' && node.names.some((a: any) => a.name === '*')) {
      dynamic = true;
    } else if (node.kind === 'Attribute' && node.attr === 'modules') {
      dynamic = true; // sys.modules['__main__'] reads the module's globals by name
    } else if ((node.kind === 'ClassDef' || node.kind === 'FunctionDef') && own === null) {
      shared.add(node.name); // found by name through the module (unittest's loader, pickling) while it runs
    } else if ((node.kind === 'Import' || node.kind === 'ImportFrom') && importsByName(node)) {
      dynamic = true; // pickle & co. find the module's values through `__main__` by name
    }
    for (const key in node) {
      if (key === 'span') continue;
      const v = node[key];
      if ((key === 'annotation' || key === 'returns') && v !== null) stringAnnotation(v);
      if (v !== null && typeof v === 'object') walk(v, inner, innerFn);
    }
  };
  // the names in an annotation may be looked up by name later: typing.get_type_hints() evaluates a string
  // annotation ('Optional[Node]', and every one under `from __future__ import annotations`) in the
  // module's globals, possibly while the module still runs
  const stringAnnotation = (a: any): void => {
    if (a === null || typeof a !== 'object') return;
    if (a.kind === 'Name') shared.add(a.id);
    else if (a.kind === 'Constant' && typeof a.value === 'string') {
      for (const m of a.value.matchAll(/[A-Za-z_][A-Za-z0-9_]*/g)) shared.add(m[0]);
      return;
    }
    for (const key in a) if (key !== 'span') stringAnnotation(a[key]);
  };
  walk(body, null, null);
  if (dynamic) return new Set();
  return new Set([...scope.bound].filter((n) => !shared.has(n) && !n.startsWith('__')));
}

