/**
 * Function-like scopes → JS functions: `def`, `lambda`, class bodies, comprehensions and the module.
 *
 * A Python function becomes `$mkfn(info, function (v_a, v_b, …) { … }, defaults, kwdefaults)`. Locals
 * are `let`s declared once at the top of the JS function (so closures see late binding exactly as in
 * Python), `$ln` tracks the current line, and one try/catch per function adds the traceback frame.
 * Generator functions return `$mkgen(function* () { … }(), info)` so argument errors happen at the call.
 */
import type { Stmt, Expr, Arguments, Comprehension } from '../../grammar/ast';
import { annotationValue } from './unparse';
import { FnCtx, ModuleCtx, mangle, ident } from './context';
import { Scope, analyzeBody, analyzeArgs, forEachChild, privateNames, nonlocalNames, recursiveDefs } from './scope';
import { compileExpr, emitAssign, constant, gprop } from './exprs';
import { compileBlock } from './stmts';
import { watchableNames } from './ownership';
import { deferrableNames } from './deferred';
import { outlineLoops } from './outline';

export interface FuncInfo {
  name: string;
  qualname: string;
  file: string;
  module: string;
  params: string[];
  posonly: number;
  vararg: string | null;
  kwonly: string[];
  kwarg: string | null;
  isGenerator: boolean;
  doc?: string | null;
  /** the local variable names, parameters first (CPython's co_varnames; for NameError suggestions) */
  varnames?: string[];
  /** the line of the `def` (of its first decorator) or lambda: `__code__.co_firstlineno` */
  line?: number;
  /** the names of enclosing functions' variables it uses, sorted (CPython's co_freevars; `__closure__`) */
  freevars?: string[];
  /**
   * The JS function fills its trailing parameters from its defaults when not given them (JS default
   * parameters reading `$pyfn.$d`, the defaults array that mkfn stores on it), so calls may leave them out
   * (PyFunction.nmin).
   */
  jsDefaults?: boolean;
}

/** A function scope's local variable names in binding order, parameters first (CPython's co_varnames). */
function localNames(scope: Scope): string[] {
  return [...scope.bound].filter((n) => !scope.globals.has(n) && !scope.nonlocals.has(n));
}

/** The docstring of a body: its first statement when that is a string literal. */
export function docstring(body: Stmt[]): string | null {
  const first = body[0];
  if (first && first.kind === 'Expr' && first.value.kind === 'Constant' && typeof first.value.value === 'string') return first.value.value;
  return null;
}

function qualFor(ctx: FnCtx, name: string): string {
  return ctx.qualPrefix + name;
}

/** Prefix for names defined inside a function with this qualname. */
function childPrefix(qualname: string, isClass: boolean): string {
  return isClass ? qualname + '.' : qualname + '.<locals>.';
}

