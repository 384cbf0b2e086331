/**
 * Statements → JavaScript statements.
 *
 * Loops become JS loops over the `next()`-returns-undefined iterator protocol with a `$tick()` at each
 * back-edge (the interrupt/budget poll); `for`/`while` `else` clauses use a break flag; try/except
 * becomes one JS try/catch whose handler tests the exception classes in order; `with` is try/catch/
 * finally around `__enter__`/`__exit__`. Every statement first records its line in `$ln`.
 */
import type { Stmt, Expr } from '../../grammar/ast';
import { annotationValue } from './unparse';
import { FnCtx, ident, mangle, pollCheck, pollCounter } from './context';
import { findPresize, emitPresizeStart, presizedAppend, presizeEnd, type Presize } from './presize';
import { emitIterLoopHead, emitPairLoopHead, pairTarget } from './comprehensions';
import { compileExpr, compileTest, emitAssign, emitParallelAssign, nameStore, nameDelete, nameUnbind, attrLoad, attrStore } from './exprs';
import { compileDef, compileClassBody } from './functions';
import { INPLACE_FN } from './opnames';
import { inlineArith, inlineGetItem, inlineSetItem, maybeNumber } from './numeric';
import { realAugAssign } from './realArith';
import { compileMatch } from './match';
import { watchedAssign } from './ownership';
import { loopStart, loopEnd } from './outline';
import { deferredRun } from './deferred';

export function compileBlock(ctx: FnCtx, body: Stmt[]): void {
  for (let i = 0; i < body.length; ) {
    // assignments of array temporaries read once by a later statement: fused into it (deferred.ts)
    const n = ctx.deferrable.size ? deferredRun(ctx, body, i, compileStmt) : 0;
    if (n === 0) {
      if (body[i].kind === 'For') {
        const p = findPresize(ctx, body, i);
        ctx.presizeNext = p && { loop: body[i], ...p };
      }
      compileStmt(ctx, body[i]);
    }
    i += Math.max(n, 1);
  }
}

/** statements whose bodies a `raise` cannot leave by `break` (see FnCtx.raiseExit) */
const ENCLOSING = new Set<Stmt['kind']>(['For', 'While', 'Try', 'With', 'Match']);

function compileStmt(ctx: FnCtx, s: Stmt): void {
  if (!ENCLOSING.has(s.kind)) return compileOne(ctx, s);
  ctx.enclosing++;
  try {
    compileOne(ctx, s);
  } finally {
    ctx.enclosing--;
  }
}

