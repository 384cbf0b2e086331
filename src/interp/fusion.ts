/**
 * Fusable expressions, the interpreter's side. The compiler (src/compile/fusion.ts) turns an arithmetic
 * expression over names and numbers with at least two operations — `a*b + c*2.0 - np.sqrt(a)` — into a
 * template and one call, `$fuse(template, [leaf values])` (also such an expression summed or averaged:
 * `((a - b)**2).mean()`, `np.sum(x[:, None] + y)`, `a[idx].sum()`), taken only when some operand is an ndarray
 * (scalar code keeps its inline arithmetic). `$fuse` hands the template to the registered fuser (numpy's
 * fusion.ts, which may run it as one WebAssembly kernel) or evaluates it here operator by operator, with
 * the same dispatch the unfused code would use — so every case the fuser declines behaves exactly as
 * the plain expression.
 */
import * as A from '../objects/arith';
import { getAttr } from '../objects/attrs';
import { call } from '../objects/function';
import { getItem } from '../objects/protocols';
import { esc, forgetFresh, own as markOwned } from './ownership';

/** An expression template: leaves index the values passed to `$fuse`. */
export type Tpl =
  | { t: 'leaf'; i: number }
  | { t: 'bin'; op: '+' | '-' | '*' | '/' | '**'; l: Tpl; r: Tpl }
  | { t: 'neg'; x: Tpl }
  /** `m.attr(args…)` where leaf `m` is the module (or any object) the attribute is read from */
  | { t: 'call'; m: number; attr: string; args: Tpl[] }
  /** `x[i]` for names x and i: an index array selecting elements (a gather) */
  | { t: 'take'; x: number; i: number }
  /** `x.sum()` / `x.mean()` (m null) or `m.sum(x)` / `m.mean(x)`: only ever the root */
  | { t: 'reduce'; kind: 'sum' | 'mean'; m: number | null; x: Tpl };

export interface FuseTemplate {
  root: Tpl;
  /** the leaves' source text, for NDPY_DEBUG */
  names: string[];
}

const BIN: Record<string, (a: any, b: any) => any> = { '+': A.add, '-': A.sub, '*': A.mul, '/': A.truediv, '**': A.pow };
/** Use the compiled code's own `+` and `*` (helpers.ts: they check sequence lengths before building). */
export function setTemplateOps(ops: Record<string, (a: any, b: any) => any>): void {
  Object.assign(BIN, ops);
}

/** Values of sub-templates already computed (the fuser evaluates number-only parts once). */
export type Memo = Map<Tpl, { value: any }>;

/** Evaluate a template operator by operator, in Python's order (reusing `memo`'d sub-results). */
export function evalTemplate(t: Tpl, v: any[], memo?: Memo): any {
  const known = memo?.get(t);
  if (known) return known.value;
  switch (t.t) {
    case 'leaf':
      return v[t.i];
    case 'bin': {
      const l = evalTemplate(t.l, v, memo);
      return BIN[t.op](l, evalTemplate(t.r, v, memo));
    }
    case 'neg':
      return A.neg(evalTemplate(t.x, v, memo));
    case 'call': {
      const f = getAttr(v[t.m], t.attr);
      return call(f, t.args.map((a) => evalTemplate(a, v, memo)));
    }
    case 'take':
      return getItem(v[t.x], v[t.i]);
    case 'reduce': {
      if (t.m !== null) {
        const f = getAttr(v[t.m], t.kind);
        return call(f, [evalTemplate(t.x, v, memo)]);
      }
      const x = evalTemplate(t.x, v, memo);
      return call(getAttr(x, t.kind), []);
    }
  }
}

/** what a strict `$fuse` returns when it does not run the expression (the caller runs its plain code) */
export const DECLINED: unique symbol = Symbol('declined');

let fuser: ((tpl: FuseTemplate, v: any[], memo: Memo) => any) | null = null;
/** Install the array fuser (numpy registers it when imported): it returns undefined when it declines. */
export function setFuser(f: (tpl: FuseTemplate, v: any[], memo: Memo) => any): void {
  fuser = f;
}

/**
 * `$fuse`: run the template through the fuser when there is one. When the fuser declines, a strict call
 * (an expression whose plain code reads some leaves again, in Python's order) returns DECLINED, and
 * otherwise the template runs here operator by operator on the leaf values. With `own` (the statement
 * `name = <this expression>` for a name the compiler watches, src/interp/ownership.ts) a new array from
 * the fuser is marked as owned by that name; a declined expression's array operands lose their marks,
 * as the operators may pass them to user code. With `deferred` (several statements fused into one,
 * src/compile/deferred.ts) the call is strict and an exception in the fuser (from a sub-expression of
 * numbers alone, say) is a decline too: the statements then run one by one and raise it at its own line.
 */
export function fuse(tpl: FuseTemplate, v: any[], strict?: boolean, own?: boolean, deferred?: boolean): any {
  const memo: Memo = new Map();
  forgetFresh();
  let r: any;
  if (deferred) {
    try {
      r = fuser !== null ? fuser(tpl, v, memo) : undefined;
    } catch {
      r = undefined;
    }
  } else r = fuser !== null ? fuser(tpl, v, memo) : undefined;
  if (r !== undefined) {
    if (own) markOwned(r);
    return r;
  }
  for (const x of v) esc(x);
  return strict ? DECLINED : evalTemplate(tpl.root, v, memo);
}
