/**
 * Temporaries given back at once. In `(m - m.mean(axis=0)).std(axis=0)` the array `m - …` is referenced
 * by nothing once std has read it, but its memory would come back only from a full garbage collection
 * (runtime/memory.ts), or the next one would be taken from memory never used before — either costs about
 * as much as the arithmetic itself. NumPy's reference counting frees it as the call returns; here the
 * compiler (src/compile/exprs.ts) marks the one case it can prove: a reduction method called on the
 * result of an operator, where the operator was NumPy's own arithmetic on plain operands (so the
 * result is a new array nothing else has seen; a fused receiver is left to the collector). The array
 * library decides what is plain and frees.
 *
 * Generated code: `(t = $opFresh($sub, l, r), f = $takeFresh(t), res = t.std(…), f && $releaseTemp(t, res), res)`.
 *
 * Better still is a temporary never made: `(a - b).std(…)` and `.var(…)` with constant arguments first
 * offer the operands to the library (`$reduceDifference(l, r, 'std', args, kw)`), which may compute the
 * statistic from a and b directly, and otherwise (undefined) the code above runs on the same operands.
 * Only constants are evaluated ahead of the subtraction, so the order of effects is Python's.
 */
import type { Kw } from '../objects/function';

/** What the array library provides: whether an operand leaves an operator to its own arithmetic, and the release. */
export interface TempHooks {
  plain(x: any): boolean;
  /** free `temp` (made by an operator, read by a reduction method) unless `result` still uses its memory */
  release(temp: any, result: any): void;
  /** `(l - r).method(*args, **kw)` computed without the array l - r, or undefined to decline */
  reduceDifference(l: any, r: any, method: string, args: any[], kw: Kw): any;
}

let hooks: TempHooks | null = null;
let fresh: object | null = null;

export function setTempHooks(h: TempHooks): void {
  hooks = h;
}

/** `op(l, r)`, remembering the result when it is certainly a new array seen by nobody else */
export function opFresh(op: (l: any, r: any) => any, l: any, r: any): any {
  const x = op(l, r);
  fresh = hooks !== null && x !== l && x !== r && typeof x === 'object' && hooks.plain(l) && hooks.plain(r) ? x : null;
  return x;
}

/** whether `x` is the value just remembered (and forget it) */
export function takeFresh(x: any): boolean {
  const r = fresh !== null && fresh === x;
  fresh = null;
  return r;
}

export function releaseTemp(temp: any, result: any): void {
  hooks?.release(temp, result);
}

export function reduceDifference(l: any, r: any, method: string, args: any[], kw: Kw): any {
  return hooks?.reduceDifference(l, r, method, args, kw);
}