function compileOne(ctx: FnCtx, s: Stmt): void {
  ctx.setLine(s.span);
  switch (s.kind) {
    case 'Expr':
      if (ctx.presize?.appends.has(s)) return presizedAppendStmt(ctx, ctx.presize, s.value as Extract<Expr, { kind: 'Call' }>);
      if (ctx.softTry?.stmts.has(s)) return softStmt(ctx, s.value, null);
      if (s === ctx.mod.returnLast) ctx.emit(`return ${compileExpr(ctx, s.value)};`);
      else if (ctx.mod.interactive && ctx.scope.kind === 'module') ctx.emit(`$display(${compileExpr(ctx, s.value)});`);
      else ctx.emit(`${compileExpr(ctx, s.value)};`);
      return;
    case 'Assign': {
      if (s.targets.length === 1 && s.targets[0].kind === 'Name') {
        if (ctx.softTry?.stmts.has(s)) return softStmt(ctx, s.value, s.targets[0].id);
        ctx.emit(watchedAssign(ctx, s.targets[0].id, s.value) ?? nameStore(ctx, s.targets[0].id, compileExpr(ctx, s.value)));
        return;
      }
      const count = countingUpdate(s);
      if (count !== null) {
        // `d[k] = d.get(k, 0) + 1` of a plain dict already holding a number at k: that entry updated in place
        const [e, c] = [ctx.temp(), ctx.temp()];
        const fast = inlineArith(ctx, count.op, c, compileExpr(ctx, count.step), count.op === '+' ? '$add' : '$sub');
        if (fast !== null) {
          const [d, k] = [compileExpr(ctx, count.dict), compileExpr(ctx, count.key)];
          ctx.emit(`if (${d} instanceof $Dict && ${d}.cls === $DictType && (${e} = ${d}.entry(${k})) !== undefined && typeof (${c} = ${e}.v) === 'number') ${e}.v = ${fast};`);
          ctx.emit('else {');
          ctx.indent++;
        }
        const t = ctx.temp();
        ctx.emit(`${t} = ${compileExpr(ctx, s.value)};`);
        emitAssign(ctx, s.targets[0], t);
        if (fast !== null) {
          ctx.indent--;
          ctx.emit('}');
        }
        return;
      }
      if (s.targets.length === 1 && emitParallelAssign(ctx, s.targets[0], s.value)) return;
      const v = compileExpr(ctx, s.value);
      const t = ctx.temp();
      ctx.emit(`${t} = ${v};`);
      for (const target of s.targets) emitAssign(ctx, target, t);
      return;
    }
    case 'AugAssign':
      if (ctx.softTry?.stmts.has(s)) return softAugAssign(ctx, s.target, s.op, s.value);
      augAssign(ctx, s.target, s.op, s.value);
      return;
    case 'AnnAssign':
      if (s.value) {
        const t = ctx.temp();
        ctx.emit(`${t} = ${compileExpr(ctx, s.value)};`);
        emitAssign(ctx, s.target, t);
      }
      // in a class body or at module level a simple name's annotation is evaluated and recorded in
      // __annotations__ (after the assignment, as CPython does); in functions annotations are not evaluated
      if (s.target.kind === 'Name' && (ctx.scope.kind === 'class' || ctx.scope.kind === 'module')) {
        ctx.emit(`$annotate(${ctx.scope.kind === 'class' ? '$ns' : 'G'}, ${JSON.stringify(s.target.id)}, ${annotationValue(ctx, s.annotation)});`);
      }
      return;
    case 'Delete':
      for (const t of s.targets) emitDelete(ctx, t);
      return;
    case 'Pass':
      return;
    case 'Break': {
      const loop = ctx.loops[ctx.loops.length - 1];
      ctx.emit(loop?.breakFlag ? `{ ${loop.breakFlag} = true; break; }` : 'break;');
      return;
    }
    case 'Continue':
      ctx.emit('continue;');
      return;
    case 'Return':
      ctx.emit(`return ${s.value ? compileExpr(ctx, s.value) : 'null'};`);
      return;
    case 'Raise': {
      if (!s.exc) {
        const h = ctx.handlers[ctx.handlers.length - 1];
        // in an except* clause a bare raise re-raises its part of the group (`raise e` raises it anew)
        const star = h && ctx.starHandlers.get(h);
        ctx.emit(star ? `throw $starReraise(${star}, ${h});` : h ? `throw ${h};` : `throw $reraise();`);
        return;
      }
      const cause = s.cause ? compileExpr(ctx, s.cause) : 'undefined';
      const ctxExc = ctx.handlers.length ? ctx.handlers[ctx.handlers.length - 1] : 'null';
      const exc = `$raise(${compileExpr(ctx, s.exc)}, ${cause}, ${ctxExc})`;
      const st = ctx.softTry;
      if (st !== null && st.raises.has(s)) ctx.emit(`{ ${st.exc} = ${exc}; break ${st.label}; }`);
      else if (ctx.raiseExit !== null && ctx.enclosing === 0) {
        ctx.raiseExitUsed = true;
        ctx.emit(`{ $rx = ${exc}; break ${ctx.raiseExit}; }`);
      } else ctx.emit(`throw ${exc};`);
      return;
    }
    case 'Global':
    case 'Nonlocal':
      return;
    case 'Assert': {
      const msg = s.msg ? compileExpr(ctx, s.msg) : 'undefined';
      ctx.emit(`if (!${compileTest(ctx, s.test)}) throw $assertFail(${msg});`);
      return;
    }
    case 'Import':
      for (const a of s.names) {
        if (a.asname) ctx.emit(nameStore(ctx, a.asname, `$import(${ctx.mod.k(a.name)}, true)`));
        else ctx.emit(nameStore(ctx, a.name.split('.')[0], `$import(${ctx.mod.k(a.name)}, false)`));
      }
      return;
    case 'ImportFrom': {
      const modName = '.'.repeat(s.level) + (s.module ?? '');
      const m = ctx.temp();
      ctx.emit(`${m} = $import(${ctx.mod.k(modName)}, true);`);
      for (const a of s.names) {
        if (a.name === '*') ctx.emit(`$importStar(${m}, G);`);
        else ctx.emit(nameStore(ctx, a.asname ?? a.name, `$importFrom(${m}, ${ident(a.name)})`));
      }
      return;
    }
    case 'If': {
      ctx.emit(`if (${compileTest(ctx, s.test)}) {`);
      const outs: Set<string>[] = [];
      outs.push(ctx.branch(() => ctx.block(() => compileBlock(ctx, s.body))));
      let orelse = s.orelse;
      while (orelse.length === 1 && orelse[0].kind === 'If') {
        const e = orelse[0];
        ctx.setLine(e.span);
        ctx.emit(`} else if (${compileTest(ctx, e.test)}) {`);
        outs.push(ctx.branch(() => ctx.block(() => compileBlock(ctx, e.body))));
        orelse = e.orelse;
      }
      if (orelse.length) {
        ctx.emit('} else {');
        outs.push(ctx.branch(() => ctx.block(() => compileBlock(ctx, orelse))));
      } else outs.push(new Set(ctx.assigned));
      ctx.emit('}');
      ctx.assigned = new Set([...outs[0]].filter((n) => outs.every((o) => o.has(n))));
      return;
    }
    case 'While': {
      const mark = loopStart(ctx);
      const pc = pollCounter(ctx);
      // a name the body may unbind is unbound at the top of the next iteration
      for (const n of unboundIn(s.body)) ctx.assigned.delete(n);
      const flag = s.orelse.length ? ctx.temp() : null;
      if (flag) ctx.emit(`${flag} = false;`);
      ctx.emit('for (;;) {');
      ctx.branch(() => ctx.block(() => {
        ctx.emit(pollCheck(pc));
        // the test runs again after the body: its errors belong to the `while` line, not the body's last
        ctx.lastLine = -1;
        ctx.setLine(s.span);
        ctx.emit(`if (!${compileTest(ctx, s.test)}) break;`);
        ctx.loops.push({ breakFlag: flag });
        compileBlock(ctx, s.body);
        ctx.loops.pop();
        ctx.lastLine = -1;
      }));
      ctx.emit('}');
      emitElse(ctx, flag, s.orelse);
      loopEnd(ctx, mark);
      return;
    }
    case 'For': {
      const mark = loopStart(ctx);
      const pc = pollCounter(ctx);
      // a name the body may unbind is unbound at the top of the next iteration
      for (const n of unboundIn(s.body)) ctx.assigned.delete(n);
      const flag = s.orelse.length ? ctx.temp() : null;
      if (flag) ctx.emit(`${flag} = false;`);
      const v = ctx.temp();
      const r = s.isAsync ? null : rangeCall(s.iter);
      // `for k, v in …`: the items may come by pairs, without a tuple each (emitPairLoopHead)
      const pair = r || s.isAsync ? null : pairTarget(s.target);
      // a list this loop fills by appends, made at its size (presize.ts)
      const next = ctx.presizeNext;
      ctx.presizeNext = null;
      const pz: Presize | null = next !== null && next.loop === s && !pair ? { name: next.name, appends: next.appends, counter: ctx.temp() } : null;
      const pzList = pz ? mangle(pz.name) : '';
      const pzStart = (count: string) => pz && emitPresizeStart(ctx, pz, pzList, count);
      if (pz) {
        ctx.emit('try {');
        ctx.indent++;
      }
      const w = pair ? ctx.temp() : '';
      let fresh: string | null = null;
      if (s.isAsync) {
        const it = ctx.temp();
        ctx.emit(`${it} = $aiter(${compileExpr(ctx, s.iter)});`);
        ctx.emit(`for (;;) {`);
        ctx.indent++;
        ctx.emit(`if ((${v} = yield* $anext(${it})) === undefined) break;`);
        ctx.indent--;
      } else if (r) {
        // `for i in range(…)` with the builtin range and int bounds: a counting loop, no range object
        // or iterator; any other case (range shadowed, floats, huge ints) takes the generic path
        const [f, it] = [ctx.temp(), ctx.temp()];
        const [i, stop, step] = [ctx.temp(), ctx.temp(), ctx.temp()];
        const args = r.map((a) => compileExpr(ctx, a));
        const argTemps = args.map(() => ctx.temp());
        ctx.emit(`${f} = ${compileExpr(ctx, (s.iter as any).func)};`);
        args.forEach((a, k) => ctx.emit(`${argTemps[k]} = ${a};`));
        ctx.emit(`${it} = $rangeLoop(${f}, ${argTemps.join(', ')});`);
        // The exit test: against the stop when the step's sign is known here, else a trip count (`$R.n`).
        // V8 compiles `step > 0 ? i >= stop : i <= stop` to a loop it does not recognise as counting:
        // a sieve's `for j in range(i * i, n, i)` measured 2.4x slower with it (JS model, 800k sieve).
        const sign = stepSign(r);
        ctx.emit(`if (${it} === null) { ${i} = $R.start; ${stop} = ${sign === 0 ? '$R.n' : '$R.stop'}; ${step} = $R.step; }`);
        pzStart(`(${it} === null ? $R.n : 0)`);
        ctx.emit(`for (;;) {`);
        ctx.indent++;
        const done = sign > 0 ? `${i} >= ${stop}` : sign < 0 ? `${i} <= ${stop}` : `--${stop} < 0`;
        ctx.emit(`if (${it} === null) { if (${done}) break; ${v} = ${i}; ${i} += ${step}; }`);
        ctx.emit(`else if ((${v} = ${it}.next()) === undefined) break;`);
        ctx.indent--;
      } else {
        // a generator the loop makes itself (`for x in gen():`) is closed when the loop is left early
        // (see $closeFresh); one reached through a name or attribute may be used again, and is not
        if (s.iter.kind === 'Call' || s.iter.kind === 'GeneratorExp') {
          fresh = ctx.temp();
          ctx.emit(`${fresh} = null;`);
          ctx.emit('try {');
          ctx.indent++;
        }
        const src = pair ? compileExpr(ctx, s.iter) : lazySplit(ctx, s.iter) ?? compileExpr(ctx, s.iter);
        const it = pair ? emitPairLoopHead(ctx, src, v, w, s.span.line) : emitIterLoopHead(ctx, src, v, pzStart, s.span.line);
        if (fresh) ctx.emit(`${fresh} = ${it};`);
      }
      ctx.branch(() => ctx.block(() => {
        ctx.emit(pollCheck(pc));
        // unpacking into the target (or storing an attribute, an item) fails at the `for` line, which
        // the previous iteration's body has left behind
        if (s.target.kind !== 'Name' && !pair?.every((t) => t.kind === 'Name')) {
          ctx.lastLine = -1;
          ctx.setLine(s.span);
        }
        if (pair) {
          emitAssign(ctx, pair[0], v);
          emitAssign(ctx, pair[1], w);
        } else emitAssign(ctx, s.target, v);
        ctx.loops.push({ breakFlag: flag });
        const outerPresize = ctx.presize;
        ctx.presize = pz;
        try {
          compileBlock(ctx, s.body);
        } finally {
          ctx.presize = outerPresize;
        }
        ctx.loops.pop();
        ctx.lastLine = -1;
      }));
      ctx.emit('}');
      if (fresh) {
        ctx.indent--;
        ctx.emit(`} finally { if (${fresh} !== null) $closeFresh(${fresh}); }`);
      }
      if (pz) {
        ctx.indent--;
        ctx.emit(`} finally { ${presizeEnd(pz, pzList)} }`);
      }
      emitElse(ctx, flag, s.orelse);
      loopEnd(ctx, mark);
      return;
    }
    case 'Try':
      compileTry(ctx, s);
      return;
    case 'With':
      compileWith(ctx, s.items, 0, s.body, s.span.line, s.isAsync ? ASYNC_WITH : PLAIN_WITH);
      return;
    case 'FunctionDef': {
      let f = compileDef(ctx, s.name, s.args, s.body, false, s.returns, s.isAsync, (s.decorators[0] ?? s).span.line);
      f = applyDecorators(ctx, s.decorators, f, s.span.line);
      ctx.emit(nameStore(ctx, s.name, f));
      return;
    }
    case 'ClassDef': {
      const cell = ctx.temp();
      const bases = `[${s.bases.map((b) => compileExpr(ctx, b)).join(', ')}]`;
      const kw = s.keywords.length
        ? `new Map([${s.keywords.filter((k) => k.arg).map((k) => `[${ident(k.arg!)}, ${compileExpr(ctx, k.value)}]`).join(', ')}])`
        : 'null';
      const ns = compileClassBody(ctx, s.name, s.body, cell, s.span.line);
      const qual = ctx.qualPrefix + s.name;
      let c = `(${cell} = $mkclass(${ctx.mod.k(s.name)}, ${ctx.mod.k(qual)}, ${bases}, ${ns}, ${kw}))`;
      c = applyDecorators(ctx, s.decorators, c, s.span.line);
      ctx.emit(nameStore(ctx, s.name, c));
      return;
    }
    case 'Match':
      compileMatch(ctx, s);
      return;
    default:
      s satisfies never;
  }
}

