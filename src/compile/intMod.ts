/**
 * Integer trees reduced modulo a constant, computed without bigints.
 *
 * `(x * 1103515245 + 12345) % 2147483648` (a linear congruential generator, the random numbers of
 * benchmark-style loops) overflows 2**53 in the product, so the plain code goes through bigints three
 * times per evaluation. For a tree of `+ - *` over ints, reduced by `% M` with an int constant
 * 1 ≤ M ≤ 2**31, the result only depends on the operands modulo M (reduction modulo M is a ring
 * homomorphism, and Python's `%` by a positive M lands in [0, M)), so it compiles to
 *
 *     (reads, <every leaf is an int held as a JS number>) ? <the tree on residues in [0, M)> : <plain code>
 *
 * where a sum or difference of residues stays below 2**32 and a product goes through `$mulmod`, exact
 * for residues below 2**31. A power-of-two M divides 2**32, so the tree then runs on int32 values (its
 * value modulo 2**32: `| 0` after a sum, Math.imul for a product) and the result is its low bits, `& (M - 1)`
 * (that generator's loop: 26 -> ~4 ns an evaluation). Under the guard no operation can raise and the
 * intermediate values are not observable. Leaves follow treeLeaves.ts; the tree must contain a product (sums and differences already
 * have an int32 fast path).
 */
import type { Expr } from '../../grammar/ast';
import type { FnCtx } from './context';
import { compileExpr } from './exprs';
import { TreeLeaves } from './treeLeaves';

const MAX_MODULUS = 2 ** 31;
/** the largest modulus whose residues multiply exactly in a double (below 2**53) */
const SMALL_MODULUS = 94906265;

function intConst(e: Expr): bigint | null {
  if (e.kind === 'Constant' && e.value !== null && typeof e.value === 'object' && 'int' in e.value) return e.value.int;
  return null;
}

function hasProduct(e: Expr): boolean {
  return e.kind === 'BinOp' && (e.op === '*' || ((e.op === '+' || e.op === '-') && (hasProduct(e.left) || hasProduct(e.right))));
}

/** `tree % M` on residues, or null when `e` is not such an expression. */
export function intModTree(ctx: FnCtx, e: Expr): string | null {
  if (ctx.noReal || e.kind !== 'BinOp' || e.op !== '%') return null;
  const m = intConst(e.right);
  if (m === null || m < 1n || m > BigInt(MAX_MODULUS) || !hasProduct(e.left)) return null;
  const M = Number(m);
  const w = new TreeLeaves(ctx);
  // A small modulus (M*M < 2**53) is reduced with JS's `%` (exact on integral doubles; int32 operations
  // when the values are small): no helper calls, so the function stays small enough for V8 to inline
  // (`(i * j) % 11` in a function called from a loop measured 24 ns a call when it was not).
  const small = M <= SMALL_MODULUS;
  const rem = (v: string, neg: boolean): string => (small ? (neg ? `(((${v}) % ${M} + ${M}) % ${M})` : `((${v}) % ${M})`) : `$rem(${v}, ${M})`);
  // the residue of each node as JS code (postorder, as Python evaluates)
  const walk = (x: Expr): string | null => {
    const c = intConst(x);
    if (c !== null) return `(${Number(((c % m) + m) % m)})`;
    if (x.kind === 'Name') {
      const i = w.add(x);
      return i === null ? null : rem(w.leaves[i].py, true);
    }
    if (x.kind !== 'BinOp' || (x.op !== '+' && x.op !== '-' && x.op !== '*')) return null;
    const l = walk(x.left);
    const r = l && walk(x.right);
    if (l === null || r === null) return null;
    w.done++;
    if (x.op === '*') return small ? rem(`${l} * ${r}`, false) : `$mulmod(${l}, ${r}, ${M})`;
    return rem(`${l} ${x.op} ${r}`, x.op === '-');
  };
  // M a power of two: the tree modulo 2**32 on int32 values (ToInt32 of an integral double is its value
  // modulo 2**32), then its low bits
  const walk32 = (x: Expr): string | null => {
    const c = intConst(x);
    if (c !== null) return `(${Number(BigInt.asIntN(32, c))})`;
    if (x.kind === 'Name') {
      const i = w.add(x);
      return i === null ? null : `(${w.leaves[i].py} | 0)`;
    }
    if (x.kind !== 'BinOp' || (x.op !== '+' && x.op !== '-' && x.op !== '*')) return null;
    const l = walk32(x.left);
    const r = l && walk32(x.right);
    if (l === null || r === null) return null;
    w.done++;
    return x.op === '*' ? `Math.imul(${l}, ${r})` : `((${l} ${x.op} ${r}) | 0)`;
  };
  const pow2 = (M & (M - 1)) === 0;
  const tree = pow2 ? walk32(e.left) : walk(e.left);
  const value = pow2 && tree !== null ? `(${tree} & ${M - 1})` : tree;
  if (value === null || !w.leaves.length) return null;
  const guard = w.leaves.map((l) => `typeof ${l.py} === 'number' && Number.isInteger(${l.py})`).join(' && ');
  const slow = w.plain(() => compileExpr(ctx, e));
  return `(${w.reads()}${guard} ? ${value} : ${slow})`;
}