/** Compile `def` (without decorators) to a JS expression producing the PyFunction. */
export function compileDef(
  ctx: FnCtx,
  name: string,
  args: Arguments,
  body: Stmt[] | Expr,
  isLambda: boolean,
  returns: Expr | null = null,
  isAsync = false,
  line = 0,
): string {
  const scope = new Scope('function', ctx.scope, name);
  analyzeArgs(scope, args);
  if (Array.isArray(body)) {
    analyzeBody(scope, body);
    scope.rebound = nonlocalNames(body);
  } else analyzeExprForYield(scope, body);
  // an async generator (`async def` with `yield`): its Python yields are told apart from its awaits
  const asyncGen = isAsync && scope.isGenerator;
  if (isAsync) scope.isCoroutine = scope.isGenerator = true;
  scope.isAsyncGen = asyncGen;
  const qualname = qualFor(ctx, name);
  const params = [...args.posonly, ...args.args].map((a) => a.name);
  const firstParam = params.length ? mangle(params[0]) : args.vararg ? `${mangle(args.vararg.name)}.items[0]` : null;
  const infoRef = ctx.mod.k(null);
  const info: FuncInfo = {
    name,
    qualname,
    file: ctx.mod.filename,
    module: ctx.mod.moduleName,
    params,
    posonly: args.posonly.length,
    vararg: args.vararg?.name ?? null,
    kwonly: args.kwonly.map((a) => a.name),
    kwarg: args.kwarg?.name ?? null,
    isGenerator: scope.isGenerator && !scope.isCoroutine,
    doc: Array.isArray(body) ? docstring(body) : null,
    varnames: localNames(scope),
    line,
  };
  ctx.mod.constants[Number(infoRef.slice(2, -1))] = { $funcinfo: info };
  const jsParams = [...params, ...(info.vararg ? [info.vararg] : []), ...info.kwonly, ...(info.kwarg ? [info.kwarg] : [])].map(mangle);
  // a plain signature's parameters with defaults read them when the call leaves them out (FuncInfo.jsDefaults)
  // (keyword-only ones from `$pyfn.$kd`, their defaults by position, for keyword calls: interp/keywordCalls.ts)
  const nDefaults = args.defaults.length;
  const kwDefaulted = args.kwDefaults.some((d) => d !== null);
  if ((nDefaults > 0 || kwDefaulted || info.kwarg) && !info.vararg) {
    info.jsDefaults = true;
    const first = params.length - nDefaults;
    for (let i = first; i < params.length; i++) jsParams[i] = `${jsParams[i]} = $pyfn.$d[${i - first}]`;
    args.kwDefaults.forEach((d, j) => {
      if (d !== null) jsParams[params.length + j] = `${jsParams[params.length + j]} = $pyfn.$kd[${j}]`;
    });
  }
  const fnHead = info.jsDefaults ? 'function $pyfn' : 'function ';

  const watchable = Array.isArray(body) ? watchableNames(scope, privateNames(scope, body)) : new Set<string>();
  const compileBody = (watched: ReadonlySet<string>): FnCtx => {
    const inner = new FnCtx(ctx.mod, scope, ctx, childPrefix(qualname, false));
    inner.firstParam = firstParam;
    inner.infoRef = infoRef;
    inner.indent = scope.isGenerator ? 3 : 2;
    inner.watchable = watchable;
    inner.watched = watched;
    if (Array.isArray(body)) inner.deferrable = deferrableNames(body, watchable);
    for (const p of scope.params) inner.assigned.add(p);
    if (Array.isArray(body)) {
      inner.outline = { marks: [], open: [] };
      if (!scope.isGenerator) inner.raiseExit = '$body';
      compileBlock(inner, body);
      inner.emit('return null;');
    } else {
      inner.setLine((body as Expr).span);
      inner.emit(`return ${compileExpr(inner, body)};`);
    }
    return inner;
  };
  let inner = compileBody(new Set());
  // names assigned fused expressions: compile again watching them (src/compile/ownership.ts)
  if (inner.ownFound.size) inner = compileBody(inner.ownFound);
  outlineLoops(inner, new Set([...watchable].map(mangle)), true, scope.isGenerator);
  const freevars = [...inner.freeNames].sort();
  if (freevars.length) info.freevars = freevars;
  const decls = localDecls(scope, inner);
  // a function that calls itself, directly or through other functions of the module (ModuleCtx.recursive),
  // counts its depth against sys.getrecursionlimit() (every function does under the embedding's
  // maxRecursion); deeper recursion otherwise went on to the end of the JS stack
  const guard = (ctx.mod.recursionGuard || (Array.isArray(body) && ctx.mod.recursive.has(name))) && !scope.isGenerator;
  const exit = inner.raiseExitUsed;
  // only a plain signature is called with exactly its parameters (PyFunction.nfast), so an extra last one
  // cannot be taken for one of them
  const soft = exit && !info.vararg && !info.kwarg && info.kwonly.length === 0;
  const core = [
    ...decls,
    ...(exit ? ['let $rx;'] : []),
    ...(guard ? ['if (++$D.n > $D.max) $deep();'] : []),
    `${exit ? '$body: ' : ''}try {`,
    ...inner.lines,
    `} catch ($e) { throw $tb($e, ${infoRef}, $ln); }${guard ? ' finally { $D.n--; }' : ''}`,
    // a `raise` left the body by `break` (FnCtx.raiseExit): its frame, then the throw, or for a caller
    // that asked with a last argument 1, the exception handed back without a throw (FnCtx.softNode)
    ...(soft ? [`if ($soft === 1) return $softRaise($tb($rx, ${infoRef}, $ln));`] : []),
    ...(exit ? [`throw $tb($rx, ${infoRef}, $ln);`] : []),
  ];
  if (soft) jsParams.push('$soft');
  let fn: string;
  if (scope.isGenerator) {
    const make = asyncGen ? '$mkagen' : scope.isCoroutine ? '$mkcoro' : '$mkgen';
    fn = [`${fnHead}(${jsParams.join(', ')}) {`, `  return ${make}(function* () {`, ...core.map((l) => '    ' + l), `  }(), ${infoRef});`, `}`].join('\n');
  } else {
    fn = [`${fnHead}(${jsParams.join(', ')}) {`, ...core.map((l) => '  ' + l), `}`].join('\n');
  }
  const defaults = `[${args.defaults.map((d) => compileExpr(ctx, d)).join(', ')}]`;
  const kwd = args.kwonly
    .map((a, i) => (args.kwDefaults[i] ? `[${ident(a.name)}, ${compileExpr(ctx, args.kwDefaults[i]!)}]` : null))
    .filter((x) => x !== null);
  const kwdefaults = kwd.length ? `new Map([${kwd.join(', ')}])` : 'null';
  void isLambda;
  // annotations are evaluated at definition time, or kept as text under `from __future__ import annotations`
  const annotated = [...args.posonly, ...args.args, ...(args.vararg ? [args.vararg] : []), ...args.kwonly, ...(args.kwarg ? [args.kwarg] : [])]
    .filter((a) => a.annotation)
    .map((a) => `[${ident(a.name)}, ${annotationValue(ctx, a.annotation!)}]`);
  if (returns) annotated.push(`["return", ${annotationValue(ctx, returns)}]`);
  const ann = annotated.length ? `, [${annotated.join(', ')}]` : '';
  const made = `$mkfn(${infoRef}, ${fn}, ${defaults}, ${kwdefaults}${ann})`;
  if (!freevars.length) return made;
  // a closure: `__closure__` reads the current values of its free variables through this (PyFunction.cells)
  const f = ctx.temp();
  return `(${f} = ${made}, ${f}.cells = () => [${freevars.map(mangle).join(', ')}], ${f})`;
}