/** The names a block may unbind: `del` targets and `except … as` names (nested scopes excluded). */
function unboundIn(body: Stmt[]): Set<string> {
  const out = new Set<string>();
  const target = (t: Expr): void => {
    if (t.kind === 'Name') out.add(t.id);
    else if (t.kind === 'Tuple' || t.kind === 'List') t.elts.forEach(target);
  };
  const walk = (node: any): void => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    if (node.kind === 'FunctionDef' || node.kind === 'ClassDef') return;
    if (node.kind === 'Delete') return node.targets.forEach(target);
    if (node.kind === 'Try') for (const h of node.handlers) if (h.name) out.add(h.name);
    for (const key of ['body', 'orelse', 'finalbody', 'handlers', 'cases']) walk(node[key]);
  };
  walk(body);
  return out;
}

/** The arguments of `range(a[, b[, c]])` when the loop iterable is such a call, else null. */
/** The sign of a counting loop's step when the source fixes it (no step, or an int literal), else 0. */
function stepSign(args: Expr[]): number {
  if (args.length < 3) return 1;
  let e = args[2];
  let neg = false;
  while (e.kind === 'UnaryOp' && (e.op === '-' || e.op === '+')) {
    if (e.op === '-') neg = !neg;
    e = e.operand;
  }
  if (e.kind !== 'Constant' || e.value === null || typeof e.value !== 'object' || !('int' in e.value)) return 0;
  const k = e.value.int;
  return k === 0n ? 0 : (k > 0n) !== neg ? 1 : -1;
}

