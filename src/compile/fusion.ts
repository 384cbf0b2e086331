/**
 * Compiling fusable array expressions (the runtime side is src/interp/fusion.ts). An expression tree of
 * `+ - * /`, `** 2`, `** -1`, `** 0.5`, unary minus and calls `m.f(…)` of float ufunc names, whose
 * leaves are names, numeric constants, attributes of names (`np.pi`) and basic subscripts of names
 * (`x[:, None]`), and which has at least two operations (a `.sum()` / `.mean()`
 * of such a tree, or `m.sum(tree)` / `m.mean(tree)`, counts as one), compiles to
 *
 *     (t0 = a, t1 = b, …, $isND(t0) || $isND(t1) …) ? $fuse(K[i], [t0, t1, …]) : <the plain code on t0, t1, …>
 *
 * so scalar code keeps its inline arithmetic and an expression over arrays reaches the fuser in one
 * call. A full reduction inside the tree (`x.max()`, `np.exp(x).sum()`, `m.mean(x - y)`: `.sum/.mean/
 * .max/.min()` without arguments of a name or of such a tree, or `m.sum/mean/max/min(tree)`) is a leaf
 * too, computed first — itself fused when it can be — so `np.exp(x) / np.exp(x).sum()` is two kernels
 * and `((x - x.mean())**2).sum()` two, with no temporary array.
 *
 * The leaves are read first, left to right, before any operator runs; reading a name, a constant, an
 * attribute or a basic subscript has no effect beyond an exception (short of a property with side
 * effects), and a reduction of arrays none beyond an exception or warning, so only which exception (or the
 * order of two warnings) can differ when two things fail.
 */
import type { Expr } from '../../grammar/ast';
import type { FnCtx } from './context';
import type { Tpl, FuseTemplate } from '../interp/fusion';
import { compileExpr } from './exprs';

/** attribute names called as ufuncs in fusable expressions (the fuser checks the object is the ufunc) */
const CALLS = new Set([
  'sqrt', 'square', 'absolute', 'abs', 'fabs', 'negative', 'positive', 'reciprocal',
  'add', 'subtract', 'multiply', 'divide', 'true_divide', 'maximum', 'minimum', 'fmax', 'fmin', 'exp', 'log',
]);

function isNumber(e: Expr): boolean {
  if (e.kind === 'UnaryOp' && e.op === '-') return isNumber(e.operand);
  if (e.kind !== 'Constant') return false;
  const v = e.value;
  return v !== null && typeof v === 'object' && ('int' in v || 'float' in v);
}
function numberValue(e: Expr): number {
  if (e.kind === 'UnaryOp') return -numberValue(e.operand);
  const v = (e as any).value;
  return 'int' in v ? Number(v.int) : v.float;
}
/** an index with no effect but selecting: slices of constants, None, ..., integer constants */
function basicIndex(e: Expr): boolean {
  if (e.kind === 'Tuple') return e.elts.every(basicIndex);
  if (e.kind === 'Slice') return [e.lower, e.upper, e.step].every((x) => x === null || isNumber(x));
  if (e.kind === 'Constant') return e.value === null || (typeof e.value === 'object' && e.value !== null && ('int' in e.value || 'ellipsis' in e.value));
  return e.kind === 'UnaryOp' && isNumber(e);
}
/** operand leaves: names, numbers, attributes of names (`np.pi`, `self.w`) and basic subscripts of names (`x[:, None]`) */
function isOperandLeaf(e: Expr): boolean {
  if (e.kind === 'Name' || isNumber(e)) return true;
  if (e.kind === 'Attribute') return e.value.kind === 'Name';
  return e.kind === 'Subscript' && e.value.kind === 'Name' && basicIndex(e.index);
}
const REDUCTIONS = new Set(['sum', 'mean', 'max', 'min']);
/** a full reduction read as a leaf: `v.sum()` (v an operand leaf or a fusable tree) or `m.sum(tree)`, likewise mean/max/min */
function isReductionLeaf(e: Expr): boolean {
  if (e.kind !== 'Call' || e.keywords.length !== 0 || e.func.kind !== 'Attribute' || !REDUCTIONS.has(e.func.attr)) return false;
  if (e.args.length === 0) return (isOperandLeaf(e.func.value) && !isNumber(e.func.value)) || isTree(e.func.value);
  return e.args.length === 1 && e.func.value.kind === 'Name' && (isOperandLeaf(e.args[0]) || isTree(e.args[0]));
}
/** an expression `fusion` can take as a tree (at least one operation) */
function isTree(e: Expr): boolean {
  const arg = (x: Expr) => isOperandLeaf(x) || isReductionLeaf(x) || isTree(x);
  if (e.kind === 'BinOp') {
    if (e.op === '**') return isNumber(e.right) && [2, -1, 0.5].includes(numberValue(e.right)) && arg(e.left);
    return (e.op === '+' || e.op === '-' || e.op === '*' || e.op === '/') && arg(e.left) && arg(e.right);
  }
  if (e.kind === 'UnaryOp') return e.op === '-' && arg(e.operand);
  return (
    e.kind === 'Call' && e.keywords.length === 0 && e.func.kind === 'Attribute' && e.func.value.kind === 'Name' && CALLS.has(e.func.attr) &&
    e.args.length >= 1 && e.args.length <= 2 && e.args.every(arg)
  );
}
function text(e: Expr): string {
  if (e.kind === 'Name') return e.id;
  if (e.kind === 'Attribute') return `${text(e.value)}.${e.attr}`;
  if (e.kind === 'Call') return `${text(e.func)}(…)`;
  if (e.kind === 'Subscript') return `${text(e.value)}[…]`;
  return isNumber(e) ? String(numberValue(e)) : '(…)';
}

