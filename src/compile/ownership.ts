/**
 * The compiler's half of giving arrays back when their name is rebound (the runtime half, and why, is
 * src/interp/ownership.ts).
 *
 * A name can be watched when every use of it is in the code being compiled: a function's local, or a
 * module variable held in a JS local, that no nested scope mentions and no dynamic lookup reaches
 * (scope.ts, privateNames). It is watched when the body assigns it a fused expression (`r = a*b + c`):
 * the first compilation of a body finds such names, and the body is compiled again watching them, so
 * code without fused assignments compiles exactly as before.
 *
 * In a watched body, `name = <fused expression>` becomes `t = $fuse(…, own); $drop(name, t); name = t`,
 * and every read of the name goes through `$esc` except the reads that keep no reference to the array:
 * an operand of a fused expression, the receiver of a reduction method (`r.sum()`, `r.mean(axis=0)`),
 * and metadata attributes (`r.shape`). The module's variables lose their marks when the module body ends.
 */
import type { Expr } from '../../grammar/ast';
import type { FnCtx } from './context';
import { mangle } from './context';
import { compileExpr, nameStore } from './exprs';
import { resolve, Scope } from './scope';

/** ndarray methods that return new arrays or Python values, never a view of the receiver or the receiver */
const REDUCING = new Set(['sum', 'mean', 'max', 'min', 'std', 'var', 'prod', 'argmax', 'argmin', 'any', 'all', 'ptp', 'tolist', 'item']);
/** ndarray attributes that are plain values (ints, tuples, a dtype) */
const METADATA = new Set(['shape', 'size', 'ndim', 'dtype', 'nbytes', 'itemsize']);

/** the names a function body may watch: its private names that are plain locals */
export function watchableNames(s: Scope, privateNames: ReadonlySet<string>): Set<string> {
  return new Set([...privateNames].filter((n) => resolve(s, n).kind === 'local' && !s.rebound.has(n)));
}

/** Compile `x` as a read that keeps no reference to a watched array it names. */
export function readKeepingNone(ctx: FnCtx, x: Expr): string {
  ctx.readKeepsNone = true;
  try {
    return compileExpr(ctx, x);
  } finally {
    ctx.readKeepsNone = false;
  }
}

/** whether `x.attr` / `x.attr(…)` reads `x` without keeping it (x a name) */
export function keepsNone(x: Expr, attr: string, called: boolean): boolean {
  return x.kind === 'Name' && (called ? REDUCING : METADATA).has(attr);
}

/** A name load `code` of `name`, through `$esc` when the name is watched and the read may keep it. */
export function watchedLoad(ctx: FnCtx, name: string, code: string): string {
  const exempt = ctx.readKeepsNone;
  ctx.readKeepsNone = false;
  return ctx.watched.has(name) && !exempt ? `$esc(${code})` : code;
}

/** The statement for `name = value`, or null when the name is not watchable. */
export function watchedAssign(ctx: FnCtx, name: string, value: Expr, settle?: (v: string) => string): string | null {
  if (!ctx.watchable.has(name)) return null;
  const watched = ctx.watched.has(name);
  const root = { expr: value, watched, fused: false };
  ctx.ownRoot = root;
  let v: string;
  try {
    v = compileExpr(ctx, value);
  } finally {
    ctx.ownRoot = null;
  }
  if (settle) v = settle(v);
  if (!root.fused) return nameStore(ctx, name, v);
  ctx.ownFound.add(name);
  if (!watched) return nameStore(ctx, name, v);
  const t = ctx.temp();
  return `${t} = ${v}; $drop(${mangle(name)}, ${t}); ${nameStore(ctx, name, t)}`;
}

/** `$fuse`'s `own` argument for the fused expression `e` (and note that fusion took the assigned value) */
export function ownArg(ctx: FnCtx, e: Expr): boolean {
  const r = ctx.ownRoot;
  if (r === null || r.expr !== e) return false;
  r.fused = true;
  return r.watched;
}