function rangeCall(e: Expr): Expr[] | null {
  if (e.kind !== 'Call' || e.func.kind !== 'Name' || e.func.id !== 'range') return null;
  if (e.keywords.length || e.args.length < 1 || e.args.length > 3 || e.args.some((a) => a.kind === 'Starred')) return null;
  return e.args;
}

function emitElse(ctx: FnCtx, flag: string | null, orelse: Stmt[]): void {
  if (!flag) return;
  ctx.emit(`if (!${flag}) {`);
  ctx.branch(() => ctx.block(() => compileBlock(ctx, orelse)));
  ctx.emit('}');
}

function applyDecorators(ctx: FnCtx, decorators: Expr[], value: string, line: number): string {
  if (!decorators.length) return value;
  const decs = decorators.map((d) => `($ln = ${d.span.line}, ${compileExpr(ctx, d)})`);
  // what is decorated (its defaults, its bases) is made at its own line, after the decorators
  let out = `($ln = ${line}, ${value})`;
  // each decorator is evaluated, and applied, at its own line, as CPython 3.11's tracebacks show it
  for (let i = decs.length - 1; i >= 0; i--) {
    const t = ctx.temp();
    out = `$call1(${decs[i]}, (${t} = ${out}, $ln = ${decorators[i].span.line}, ${t}))`;
  }
  return out;
}