/** The fused form of `e`, or null when `e` is not a fusable expression root. */
export function fusion(ctx: FnCtx, e: Expr): string | null {
  if (ctx.noFuse) return null;
  const leaves: Expr[] = [];
  const operands: number[] = [];
  let ops = 0;
  const leaf = (x: Expr, operand: boolean): { t: 'leaf'; i: number } => {
    leaves.push(x);
    if (operand && x.kind !== 'Constant' && x.kind !== 'UnaryOp') operands.push(leaves.length - 1);
    return { t: 'leaf', i: leaves.length - 1 };
  };
  const walk = (x: Expr): Tpl | null => {
    if (isOperandLeaf(x) || isReductionLeaf(x)) return leaf(x, true);
    if (x.kind === 'BinOp') {
      if (x.op === '**') {
        if (!isNumber(x.right) || ![2, -1, 0.5].includes(numberValue(x.right))) return null;
      } else if (x.op !== '+' && x.op !== '-' && x.op !== '*' && x.op !== '/') return null;
      const l = walk(x.left);
      const r = l && walk(x.right);
      if (!l || !r) return null;
      ops++;
      return { t: 'bin', op: x.op, l, r };
    }
    if (x.kind === 'UnaryOp' && x.op === '-') {
      const o = walk(x.operand);
      if (!o) return null;
      ops++;
      return { t: 'neg', x: o };
    }
    if (x.kind === 'Call' && x.keywords.length === 0 && x.func.kind === 'Attribute' && x.func.value.kind === 'Name' && CALLS.has(x.func.attr)) {
      if (x.args.length < 1 || x.args.length > 2 || x.args.some((a) => a.kind === 'Starred')) return null;
      const m = leaf(x.func.value, false).i;
      const args: Tpl[] = [];
      for (const a of x.args) {
        const t = walk(a);
        if (!t) return null;
        args.push(t);
      }
      ops++;
      return { t: 'call', m, attr: x.func.attr, args };
    }
    return null;
  };
  // `x.sum()`, `x.mean()`, `m.sum(x)`, `m.mean(x)` over a fusable x: the reduction joins the template
  let root: Tpl | null;
  const red = e.kind === 'Call' && e.keywords.length === 0 && e.func.kind === 'Attribute' && (e.func.attr === 'sum' || e.func.attr === 'mean') ? e.func : null;
  if (red && e.kind === 'Call' && e.args.length === 0 && red.value.kind !== 'Name') {
    const x = walk(red.value);
    root = x && { t: 'reduce', kind: red.attr as 'sum' | 'mean', m: null, x };
    ops++;
  } else if (red && e.kind === 'Call' && e.args.length === 1 && e.args[0].kind !== 'Starred' && red.value.kind === 'Name') {
    const m = leaf(red.value, false).i;
    const x = walk(e.args[0]);
    root = x && { t: 'reduce', kind: red.attr as 'sum' | 'mean', m, x };
    ops++;
  } else root = walk(e);
  if (!root || root.t === 'leaf' || ops < 2 || operands.length === 0) return null;
  const temps = leaves.map(() => ctx.temp());
  const reads = leaves.map((x, i) => `${temps[i]} = ${compileExpr(ctx, x)}`);
  const tpl: FuseTemplate = { root, names: leaves.map(text) };
  const saved = ctx.fuseLeaves;
  ctx.fuseLeaves = new Map([...(saved ?? []), ...leaves.map((x, i): [object, string] => [x, temps[i]])]);
  ctx.noFuse = true;
  let plain: string;
  try {
    plain = compileExpr(ctx, e);
  } finally {
    ctx.fuseLeaves = saved;
    ctx.noFuse = false;
  }
  const test = [...new Set(operands.map((i) => temps[i]))].map((t) => `$isND(${t})`).join(' || ');
  return `(${reads.join(', ')}, (${test}) ? $fuse(${ctx.mod.k(tpl)}, [${temps.join(', ')}]) : ${plain})`;
}
