/**
 * Float arithmetic trees computed on JS doubles.
 *
 * A Python float is a plain JS number only while its value is not integral; `0.0`, `1.0`, `k += 1.0`
 * are PyFloat boxes (values.ts), so the per-operation inline paths of numeric.ts miss on them and every
 * operation goes through a runtime helper that allocates a new box. Here a whole tree of `+ - * /`,
 * unary minus and `abs(…)` over names and numeric constants (or an ordering/equality comparison of two
 * such trees, or `name op= tree`) that shows float evidence (a float constant or a `/`) compiles to
 *
 *     (t0 = a, t1 = b, …, <every tN is an int or float number, read into dN> && <every operation has
 *      a float operand> && <every divisor is non-zero>) ? <one double expression, boxed once> : <plain code>
 *
 * Under the guard every operation is a float operation on IEEE doubles, which is what CPython computes
 * (an int operand of a float operation is converted exactly: ints held as JS numbers are safe ints), no
 * operation can raise, and the result is boxed only if it is integral. Anything else (ints combined with
 * ints, bools, bigints, complex, arrays, user classes, a zero divisor, `abs` rebound) takes the plain
 * code on the same temporaries, which implements the full semantics.
 *
 * All leaves are read before any operation runs, under the rules of treeLeaves.ts.
 */
import type { BinOperator, Expr } from '../../grammar/ast';
import type { FnCtx } from './context';
import { compileExpr } from './exprs';
import { TreeLeaves } from './treeLeaves';

type Node =
  | { t: 'const'; js: string; float: boolean }
  | { t: 'leaf'; i: number }
  | { t: 'bin'; op: '+' | '-' | '*' | '/'; l: Node; r: Node }
  | { t: 'neg'; x: Node }
  | { t: 'abs'; x: Node };

function constNode(e: Expr): Node | null {
  if (e.kind !== 'Constant' || e.value === null || typeof e.value !== 'object') return null;
  const v = e.value;
  if ('int' in v) {
    if (v.int < -9007199254740991n || v.int > 9007199254740991n) return null;
    return { t: 'const', js: `(${Number(v.int)})`, float: false };
  }
  if ('float' in v) {
    // a JS number literal: String() of a double reads back as the same double
    const js = Object.is(v.float, -0) ? '(-0)' : `(${String(v.float)})`;
    return { t: 'const', js, float: true };
  }
  return null;
}

/** a float constant or a `/` within the tree shape walkNode accepts (checked before compiling any leaf) */
function hasEvidence(e: Expr): boolean {
  switch (e.kind) {
    case 'Constant':
      return e.value !== null && typeof e.value === 'object' && 'float' in e.value;
    case 'UnaryOp':
      return e.op === '-' && hasEvidence(e.operand);
    case 'BinOp':
      return (e.op === '+' || e.op === '-' || e.op === '*' || e.op === '/') && (e.op === '/' || hasEvidence(e.left) || hasEvidence(e.right));
    case 'Call':
      return e.func.kind === 'Name' && e.func.id === 'abs' && e.args.length === 1 && hasEvidence(e.args[0]);
    default:
      return false;
  }
}

/** how each leaf is used: as a number operand, or as the function called as `abs` (checked, not converted) */
type Uses = Map<number, 'num' | 'abs'>;

/** the tree of `e`, collecting its leaves into `w`; null if it is not one */
function walkNode(w: TreeLeaves, uses: Uses, e: Expr): Node | null {
  const c = constNode(e);
  if (c !== null) return c;
  const use = (x: Expr, how: 'num' | 'abs'): number | null => {
    const i = w.add(x);
    if (i === null || (uses.get(i) ?? how) !== how) return null;
    uses.set(i, how);
    return i;
  };
  const leaf = (x: Expr): Node | null => {
    const i = use(x, 'num');
    return i === null ? null : { t: 'leaf', i };
  };
  switch (e.kind) {
    case 'Name':
      return leaf(e);
    case 'Attribute':
      return e.value.kind === 'Name' ? leaf(e) : null;
    case 'UnaryOp': {
      if (e.op !== '-') return null;
      const x = walkNode(w, uses, e.operand);
      if (x === null) return null;
      w.done++;
      return { t: 'neg', x };
    }
    case 'BinOp': {
      if (e.op !== '+' && e.op !== '-' && e.op !== '*' && e.op !== '/') return null;
      const l = walkNode(w, uses, e.left);
      const r = l && walkNode(w, uses, e.right);
      if (l === null || r === null) return null;
      w.done++;
      return { t: 'bin', op: e.op, l, r };
    }
    case 'Call': {
      if (e.func.kind !== 'Name' || e.func.id !== 'abs' || e.args.length !== 1 || e.keywords.length || e.args[0].kind === 'Starred') return null;
      if (use(e.func, 'abs') === null) return null;
      const x = walkNode(w, uses, e.args[0]);
      if (x === null) return null;
      w.done++;
      return { t: 'abs', x };
    }
    default:
      return null;
  }
}