function augAssign(ctx: FnCtx, target: Expr, op: string, value: Expr): void {
  const fn = INPLACE_FN[op];
  switch (target.kind) {
    case 'Name': {
      const plain = () => {
        const cur = compileExpr(ctx, target);
        const v = compileExpr(ctx, value);
        return (maybeNumber(value) ? inlineArith(ctx, op, cur, v, fn) : null) ?? `${fn}(${cur}, ${v})`;
      };
      ctx.emit(nameStore(ctx, target.id, realAugAssign(ctx, target, op, value, plain) ?? plain()));
      return;
    }
    case 'Attribute': {
      const o = ctx.temp();
      ctx.emit(`${o} = ${compileExpr(ctx, target.value)};`);
      const cur = `(${attrLoad(ctx, o, target.attr)})`;
      const v = compileExpr(ctx, value);
      ctx.emit(attrStore(ctx, o, target.attr, (maybeNumber(value) ? inlineArith(ctx, op, cur, v, fn) : null) ?? `${fn}(${cur}, ${v})`));
      return;
    }
    case 'Subscript': {
      const o = ctx.temp();
      const k = ctx.temp();
      ctx.emit(`${o} = ${compileExpr(ctx, target.value)};`);
      ctx.emit(`${k} = ${compileExpr(ctx, target.index)};`);
      // `d[k] += 1`, `a[i] -= x`: plain lists and dicts read and store inline (numeric.ts)
      const slice = target.index.kind === 'Slice';
      const numConst = value.kind === 'Constant' && value.value !== null && typeof value.value === 'object' && ('int' in value.value || 'float' in value.value);
      if (!slice && numConst) {
        // `d[k] += 1` of a plain dict holding a number there: the entry found once and updated in place
        // (a number operand runs no Python code, so the entry cannot leave the dict in between)
        const [e, c] = [ctx.temp(), ctx.temp()];
        const fast = inlineArith(ctx, op, c, compileExpr(ctx, value), fn);
        if (fast !== null) {
          ctx.emit(`if (${o} instanceof $Dict && (${o}.cls === $DictType || ${o}.cls.dictItems) && (${e} = ${o}.entry(${k})) !== undefined && typeof (${c} = ${e}.v) === 'number') ${e}.v = ${fast};`);
          ctx.emit('else {');
          ctx.indent++;
          const result = inlineArith(ctx, op, inlineGetItem(ctx, o, k), compileExpr(ctx, value), fn)!;
          ctx.emit(inlineSetItem(ctx, o, k, result));
          ctx.indent--;
          ctx.emit('}');
          return;
        }
      }
      const cur = slice ? `$getitem(${o}, ${k})` : inlineGetItem(ctx, o, k);
      const v = compileExpr(ctx, value);
      const result = (maybeNumber(value) ? inlineArith(ctx, op, cur, v, fn) : null) ?? `${fn}(${cur}, ${v})`;
      ctx.emit(slice ? `$setitem(${o}, ${k}, ${result});` : inlineSetItem(ctx, o, k, result));
      return;
    }
    default:
      ctx.emit('$assignError();');
  }
}

function emitDelete(ctx: FnCtx, t: Expr): void {
  switch (t.kind) {
    case 'Name':
      ctx.emit(nameDelete(ctx, t.id));
      return;
    case 'Attribute':
      ctx.emit(`$delattr(${compileExpr(ctx, t.value)}, ${ident(t.attr)});`);
      return;
    case 'Subscript':
      ctx.emit(`$delitem(${compileExpr(ctx, t.value)}, ${compileExpr(ctx, t.index)});`);
      return;
    case 'Tuple':
    case 'List':
      for (const e of t.elts) emitDelete(ctx, e);
      return;
    default:
      ctx.emit('$assignError();');
  }
}

/** the handlers of `try … except*`: each clause takes its part of the group (interp/exceptStar.ts) */
function compileStarHandlers(ctx: FnCtx, s: Extract<Stmt, { kind: 'Try' }>, e: string, raw: string): void {
  const st = ctx.temp();
  const m = ctx.temp();
  ctx.emit(`${e} = $catch(${raw}, ${ctx.infoRef}, $ln);`);
  ctx.emit(`${st} = $starBegin(${e});`);
  const atHandlers = new Set(ctx.assigned);
  for (const h of s.handlers) {
    ctx.assigned = new Set(atHandlers);
    ctx.setLine(h.span);
    ctx.emit(`if ((${m} = $starMatch(${st}, ${compileExpr(ctx, h.type!)})) !== null) {`);
    ctx.block(() => {
      if (h.name) ctx.emit(nameStore(ctx, h.name, m));
      ctx.handlers.push(m);
      ctx.starHandlers.set(m, st);
      ctx.emit(`$enterHandler(${m});`);
      const inner = ctx.uid('$e');
      ctx.emit('try {');
      ctx.block(() => compileBlock(ctx, h.body));
      ctx.emit(`} catch (${inner}) { $starRaised(${st}, $catch(${inner}, ${ctx.infoRef}, $ln)); }`);
      ctx.emit(`finally { $exitHandler();${h.name ? ' ' + nameUnbind(ctx, h.name) : ''} }`);
      ctx.starHandlers.delete(m);
      ctx.handlers.pop();
    });
    ctx.emit('}');
  }
  ctx.emit(`$starEnd(${st});`);
}

/** a number literal */
function isNumberConst(e: Expr): boolean {
  return e.kind === 'Constant' && e.value !== null && typeof e.value === 'object' && ('int' in e.value || 'float' in e.value);
}