function analyzeExprForYield(scope: Scope, e: Expr): void {
  // a lambda body is a single expression; `yield` inside makes it a generator
  const visit = (x: Expr): void => {
    if (x.kind === 'Yield' || x.kind === 'YieldFrom') scope.isGenerator = true;
    if (x.kind === 'NamedExpr' && x.target.kind === 'Name') scope.bound.add(x.target.id);
  };
  walk(e, visit);
}

function walk(e: Expr, fn: (x: Expr) => void): void {
  fn(e);
  forEachChild(e, (c) => walk(c, fn));
}

/** `let` declarations for a function's locals (parameters excluded) and temporaries. */
function localDecls(scope: Scope, ctx: FnCtx): string[] {
  const locals = [...scope.bound].filter((n) => !scope.params.has(n) && !scope.globals.has(n) && !scope.nonlocals.has(n));
  const out = [`let $ln = 0;`];
  if (locals.length) out.push(`let ${locals.map(mangle).join(', ')};`);
  if (ctx.tempDecls.length) out.push(`let ${ctx.tempDecls.join(', ')};`);
  return out;
}

export function compileLambda(ctx: FnCtx, e: Extract<Expr, { kind: 'Lambda' }>): string {
  return compileDef(ctx, '<lambda>', e.args, e.body, true, null, false, e.span.line);
}

/** The class statement's body → JS expression evaluating to the namespace Attrs. */
export function compileClassBody(ctx: FnCtx, name: string, body: Stmt[], cell: string, line: number): string {
  const scope = new Scope('class', ctx.scope, name);
  analyzeBody(scope, body);
  // the namespace starts with these, so the body reads them as its own names
  scope.bound.add('__module__').add('__qualname__');
  const qualname = qualFor(ctx, name);
  const inner = new FnCtx(ctx.mod, scope, ctx, childPrefix(qualname, true));
  inner.classCell = cell;
  // its own traceback frame, named after the class as CPython names a class body's frame; the body
  // moves the enclosing function's line, which is the `class` line again once the body is left
  const info = ctx.mod.k({ $funcinfo: { name, qualname, file: ctx.mod.filename, module: ctx.mod.moduleName, params: [], posonly: 0, vararg: null, kwonly: [], kwarg: null, isGenerator: false, varnames: [] } });
  inner.infoRef = info;
  inner.indent = 2;
  inner.emit(`$ns.__module__ = ${ctx.mod.k(ctx.mod.moduleName)};`);
  inner.emit(`$ns.__qualname__ = ${ctx.mod.k(qualname)};`);
  const doc = docstring(body);
  if (doc !== null) inner.emit(`$ns.__doc__ = ${ctx.mod.k(doc)};`);
  compileBlock(inner, body);
  const decls = inner.tempDecls.length ? [`  let ${inner.tempDecls.join(', ')};`] : [];
  const frame = [`  try {`, ...inner.lines, `  } catch ($e) { const $x = $tb($e, ${info}, $ln); $ln = ${line}; throw $x; }`];
  return [`(() => {`, `  const $ns = $newAttrs();`, ...decls, ...frame, `  $ln = ${line};`, `  return $ns;`, `})()`].join('\n');
}

