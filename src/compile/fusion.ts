/**
 * Compiling fusable array expressions (the runtime side is src/interp/fusion.ts). An expression tree of
 * `+ - * /`, `** 2`, `** -1`, `** 0.5`, unary minus and calls `m.f(…)` of float ufunc names, whose
 * leaves are names and numeric constants and which has at least two operations, compiles to
 *
 *     (t0 = a, t1 = b, …, $isND(t0) || $isND(t1) …) ? $fuse(K[i], [t0, t1, …]) : <the plain code on t0, t1, …>
 *
 * so scalar code keeps its inline arithmetic and an expression over arrays reaches the fuser in one
 * call. The leaves are read first, left to right, before any operator runs; reading a name or a constant
 * has no effect other than a NameError, so only the exception raised when two things fail differs.
 */
import type { Expr } from '../../grammar/ast';
import type { FnCtx } from './context';
import type { Tpl, FuseTemplate } from '../interp/fusion';
import { compileExpr } from './exprs';

/** attribute names called as ufuncs in fusable expressions (the fuser checks the object is the ufunc) */
const CALLS = new Set([
  'sqrt', 'square', 'absolute', 'abs', 'fabs', 'negative', 'positive', 'reciprocal',
  'add', 'subtract', 'multiply', 'divide', 'true_divide', 'maximum', 'minimum', 'fmax', 'fmin',
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
function text(e: Expr): string {
  return e.kind === 'Name' ? e.id : String(numberValue(e));
}

/** The fused form of `e`, or null when `e` is not a fusable expression root. */
export function fusion(ctx: FnCtx, e: Expr): string | null {
  if (ctx.noFuse) return null;
  const leaves: Expr[] = [];
  const operands: number[] = [];
  let ops = 0;
  const leaf = (x: Expr, operand: boolean): { t: 'leaf'; i: number } => {
    leaves.push(x);
    if (operand && x.kind === 'Name') operands.push(leaves.length - 1);
    return { t: 'leaf', i: leaves.length - 1 };
  };
  const walk = (x: Expr): Tpl | null => {
    if (x.kind === 'Name' || isNumber(x)) return leaf(x, true);
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
  const root = walk(e);
  if (!root || root.t === 'leaf' || ops < 2 || operands.length === 0) return null;
  const temps = leaves.map(() => ctx.temp());
  const reads = leaves.map((x, i) => `${temps[i]} = ${compileExpr(ctx, x)}`);
  const tpl: FuseTemplate = { root, names: leaves.map(text) };
  const saved = ctx.fuseLeaves;
  ctx.fuseLeaves = new Map(leaves.map((x, i) => [x, temps[i]]));
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