/**
 * `d[k] = d.get(k, <number>) + <number>` (or `-`), d and k plain names: the counting idiom, whose
 * common case (k already counted) needs one lookup of k, not two. Null for any other statement.
 */
function countingUpdate(s: Extract<Stmt, { kind: 'Assign' }>): { dict: Expr; key: Expr; op: string; step: Expr } | null {
  if (s.targets.length !== 1) return null;
  const t = s.targets[0];
  const v = s.value;
  if (t.kind !== 'Subscript' || t.value.kind !== 'Name' || t.index.kind !== 'Name') return null;
  if (v.kind !== 'BinOp' || (v.op !== '+' && v.op !== '-') || !isNumberConst(v.right)) return null;
  const g = v.left;
  if (g.kind !== 'Call' || g.func.kind !== 'Attribute' || g.func.attr !== 'get' || g.keywords.length !== 0 || g.args.length !== 2) return null;
  if (g.func.value.kind !== 'Name' || g.func.value.id !== t.value.id) return null;
  if (g.args[0].kind !== 'Name' || g.args[0].id !== t.index.id || !isNumberConst(g.args[1])) return null;
  return { dict: t.value, key: t.index, op: v.op, step: v.right };
}

/** `for x in s.split()` / `s.split(sep)`: the pieces one at a time when s is a str (interp/lazySplit.ts) */
function lazySplit(ctx: FnCtx, iter: Expr): string | null {
  if (iter.kind !== 'Call' || iter.func.kind !== 'Attribute' || iter.func.attr !== 'split') return null;
  if (iter.keywords.length !== 0 || iter.args.length > 1 || iter.args.some((a) => a.kind === 'Starred')) return null;
  const parts = [compileExpr(ctx, iter.func.value), ...iter.args.map((a) => compileExpr(ctx, a))];
  return `$splitLoop(${parts.join(', ')})`;
}

/** `NAME.append(x)` of a loop presizing NAME (presize.ts): x once, then the write at the counter */
function presizedAppendStmt(ctx: FnCtx, p: Presize, call: Extract<Expr, { kind: 'Call' }>): void {
  const x = ctx.temp();
  ctx.emit(`${x} = ${compileExpr(ctx, call.args[0])};`);
  const saved = ctx.fuseLeaves;
  ctx.fuseLeaves = new Map([...(saved ?? []), [call.args[0], x]]);
  let usual: string;
  try {
    usual = compileExpr(ctx, call);
  } finally {
    ctx.fuseLeaves = saved;
  }
  ctx.emit(presizedAppend(p, mangle(p.name), x, usual));
}

/** an expression whose usual failure can come back as $EXC (FnCtx.softNode) */
function softable(e: Expr): boolean {
  return e.kind === 'Call' || e.kind === 'Attribute' || (e.kind === 'Subscript' && e.index.kind !== 'Slice') || (e.kind === 'BinOp' && (e.op === '/' || e.op === '//' || e.op === '%'));
}

/**
 * The statements of a `try` body that may take a soft raise (FnCtx.softNode): a call on its own, a call,
 * subscript or attribute read assigned to a name or added (etc.) to one, and `o[k] += v`. (A statement
 * inside an `if` or loop of the body is not one: a loop may be outlined into a function of its own,
 * where the jump to the handlers cannot go.)
 */
function softStmts(ctx: FnCtx, body: Stmt[]): Set<Stmt> {
  const out = new Set<Stmt>();
  for (const s of body) {
    if (s.kind === 'Expr' && s.value.kind === 'Call' && s !== ctx.mod.returnLast && !(ctx.mod.interactive && ctx.scope.kind === 'module')) out.add(s);
    else if (s.kind === 'Assign' && s.targets.length === 1 && s.targets[0].kind === 'Name' && softable(s.value)) out.add(s);
    else if (s.kind === 'AugAssign' && (s.target.kind === 'Name' ? softable(s.value) : s.target.kind === 'Subscript' && s.target.index.kind !== 'Slice')) out.add(s);
  }
  return out;
}

/**
 * The `raise X` statements of a `try` body (with except clauses) that are in it directly or only inside
 * `if` statements: each hands its exception to the except clauses with a jump, as a soft raise does,
 * instead of a JS throw, which costs V8 0.5-0.8 µs (`if bad: raise ValueError(...)` inside a loop's
 * try). Loops may be outlined into functions of their own and `with`/`try` blocks must see the
 * exception pass, so their raises still throw.
 */
function directRaises(body: Stmt[], out: Set<Stmt>): Set<Stmt> {
  for (const s of body) {
    if (s.kind === 'Raise' && s.exc) out.add(s);
    else if (s.kind === 'If') {
      directRaises(s.body, out);
      directRaises(s.orelse, out);
    }
  }
  return out;
}

/** `value` computed into a new temporary, jumping to the except clauses when it is $EXC */
function softValue(ctx: FnCtx, value: Expr, code: () => string): string {
  const st = ctx.softTry!;
  const r = ctx.temp();
  ctx.softNode = value;
  try {
    ctx.emit(`if ((${r} = ${code()}) === $EXC) { ${st.exc} = $takeSoft(); break ${st.label}; }`);
  } finally {
    ctx.softNode = null;
  }
  return r;
}

