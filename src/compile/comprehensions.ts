/**
 * Comprehensions and the heads of `for` loops → JavaScript loops.
 *
 * A list, set or dict comprehension or a generator expression compiles to a function of its own
 * (functions.ts compileComprehensionFn) whose nested loops are emitted here; `name(<genexpr>)` hands the
 * items to a function that consumes them all (sum, sorted) as a list made by the same loops. The loop
 * heads walk a plain list, tuple or range by index in the loop itself and anything else through its
 * iterator; statements' `for` loops (stmts.ts) use the same heads.
 */
import type { Expr, Comprehension } from '../../grammar/ast';
import { FnCtx, pollCheck, pollCounter } from './context';
import { resolve, Scope, analyzeComprehension } from './scope';
import { compileComprehensionFn, isAsyncComprehension } from './functions';
import { compileExpr, compileTest, emitAssign } from './exprs';

/** A generator expression's items as a list, made by list-comprehension loops (tracebacks name the `<genexpr>` frame). */
export function genexprAsList(ctx: FnCtx, g: Extract<Expr, { kind: 'GeneratorExp' }>): string {
  return comprehension(ctx, { kind: 'ListComp', elt: g.elt, generators: g.generators, span: g.span }, 'GeneratorExp');
}

/**
 * `name(<generator expression>)` where `name` is a global (builtin or not): when at run time it is a
 * function that takes all of its argument's items first (sum, sorted, list, tuple: `$consumesAll`), the
 * items are made by the same loops as a list comprehension instead of a generator resumed per item;
 * otherwise the generator is passed, and closed after the call when the function keeps no reference to it.
 */
export function genexprArgCall(ctx: FnCtx, e: Extract<Expr, { kind: 'Call' }>): string | null {
  const [arg] = e.args;
  if (e.func.kind !== 'Name' || e.args.length !== 1 || e.keywords.length || arg.kind !== 'GeneratorExp') return null;
  if (isAsyncComprehension(arg)) return null;
  if (resolve(ctx.scope, e.func.id).kind !== 'global') return null;
  const f = ctx.temp();
  const name = e.func.id;
  if (name === 'any' || name === 'all') {
    const loops = comprehension(ctx, arg, 'GeneratorExp', name);
    return `(${f} = ${compileExpr(ctx, e.func)}, $shortCircuit(${f}) === "${name}" ? ${loops} : $callDropping(${f}, ${comprehension(ctx, arg)}))`;
  }
  const list = genexprAsList(ctx, arg);
  return `(${f} = ${compileExpr(ctx, e.func)}, $consumesAll(${f}) ? $call1(${f}, ${list}) : $callDropping(${f}, ${comprehension(ctx, arg)}))`;
}

export function comprehension(ctx: FnCtx, e: Extract<Expr, { kind: 'ListComp' | 'SetComp' | 'DictComp' | 'GeneratorExp' }>, frameKind: Expr['kind'] = e.kind, shortCircuit: 'any' | 'all' | null = null): string {
  const scope = new Scope('comprehension', ctx.scope, '<' + e.kind + '>');
  analyzeComprehension(scope, e.generators);
  const firstIter = compileExpr(ctx, e.generators[0].iter);
  return compileComprehensionFn(
    ctx,
    scope,
    e,
    firstIter,
    (inner: FnCtx, gens: Comprehension[], emitElt: () => void) => emitLoops(inner, gens, emitElt),
    frameKind,
    shortCircuit,
  );
}

/**
 * Open `for (;;) {` over a Python iterable, leaving each item in `v`. A plain list is walked by index in
 * the loop itself, re-reading its length each time exactly as list_iterator does (so appending while
 * iterating behaves as in CPython); anything else goes through `$iter(…).next()`. Returns the name of
 * the iterator's temporary (null for a list).
 */
