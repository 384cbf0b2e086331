/**
 * The `except*` clauses of a try statement (PEP 654; the runtime steps are src/objects/exceptionGroups.ts).
 * Inside the JS catch block, with the caught exception in `e`:
 *
 *     st = $starBegin(e);
 *     m = $starMatch(st, T1);             // the part of what is left that T1 takes, or null
 *     if (m !== null) { name = m; <run the clause; an exception it raises goes to $starRaised(st, x)> }
 *     …                                   // each clause in turn, on what the earlier ones left
 *     r = $starEnd(st); if (r !== null) throw r;
 *
 * A bare `raise` in a clause is `throw $starReraise(st, m)`: re-raised exceptions keep the original
 * group's shape in what is finally raised, new ones are collected beside it.
 */
import type { ExceptHandler } from '../../grammar/ast';
import type { FnCtx } from './context';
import { compileExpr, nameStore, nameUnbind } from './exprs';
import { compileBlock } from './stmts';

export function emitStarHandlers(ctx: FnCtx, handlers: ExceptHandler[], e: string): void {
  const st = ctx.temp();
  const m = ctx.temp();
  const r = ctx.temp();
  ctx.emit(`${st} = $starBegin(${e});`);
  // matching runs while the caught exception is being handled (the context of an error it raises)
  ctx.emit(`$enterHandler(${e});`);
  ctx.emit('try {');
  ctx.indent++;
  const atHandlers = new Set(ctx.assigned);
  for (const h of handlers) {
    ctx.assigned = new Set(atHandlers);
    ctx.setLine(h.span);
    ctx.emit(`${m} = $starMatch(${st}, ${compileExpr(ctx, h.type!)});`);
    ctx.emit(`if (${m} !== null) {`);
    ctx.block(() => {
      if (h.name) ctx.emit(nameStore(ctx, h.name, m));
      ctx.handlers.push(m);
      ctx.starHandlers.set(m, st);
      ctx.emit(`$enterHandler(${m});`);
      const raw = ctx.uid('$e');
      ctx.emit('try {');
      ctx.block(() => compileBlock(ctx, h.body));
      ctx.emit(`} catch (${raw}) { $starRaised(${st}, $catch(${raw}, ${ctx.infoRef}, $ln)); }`);
      ctx.emit(`finally { $exitHandler();${h.name ? ' ' + nameUnbind(ctx, h.name) : ''} }`);
      ctx.starHandlers.delete(m);
      ctx.handlers.pop();
    });
    ctx.emit('}');
  }
  ctx.indent--;
  ctx.emit('} finally { $exitHandler(); }');
  ctx.assigned = atHandlers;
  ctx.emit(`${r} = $starEnd(${st});`);
  ctx.emit(`if (${r} !== null) throw ${r};`);
}