/** A comprehension → an immediately called JS function over the first iterable. */
export function compileComprehensionFn(
  ctx: FnCtx,
  scope: Scope,
  e: Extract<Expr, { kind: 'ListComp' | 'SetComp' | 'DictComp' | 'GeneratorExp' }>,
  firstIter: string,
  loops: (inner: FnCtx, gens: Comprehension[], emitElt: () => void) => void,
  /** the kind whose frame name tracebacks show (a generator expression compiled as a list comprehension) */
  frameKind: Expr['kind'] = e.kind,
  /**
   * a generator expression given to the builtin any() or all(), compiled as loops that return at the
   * first item deciding the answer (the generator would be resumed per item: 3x slower than CPython)
   */
  shortCircuit: 'any' | 'all' | null = null,
): string {
  // an asynchronous comprehension (`async for`, or an `await` in it) runs as a JS generator delegated to
  // by the enclosing coroutine (its awaits pass through); an asynchronous generator expression makes an
  // async generator (interp/asyncGenerators.ts)
  const isAsync = isAsyncComprehension(e);
  if (isAsync && (shortCircuit !== null || (e.kind !== 'GeneratorExp' && !ctx.scope.isCoroutine))) {
    return `$asyncUnsupported('an asynchronous comprehension outside of an asynchronous function')`;
  }
  if (isAsync) {
    scope.isCoroutine = true;
    scope.isAsyncGen = e.kind === 'GeneratorExp';
  }
  const inner = new FnCtx(ctx.mod, scope, ctx, ctx.qualPrefix);
  inner.infoRef = ctx.infoRef;
  inner.indent = 1;
  const isGen = e.kind === 'GeneratorExp' && shortCircuit === null;
  // a list is made at its final size when the first iterable's length gives it (one `for`, no `if`),
  // or a bound on it: growing a large array by push reallocates it many times (see $presize)
  const exact = e.generators.length === 1 && e.generators[0].ifs.length === 0;
  if (!isGen && shortCircuit === null) inner.emit(e.kind === 'DictComp' ? 'const $r = $newDict();' : e.kind === 'SetComp' ? 'const $r = $newSet();' : `const $r = $presize($it0, ${exact}); let $k = 0;`);
  loops(inner, e.generators, () => {
    if (shortCircuit !== null && e.kind === 'GeneratorExp') {
      inner.emit(`if (${shortCircuit === 'any' ? '' : '!'}$truthy(${compileExpr(inner, e.elt)})) return ${shortCircuit === 'any'};`);
      return;
    }
    switch (e.kind) {
      case 'ListComp':
        inner.emit(`$r[$k++] = ${compileExpr(inner, e.elt)};`);
        break;
      case 'SetComp':
        inner.emit(`$r.add(${compileExpr(inner, e.elt)});`);
        break;
      case 'DictComp': {
        const k = inner.temp();
        inner.emit(`${k} = ${compileExpr(inner, e.key)};`);
        inner.emit(`$r.set(${k}, ${compileExpr(inner, e.value)});`);
        break;
      }
      case 'GeneratorExp':
        inner.emit(isAsync ? `yield $agy(${compileExpr(inner, e.elt)});` : `yield ${compileExpr(inner, e.elt)};`);
        break;
    }
  });
  if (e.kind === 'ListComp') inner.emit('if ($k !== $r.length) $r.length = $k;');
  if (shortCircuit !== null) inner.emit(`return ${shortCircuit === 'all'};`);
  else if (!isGen) inner.emit('return $r;');
  const locals = [...scope.bound].map(mangle);
  const decls = [...locals, ...inner.tempDecls];
  const head = decls.length ? [`  let ${decls.join(', ')};`] : [];
  // its own traceback frame, named as CPython 3.11 names comprehension frames; the line is the
  // enclosing function's current one
  const frameName = ({ ListComp: '<listcomp>', SetComp: '<setcomp>', DictComp: '<dictcomp>', GeneratorExp: '<genexpr>' } as Record<string, string>)[frameKind];
  const info = ctx.mod.k({ $funcinfo: { name: frameName, qualname: ctx.qualPrefix + frameName, file: ctx.mod.filename, module: ctx.mod.moduleName, params: [], posonly: 0, vararg: null, kwonly: [], kwarg: null, isGenerator: isGen, varnames: ['.0', ...scope.bound] } });
  const body = [`  try {`, ...inner.lines, `  } catch ($e) { throw $tb($e, ${info}, $ln); }`];
  // a generator expression over a generator it made (`(x for x in gen())`) closes that one when it is
  // closed or fails, as CPython frees it with the generator expression's frame
  const first = e.generators[0].iter.kind;
  if ((isGen || shortCircuit !== null) && (first === 'Call' || first === 'GeneratorExp')) body.push(`  finally { $closeFresh($it0); }`);
  if (isGen && isAsync) {
    const src = e.generators[0].isAsync ? firstIter : `$iter(${firstIter})`;
    return [`$mkagen((function* ($it0) {`, ...head, ...body, `})(${src}), ${info})`].join('\n');
  }
  if (isGen) return [`$mkgen((function* ($it0) {`, ...head, ...body, `})($iter(${firstIter})), ${info})`].join('\n');
  if (isAsync) return [`(yield* (function* ($it0) {`, ...head, ...body, `})(${firstIter}))`].join('\n');
  return [`(($it0) => {`, ...head, ...body, `})(${firstIter})`].join('\n');
}

