/**
 * The leaves of a typed arithmetic tree (realArith.ts, intMod.ts): expressions read once, before any
 * operation of the tree runs, so a guard can test their types and the plain code reuse them.
 *
 * Reading every leaf first changes Python's evaluation order, which is unobservable only for reads
 * that cannot fail or run code: a definitely bound local (not rebound by a nested scope's `nonlocal`,
 * see Scope.rebound) is used in place, and read again later it has the same value. Any other leaf (a
 * global or free name, an attribute, the function of a call) goes into a temporary, and is accepted only
 * while no operation precedes it in Python's order, so an exception from an operation is never replaced
 * by one from a later read.
 */
import type { Expr } from '../../grammar/ast';
import type { FnCtx } from './context';
import { compileExpr } from './exprs';
import { readKeepingNone } from './ownership';

/** a local read that cannot fail (a definitely bound local held in a JS variable) */
const PLAIN_LOCAL = /^v_[\w$]+$/;

/** a read of name `x` (compiled to `code`) that cannot fail and that no nested scope rebinds */
export function isPlainLocal(ctx: FnCtx, x: Expr & { kind: 'Name' }, code: string): boolean {
  return PLAIN_LOCAL.test(code) && !ctx.scope.rebound.has(x.id);
}

export interface Leaf {
  expr: Expr;
  /** the JS variable holding the leaf's value */
  py: string;
  /** the read assigned to `py` up front, or null for a local used in place */
  read: string | null;
}

export class TreeLeaves {
  leaves: Leaf[] = [];
  /** operations completed so far, in Python's evaluation order (the walker counts them) */
  done = 0;
  private locals = new Map<string, number>();
  /** the variables holding leaves that are watched names (src/compile/ownership.ts) */
  private watched: string[] = [];

  constructor(private ctx: FnCtx) {}

  /** the index of leaf `x`, or null when it cannot be read this early */
  add(x: Expr): number | null {
    // a watched array read as a leaf is kept by nothing unless the plain code runs (which lets it go)
    const watched = x.kind === 'Name' && this.ctx.watched.has(x.id);
    const code = watched ? readKeepingNone(this.ctx, x) : compileExpr(this.ctx, x);
    if (x.kind === 'Name' && isPlainLocal(this.ctx, x, code)) {
      // one leaf however often the local appears
      let i = this.locals.get(code);
      if (i === undefined) {
        this.leaves.push({ expr: x, py: code, read: null });
        this.locals.set(code, (i = this.leaves.length - 1));
        if (watched) this.watched.push(code);
      }
      return i;
    }
    if (this.done > 0) return null;
    const py = this.ctx.temp();
    this.leaves.push({ expr: x, py, read: code });
    if (watched) this.watched.push(py);
    return this.leaves.length - 1;
  }

  /** the up-front reads, as a prefix of a comma expression */
  reads(): string {
    return this.leaves.filter((l) => l.read !== null).map((l) => `${l.py} = ${l.read}, `).join('');
  }

  /** compile the plain fallback with the leaves mapped to their variables and no nested typed trees */
  plain(compile: () => string): string {
    const ctx = this.ctx;
    const saved = ctx.fuseLeaves;
    const savedReal = ctx.noReal;
    const savedCold = ctx.coldArith;
    ctx.fuseLeaves = new Map([...(saved ?? []), ...this.leaves.map((l): [object, string] => [l.expr, l.py])]);
    ctx.noReal = true;
    ctx.coldArith = true;
    try {
      const code = compile();
      return this.watched.length ? `(${this.watched.map((v) => `$esc(${v})`).join(', ')}, ${code})` : code;
    } finally {
      ctx.fuseLeaves = saved;
      ctx.noReal = savedReal;
      ctx.coldArith = savedCold;
    }
  }
}