/** a statement of softStmts computing `value` on its own or for the name `name` */
function softStmt(ctx: FnCtx, value: Expr, name: string | null): void {
  if (name === null) {
    softValue(ctx, value, () => compileExpr(ctx, value));
    return;
  }
  // an array-valued name keeps its ownership bookkeeping (ownership.ts): the value goes through it
  const settle = (v: string): string => softValue(ctx, value, () => v);
  ctx.softNode = value;
  let store: string | null;
  try {
    store = watchedAssign(ctx, name, value, settle);
  } finally {
    ctx.softNode = null;
  }
  ctx.emit(store ?? nameStore(ctx, name, softValue(ctx, value, () => compileExpr(ctx, value))));
}

/** `x op= value` and `o[k] op= value` of softStmts: the value, or the item read, may come back as $EXC */
function softAugAssign(ctx: FnCtx, target: Expr, op: string, value: Expr): void {
  const fn = INPLACE_FN[op];
  if (target.kind === 'Name') {
    // the name is read before the value is computed, as in `x = x + value`
    const cur = ctx.temp();
    ctx.emit(`${cur} = ${compileExpr(ctx, target)};`);
    const r = softValue(ctx, value, () => compileExpr(ctx, value));
    ctx.emit(nameStore(ctx, target.id, inlineArith(ctx, op, cur, r, fn) ?? `${fn}(${cur}, ${r})`));
    return;
  }
  // o[k] op= value: o and k once, the item read softly, then the usual update
  const t = target as Extract<Expr, { kind: 'Subscript' }>;
  const o = ctx.temp();
  const k = ctx.temp();
  ctx.emit(`${o} = ${compileExpr(ctx, t.value)};`);
  ctx.emit(`${k} = ${compileExpr(ctx, t.index)};`);
  const cur = softValue(ctx, t, () => inlineGetItem(ctx, o, k, true, true));
  const v = compileExpr(ctx, value);
  const result = (maybeNumber(value) ? inlineArith(ctx, op, cur, v, fn) : null) ?? `${fn}(${cur}, ${v})`;
  ctx.emit(inlineSetItem(ctx, o, k, result));
}

function compileTry(ctx: FnCtx, s: Extract<Stmt, { kind: 'Try' }>): void {
  // conservatively, nothing assigned inside try/except/else counts as definitely assigned afterwards
  ctx.branch(() => compileTryParts(ctx, s));
}

function compileTryParts(ctx: FnCtx, s: Extract<Stmt, { kind: 'Try' }>): void {
  const hasFinally = s.finalbody.length > 0;
  // the exception unwinding through the finally body, which handles it there as an except clause would
  // (sys.exc_info() sees it; one raised in the finally body gets it as __context__)
  const unwinding = hasFinally ? ctx.temp() : null;
  if (hasFinally) {
    ctx.emit(`${unwinding} = null;`);
    ctx.emit('try {');
    ctx.indent++;
  }
  if (s.handlers.length) {
    const ok = s.orelse.length ? ctx.temp() : null;
    if (ok) ctx.emit(`${ok} = false;`);
    // with soft raises possible, the except clauses follow the `try` in a labelled block that both a
    // soft raise and the catch jump into: `H: { C: { try { … } catch (x) { exc = x; break C; } break H; } clauses }`
    const stmts = s.handlers[0].star ? new Set<Stmt>() : softStmts(ctx, s.body);
    const raises = s.handlers[0].star ? new Set<Stmt>() : directRaises(s.body, new Set());
    const soft = stmts.size || raises.size ? { stmts, raises, label: ctx.uid('$C'), exc: ctx.temp() } : null;
    const done = soft ? ctx.uid('$H') : null;
    if (soft) ctx.emit(`${done}: { ${soft.label}: {`);
    ctx.emit('try {');
    const atTry = new Set(ctx.assigned);
    const outerSoft = ctx.softTry;
    ctx.softTry = soft;
    try {
      ctx.block(() => {
        compileBlock(ctx, s.body);
        if (ok) ctx.emit(`${ok} = true;`);
      });
    } finally {
      ctx.softTry = outerSoft;
    }
    const afterBody = ctx.assigned;
    ctx.assigned = atTry;
    const e = ctx.temp();
    let raw = ctx.uid('$e');
    if (soft) {
      ctx.emit(`} catch (${raw}) { ${soft.exc} = ${raw}; break ${soft.label}; }`);
      ctx.emit(`break ${done}; }`);
      raw = soft.exc;
      ctx.emit('{');
    } else ctx.emit(`} catch (${raw}) {`);
    if (s.handlers[0].star) ctx.block(() => compileStarHandlers(ctx, s, e, raw));
    else ctx.block(() => {
      ctx.emit(`${e} = $catch(${raw}, ${ctx.infoRef}, $ln);`);
      let first = true;
      let caughtAll = false;
      const atHandlers = new Set(ctx.assigned);
      for (const h of s.handlers) {
        ctx.assigned = new Set(atHandlers);
        ctx.setLine(h.span);
        const cond = h.type ? `$exmatch(${e}, ${compileExpr(ctx, h.type)})` : 'true';
        if (!h.type) caughtAll = true;
        ctx.emit(`${first ? '' : '} else '}if (${cond}) {`);
        first = false;
        ctx.block(() => {
          if (h.name) ctx.emit(nameStore(ctx, h.name, e));
          ctx.handlers.push(e);
          ctx.emit(`$enterHandler(${e});`);
          ctx.emit('try {');
          ctx.block(() => compileBlock(ctx, h.body));
          ctx.emit(`} finally { $exitHandler();${h.name ? ' ' + nameUnbind(ctx, h.name) : ''} }`);
          ctx.handlers.pop();
        });
      }
      if (!caughtAll) ctx.emit(`} else throw ${e};`);
      else ctx.emit('}');
    });
    ctx.emit(soft ? '} }' : '}');
    if (ok) {
      ctx.emit(`if (${ok}) {`);
      ctx.assigned = afterBody;
      ctx.block(() => compileBlock(ctx, s.orelse));
      ctx.assigned = atTry;
      ctx.emit('}');
    }
  } else {
    compileBlock(ctx, s.body);
  }
  if (hasFinally) {
    ctx.indent--;
    const raw = ctx.uid('$e');
    ctx.emit(`} catch (${raw}) { ${unwinding} = $catch(${raw}, ${ctx.infoRef}, $ln); throw ${unwinding}; } finally {`);
    ctx.block(() => {
      // the finally body may run while an exception unwinds: the frame's line stays the one that raised
      const line = ctx.temp();
      ctx.emit(`${line} = $ln;`);
      ctx.emit(`if (${unwinding} !== null) $enterHandler(${unwinding});`);
      ctx.emit('try {');
      ctx.block(() => compileBlock(ctx, s.finalbody));
      ctx.emit(`} finally { if (${unwinding} !== null) $exitHandler(); }`);
      ctx.emit(`$ln = ${line};`);
    });
    ctx.emit('}');
  }
}