/**
 * An asynchronous comprehension: one with an `async for`, or an `await` outside its first iterable (which
 * the enclosing scope evaluates), an asynchronous list/set/dict comprehension nested in it counting too.
 */
export function isAsyncComprehension(e: Extract<Expr, { kind: 'ListComp' | 'SetComp' | 'DictComp' | 'GeneratorExp' }>): boolean {
  if (e.generators.some((g) => g.isAsync)) return true;
  const parts: Expr[] = e.kind === 'DictComp' ? [e.key, e.value] : [e.elt];
  e.generators.forEach((g, i) => {
    if (i > 0) parts.push(g.iter);
    parts.push(...g.ifs);
  });
  return parts.some(hasAwait);
}
function hasAwait(x: Expr): boolean {
  if (x.kind === 'Await') return true;
  if (x.kind === 'ListComp' || x.kind === 'SetComp' || x.kind === 'DictComp' || x.kind === 'GeneratorExp') {
    return (x.kind !== 'GeneratorExp' && isAsyncComprehension(x)) || hasAwait(x.generators[0].iter);
  }
  let found = false;
  forEachChild(x, (c) => {
    if (!found && hasAwait(c)) found = true;
  });
  return found;
}

/** The whole module → JS source of `function (G) { … }` (the caller wraps it with the helpers). */
export function compileModule(mod: ModuleCtx, body: Stmt[]): string {
  mod.recursive = recursiveDefs(body);
  const scope = new Scope('module', null, '<module>');
  analyzeBody(scope, body);
  scope.moduleLocals = privateNames(scope, body);
  const info = mod.k({ $funcinfo: { name: '<module>', qualname: '<module>', file: mod.filename, module: mod.moduleName, params: [], posonly: 0, vararg: null, kwonly: [], kwarg: null, isGenerator: false } });
  const compileBody = (watched: ReadonlySet<string>): FnCtx => {
    const ctx = new FnCtx(mod, scope, null, '');
    ctx.indent = 2;
    ctx.infoRef = info;
    ctx.watchable = scope.moduleLocals;
    ctx.watched = watched;
    if (mod.variablesEndWithBody && !mod.interactive) ctx.deferrable = deferrableNames(body, scope.moduleLocals);
    ctx.outline = { marks: [], open: [] };
    const doc = docstring(body);
    if (doc !== null) ctx.emit(`G.__doc__ = ${mod.k(doc)}; $S.v++;`);
    compileBlock(ctx, body);
    return ctx;
  };
  let ctx = compileBody(new Set());
  // names assigned fused expressions: compile again watching them (src/compile/ownership.ts)
  if (ctx.ownFound.size) ctx = compileBody(ctx.ownFound);
  outlineLoops(ctx, new Set([...scope.moduleLocals].map(mangle)), false, false, true);
  const decls = ctx.tempDecls.length ? [`  let ${ctx.tempDecls.join(', ')};`] : [];
  const locals = [...scope.moduleLocals];
  const localDecl = locals.length ? [`  let ${locals.map(mangle).join(', ')};`] : [];
  // a watched variable's array is no longer owned once the globals show it
  const flush = locals.map((n) => `if (${mangle(n)} !== undefined) ${gprop(n)} = ${ctx.watched.has(n) ? `$esc(${mangle(n)})` : mangle(n)};`).join(' ') + ' $S.v++;';
  return [
    `function (G) {`,
    `  let $ln = 0;`,
    ...decls,
    ...localDecl,
    `  try {`,
    ...ctx.lines,
    `  } catch ($e) { throw $tb($e, ${info}, $ln); }`,
    ...(locals.length ? [`  finally { ${flush} }`] : []),
    `}`,
  ].join('\n');
}

export { emitAssign, constant };