/** JS code for the guard and the double values, over leaf temporaries `py` and their doubles `num` */
class Emit {
  conds: string[] = [];
  constructor(private ctx: FnCtx, private py: string[], private num: string[]) {}

  /** whether a node's value is a float: a JS boolean expression, or true/false when known here */
  isFloat(n: Node): string | boolean {
    if (n.t === 'const') return n.float;
    if (n.t === 'leaf') return `(typeof ${this.py[n.i]} !== 'number' || !Number.isInteger(${this.py[n.i]}))`;
    return true; // an operation: the guard requires it to be a float operation
  }

  /** require that the operation over these operands is a float operation; false when it never is */
  requireFloat(...xs: Node[]): boolean {
    const fs = xs.map((x) => this.isFloat(x));
    if (fs.includes(true)) return true;
    const dyn = [...new Set(fs.filter((f): f is string => typeof f === 'string'))];
    if (!dyn.length) return false;
    this.conds.push(dyn.length === 1 ? dyn[0] : `(${dyn.join(' || ')})`);
    return true;
  }

  /** the double value of a node (adding its guard conditions, postorder); null if it can never be float */
  value(n: Node): string | null {
    switch (n.t) {
      case 'const':
        return n.js;
      case 'leaf':
        return this.num[n.i];
      case 'neg': case 'abs': {
        const x = this.value(n.x);
        if (x === null || !this.requireFloat(n.x)) return null;
        return n.t === 'neg' ? `(-${x})` : `Math.abs(${x})`;
      }
      case 'bin': {
        const l = this.value(n.l);
        const r = l && this.value(n.r);
        if (l === null || r === null) return null;
        if (n.op !== '/') return this.requireFloat(n.l, n.r) ? `(${l} ${n.op} ${r})` : null;
        // true division is always a float operation; a zero divisor raises in the plain code
        const q = this.ctx.temp();
        this.conds.push(`(${q} = ${r}) !== 0`);
        return `(${l} / ${q})`;
      }
    }
  }
}

/**
 * `(reads, guard ? fast(values) : plain())` for the trees `roots`, or null when they are not float trees
 * worth it. `plain` compiles the fallback with the leaves mapped to their temporaries.
 */
function guarded(ctx: FnCtx, roots: Expr[], fast: (values: string[]) => string, plain: () => string, needOp: boolean): string | null {
  if (!roots.some(hasEvidence)) return null;
  const w = new TreeLeaves(ctx);
  const uses: Uses = new Map();
  const nodes: Node[] = [];
  for (const r of roots) {
    const n = walkNode(w, uses, r);
    if (n === null) return null;
    nodes.push(n);
  }
  if ((needOp && w.done === 0) || !w.leaves.length) return null;
  const py = w.leaves.map((l) => l.py);
  const num = w.leaves.map((_, i) => (uses.get(i) === 'abs' ? '' : ctx.temp()));
  const em = new Emit(ctx, py, num);
  const reals = py.map((t, i) =>
    uses.get(i) === 'abs' ? `${t}?.f1 === $absValue` : `(typeof ${t} === 'number' ? (${num[i]} = ${t}, true) : ${t} instanceof $F && (${num[i]} = ${t}.v, true))`,
  );
  const values: string[] = [];
  for (const n of nodes) {
    const v = em.value(n);
    if (v === null) return null;
    values.push(v);
  }
  const slow = w.plain(plain);
  const guard = [...reals, ...em.conds].join(' && ');
  return `(${w.reads()}${guard} ? ${fast(values)} : ${slow})`;
}

/** a double as a Python float: integral values (and -0.0) are boxed */
function boxed(ctx: FnCtx, v: string): string {
  const r = ctx.temp();
  return `(${r} = ${v}, Number.isInteger(${r}) ? new $F(${r}) : ${r})`;
}

/** A float arithmetic expression computed on doubles, or null (then compile it as usual). */
export function realArith(ctx: FnCtx, e: Expr): string | null {
  if (ctx.noReal) return null;
  return guarded(ctx, [e], ([v]) => boxed(ctx, v), () => compileExpr(ctx, e), true);
}

/** `name op= value` on doubles; `plain` is the usual in-place code, compiled with the leaves in temporaries. */
export function realAugAssign(ctx: FnCtx, target: Expr, op: string, value: Expr, plain: () => string): string | null {
  if (ctx.noReal || (op !== '+' && op !== '-' && op !== '*' && op !== '/')) return null;
  const tree: Expr = { kind: 'BinOp', op: op as BinOperator, left: target, right: value, span: target.span };
  return guarded(ctx, [tree], ([v]) => boxed(ctx, v), plain, true);
}

/** `a op b` for an ordering or equality operator on doubles (a JS boolean), or null. */
export function realCompare(ctx: FnCtx, op: string, a: Expr, b: Expr, plain: () => string): string | null {
  if (ctx.noReal) return null;
  const js = op === '==' ? '===' : op === '!=' ? '!==' : op;
  return guarded(ctx, [a, b], ([x, y]) => `${x} ${js} ${y}`, plain, false);
}