/** How a `with` statement enters and leaves its context managers: plainly, or awaited (`async with`). */
interface WithProtocol {
  /** the bound exit method of manager m */
  exit(m: string): string;
  enter(m: string): string;
  /**
   * the catch block's statement: hand the exception to exit, rethrow unless it was suppressed. Exit runs
   * at the `with` line with the exception being handled, so that one it raises has it as __context__.
   */
  failed(ctx: FnCtx, exit: string, m: string, raw: string, line: number): string;
  /** the exit call after a body that completed */
  done(exit: string, m: string): string;
}
const PLAIN_WITH: WithProtocol = {
  exit: (m) => `$withExit(${m})`,
  enter: (m) => `$cm0(${m}, "__enter__")`,
  failed: (ctx, exit, m, raw, line) => {
    const e = ctx.temp();
    return `${e} = $catch(${raw}, ${ctx.infoRef}, $ln); $ln = ${line}; $enterHandler(${e}); try { if (!$withExitExc(${exit}, ${m}, ${e})) throw ${e}; } finally { $exitHandler(); }`;
  },
  done: (exit, m) => `$withExitOk(${exit}, ${m});`,
};
const ASYNC_WITH: WithProtocol = {
  exit: (m) => `$aexit(${m})`,
  enter: (m) => `(yield* $await($cm0(${m}, "__aenter__")))`,
  failed: (ctx, exit, _m, raw, line) => {
    const e = ctx.temp();
    return `${e} = $catch(${raw}, ${ctx.infoRef}, $ln); $ln = ${line}; $enterHandler(${e}); try { if (!$truthy(yield* $await($aexitExc(${exit}, ${e}))) || ${e}.hardLimit) throw ${e}; } finally { $exitHandler(); }`;
  },
  done: (exit) => `yield* $await($call(${exit}, [null, null, null]));`,
};

/**
 * `with` (or `async with`) items from the i-th on. __exit__ sees the exception's traceback with this
 * frame recorded (as an except clause would), and runs on the `with` statement's line when the body
 * completes, as in CPython (an error __exit__ raises then points there).
 */
function compileWith(ctx: FnCtx, items: Extract<Stmt, { kind: 'With' }>['items'], i: number, body: Stmt[], line: number, p: WithProtocol): void {
  if (i === items.length) {
    compileBlock(ctx, body);
    return;
  }
  const item = items[i];
  const [mgr, exit, ok] = [ctx.temp(), ctx.temp(), ctx.temp()];
  ctx.emit(`${mgr} = ${compileExpr(ctx, item.contextExpr)};`);
  ctx.emit(`${exit} = ${p.exit(mgr)};`);
  if (item.optionalVars) {
    const v = ctx.temp();
    ctx.emit(`${v} = ${p.enter(mgr)};`);
    emitAssign(ctx, item.optionalVars, v);
  } else ctx.emit(`${p.enter(mgr)};`);
  ctx.emit(`${ok} = true;`);
  const raw = ctx.uid('$e');
  ctx.emit('try {');
  ctx.branch(() => ctx.block(() => compileWith(ctx, items, i + 1, body, line, p)));
  ctx.emit(`} catch (${raw}) {`);
  ctx.block(() => {
    ctx.emit(`${ok} = false;`);
    ctx.emit(p.failed(ctx, exit, mgr, raw, line));
  });
  ctx.emit(`} finally {`);
  ctx.block(() => ctx.emit(`if (${ok}) { $ln = ${line}; ${p.done(exit, mgr)} }`));
  ctx.emit('}');
  ctx.lastLine = -1;
}
