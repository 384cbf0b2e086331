/**
 * Compiling fusable array expressions (the runtime side is src/interp/fusion.ts). An expression tree of
 * `+ - * /`, `** 2`, `** -1`, `** 0.5`, unary minus and calls `m.f(…)` of float ufunc names, whose
 * leaves are names, numeric constants, attributes of names (`np.pi`) and basic subscripts of names
 * (`x[:, None]`), and which has at least two operations (a `.sum()` / `.mean()`
 * of such a tree, or `m.sum(tree)` / `m.mean(tree)`, counts as one; so does `a[idx]` with names as the
 * whole operand of one), compiles to
 *
 *     (t0 = a, t1 = b, …, $isND(t0) || $isND(t1) …) ? $fuse(K[i], [t0, t1, …]) : <the plain code on t0, t1, …>
 *
 * so scalar code keeps its inline arithmetic and an expression over arrays reaches the fuser in one
 * call. A full reduction inside the tree (`x.max()`, `np.exp(x).sum()`, `m.mean(x - y)`: `.sum/.mean/
 * .max/.min()` without arguments of a name or of such a tree, or `m.sum/mean/max/min(tree)`) is a leaf
 * too, computed first — itself fused when it can be — so `np.exp(x) / np.exp(x).sum()` is two kernels
 * and `((x - x.mean())**2).sum()` two, with no temporary array.
 *
 * The leaves are read first, left to right, before any operator runs. Names keep Python's semantics: a
 * global read after an operation is only peeked (no NameError up front) and the plain code reads names
 * again in place, so a missing name or a name an operation rebinds behaves as in CPython. An attribute, a
 * basic subscript or a reduction read after an operation is read up front: it has no effect beyond an
 * exception (short of a property with side effects) or a warning, so only which of two exceptions (or the
 * order of two warnings) comes out can differ when two things fail.
 */