export function emitIterLoopHead(ctx: FnCtx, src: string, v: string, before?: (count: string) => void, line = -1): string {
  const [seq, it, i, cur, step] = [ctx.temp(), ctx.temp(), ctx.temp(), ctx.temp(), ctx.temp()];
  ctx.emit(`${seq} = ${src};`);
  // a range object (a comprehension's `range(n)`, evaluated outside it, or `r = range(…)`) is counted
  // here, `i` its items left: through its iterator, `{i: i * i for i in range(n)}` took 2x as long
  // a plain tuple is walked by index in its items, as a list (no iterator object per loop)
  ctx.emit(`if (Array.isArray(${seq}) && ${seq}.cls === undefined) { ${it} = null; ${i} = 0; } else if (${seq} instanceof $Tup && ${seq}.cls === $TupType) { ${seq} = ${seq}.items; ${it} = null; ${i} = 0; } else if (${seq} instanceof $Range) { ${it} = $RG; ${i} = ${seq}.length; ${cur} = ${seq}.start; ${step} = ${seq}.step; } else ${it} = $iter(${seq});`);
  // the number of items when the loop goes over a plain list or a range, else 0
  before?.(`(${it} === null || ${it} === $RG ? ${seq}.length : 0)`);
  ctx.emit('for (;;) {');
  ctx.indent++;
  ctx.emit(`if (${it} === null) { if (${i} >= ${seq}.length) break; ${v} = ${seq}[${i}++]; }`);
  ctx.emit(`else if (${it} === $RG) { if (--${i} < 0) break; ${v} = ${cur}; ${cur} += ${step}; }`);
  // an iterator's error is reported at the `for` line, not at the body's last one
  ctx.emit(`else if ((${v} = ${line >= 0 ? `($ln = ${line}, ${it}.next())` : `${it}.next()`}) === undefined) break;`);
  ctx.indent--;
  return it;
}

/** A loop target of two plain targets (`for k, v in …`), which may take its items by pairs. */
export function pairTarget(t: Expr): [Expr, Expr] | null {
  if ((t.kind === 'Tuple' || t.kind === 'List') && t.elts.length === 2 && t.elts.every((x) => x.kind !== 'Starred')) return [t.elts[0], t.elts[1]];
  return null;
}

/**
 * Like emitIterLoopHead, for a two-target loop: an iterator with `nextPair` (dict items, enumerate, a zip
 * of two: PyIter.nextPair) hands over each pair without making a tuple; any other source is unpacked
 * as usual. Leaves the two values in `a` and `b`; returns the iterator's temporary (null for a list).
 */
export function emitPairLoopHead(ctx: FnCtx, src: string, a: string, b: string, line = -1): string {
  const [seq, it, i, pr, v, u] = [ctx.temp(), ctx.temp(), ctx.temp(), ctx.temp(), ctx.temp(), ctx.temp()];
  ctx.emit(`${seq} = ${src};`);
  ctx.emit(`if (Array.isArray(${seq}) && ${seq}.cls === undefined) { ${it} = null; ${i} = 0; } else if (${seq} instanceof $Tup && ${seq}.cls === $TupType) { ${seq} = ${seq}.items; ${it} = null; ${i} = 0; } else ${it} = $iter(${seq});`);
  ctx.emit(`${pr} = ${it} !== null && ${it}.nextPair !== undefined;`);
  ctx.emit('for (;;) {');
  ctx.indent++;
  const ln = line >= 0 ? `$ln = ${line}, ` : '';
  ctx.emit(`if (${pr}) { if (!(${ln}${it}.nextPair())) break; ${a} = ${it}.p0; ${b} = ${it}.p1; }`);
  ctx.emit(`else { if (${it} === null) { if (${i} >= ${seq}.length) break; ${v} = ${seq}[${i}++];${line >= 0 ? ` $ln = ${line};` : ''} } else if ((${v} = (${ln}${it}.next())) === undefined) break; ${u} = $unpack(${v}, 2); ${a} = ${u}[0]; ${b} = ${u}[1]; }`);
  ctx.indent--;
  return it;
}

/** Emit nested for/if loops of a comprehension into `inner`, calling emitElt at the innermost level. */
function emitLoops(inner: FnCtx, gens: Comprehension[], emitElt: () => void): void {
  const rec = (i: number) => {
    if (i === gens.length) {
      emitElt();
      return;
    }
    const g = gens[i];
    const v = inner.temp();
    const src = i === 0 ? '$it0' : compileExpr(inner, g.iter);
    const pair = g.isAsync ? null : pairTarget(g.target);
    const w = pair ? inner.temp() : '';
    const pc = pollCounter(inner);
    if (g.isAsync) {
      // `async for` in an asynchronous comprehension (compileComprehensionFn): items by awaiting __anext__
      const it = inner.temp();
      inner.emit(`${it} = $aiter(${src});`);
      inner.emit('for (;;) {');
      inner.emit(`  if ((${v} = yield* $anext(${it})) === undefined) break;`);
    } else if (pair) emitPairLoopHead(inner, src, v, w);
    else emitIterLoopHead(inner, src, v);
    inner.block(() => {
      inner.emit(pollCheck(pc));
      if (pair) {
        emitAssign(inner, pair[0], v);
        emitAssign(inner, pair[1], w);
      } else emitAssign(inner, g.target, v);
      const conds = g.ifs.map((c) => compileTest(inner, c));
      if (conds.length) {
        inner.emit(`if (${conds.join(' && ')}) {`);
        inner.block(() => rec(i + 1));
        inner.emit('}');
      } else rec(i + 1);
    });
    inner.emit('}');
  };
  rec(0);
}