import type { Expr } from '../../grammar/ast';
import type { FnCtx } from './context';
import type { Tpl, FuseTemplate } from '../interp/fusion';
import { compileExpr } from './exprs';
import { isPlainLocal } from './treeLeaves';
import { ownArg, readKeepingNone } from './ownership';

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
export function isReductionLeaf(e: Expr): boolean {
  if (e.kind !== 'Call' || e.keywords.length !== 0 || e.func.kind !== 'Attribute' || !REDUCTIONS.has(e.func.attr)) return false;
  if (e.args.length === 0) return (isOperandLeaf(e.func.value) && !isNumber(e.func.value)) || isTree(e.func.value);
  return e.args.length === 1 && e.func.value.kind === 'Name' && (isOperandLeaf(e.args[0]) || isTree(e.args[0]));
}
/** an expression `fusion` can take as a tree (at least one operation) */
export function isTree(e: Expr): boolean {
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

/** whether `fusion` leaves the operator `e` alone: neither operand is a tree or a reduction it would fuse */
export function fusesNothing(e: Extract<Expr, { kind: 'BinOp' }>): boolean {
  return ![e.left, e.right].some((x) => isTree(x) || isReductionLeaf(x));
}

/**
 * The fused form of `e`, or null when `e` is not a fusable expression root. With `deferred` (statements
 * fused into one, deferred.ts) there is no plain code: the expression gives `$DECLINED` when the fuser
 * does not run it (the caller then runs the statements one by one), and `own` says whether the result is
 * owned by the watched name it is bound to.
 */
export function fusion(ctx: FnCtx, e: Expr, deferred?: { own: boolean }): string | null {
  if (ctx.noFuse) return null;
  const leaves: Expr[] = [];
  const operands: number[] = [];
  let ops = 0;
  // late[i]: some operation runs before leaf i in Python's order
  const late: boolean[] = [];
  const leaf = (x: Expr, operand: boolean): { t: 'leaf'; i: number } => {
    leaves.push(x);
    late.push(ops > 0);
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
  /** what a reduction reads: a fusable tree, or `a[idx]` with names (a gather the sum reads without the temporary) */
  const reduced = (x: Expr): Tpl | null => {
    if (x.kind !== 'Subscript' || x.value.kind !== 'Name' || x.index.kind !== 'Name') return walk(x);
    ops++;
    return { t: 'take', x: leaf(x.value, true).i, i: leaf(x.index, false).i };
  };
  // `x.sum()`, `x.mean()`, `m.sum(x)`, `m.mean(x)` over a fusable x: the reduction joins the template
  let root: Tpl | null;
  const red = e.kind === 'Call' && e.keywords.length === 0 && e.func.kind === 'Attribute' && (e.func.attr === 'sum' || e.func.attr === 'mean') ? e.func : null;
  if (red && e.kind === 'Call' && e.args.length === 0 && red.value.kind !== 'Name') {
    const x = reduced(red.value);
    root = x && { t: 'reduce', kind: red.attr as 'sum' | 'mean', m: null, x };
    ops++;
  } else if (red && e.kind === 'Call' && e.args.length === 1 && e.args[0].kind !== 'Starred' && red.value.kind === 'Name') {
    const m = leaf(red.value, false).i;
    const x = reduced(e.args[0]);
    root = x && { t: 'reduce', kind: red.attr as 'sum' | 'mean', m, x };
    ops++;
  } else root = walk(e);
  if (!root || root.t === 'leaf' || ops < 2 || operands.length === 0) return null;
  // How each leaf is read up front (see the header): a bound local in place; a leaf that no operation
  // precedes, into a temporary the plain code reuses; a global name after an operation, peeked without
  // raising (the plain code reads it again, in Python's order: a missing name or an earlier operation's
  // error comes out as in CPython); another name after an operation (free, or rebound by a nested
  // scope), read again by the plain code too, so an operation that rebinds it is seen.
  const temps: string[] = [];
  const reads: string[] = [];
  const guards: string[] = [];
  const reuse = new Map<object, string>();
  const inPlace: boolean[] = [];
  leaves.forEach((x, i) => {
    // an operand of the fuser keeps no reference (a declined expression clears the marks itself)
    const operand = x.kind === 'Name' || (x.kind === 'Subscript' && x.value.kind === 'Name');
    const code = operand ? readKeepingNone(ctx, x) : compileExpr(ctx, x);
    if (x.kind === 'Name' && isPlainLocal(ctx, x, code)) {
      temps.push(code);
      inPlace[i] = true;
      return;
    }
    const t = ctx.temp();
    temps.push(t);
    if (x.kind === 'Name' && late[i]) {
      if (/^\(\(\$t\d+ = K\[\d+\]\)\[1\] === \$S\.v \? /.test(code)) {
        reads.push(`${t} = G[${JSON.stringify(x.id)}]`);
        guards.push(`${t} !== undefined`);
      } else reads.push(`${t} = ${code}`);
      return;
    }
    reads.push(`${t} = ${code}`);
    reuse.set(x, t);
  });
  const tpl: FuseTemplate = { root, names: leaves.map(text) };
  const saved = ctx.fuseLeaves;
  ctx.fuseLeaves = new Map([...(saved ?? []), ...reuse]);
  ctx.noFuse = true;
  let plain = '$DECLINED';
  try {
    if (!deferred) plain = compileExpr(ctx, e);
  } finally {
    ctx.fuseLeaves = saved;
    ctx.noFuse = false;
  }
  const test = [...new Set(operands.map((i) => temps[i]))].map((t) => `$isND(${t})`).join(' || ');
  const cond = guards.length ? `${guards.join(' && ')} && (${test})` : test;
  const prefix = reads.length ? `${reads.join(', ')}, ` : '';
  // plain code that reads some leaves again must also run when the fuser declines
  const strict = deferred !== undefined || leaves.some((x, i) => !inPlace[i] && !reuse.has(x));
  const own = (deferred ? deferred.own : ownArg(ctx, e)) ? ', true' : deferred ? ', false' : '';
  if (deferred) {
    const r = ctx.temp();
    return `(${prefix}(${cond}) && (${r} = $fuse(${ctx.mod.k(tpl)}, [${temps.join(', ')}], true${own}, true)) !== $DECLINED ? ${r} : $DECLINED)`;
  }
  if (!strict) return `(${prefix}(${cond}) ? $fuse(${ctx.mod.k(tpl)}, [${temps.join(', ')}]${own && ', false'}${own}) : ${plain})`;
  const r = ctx.temp();
  return `(${prefix}(${cond}) && (${r} = $fuse(${ctx.mod.k(tpl)}, [${temps.join(', ')}], true${own})) !== $DECLINED ? ${r} : ${plain})`;
}
