/**
 * The summation order of NumPy's einsum when its inner loop reduces contiguous float32/float64 data
 * into a scalar output (one operand: a plain sum; two: a dot product). Those kernels work in SIMD lanes
 * of the baseline 128-bit width (2 float64 or 4 float32 lanes): blocks of four vectors are combined
 * pairwise and added to a lane accumulator (for products, each vector's products are added to the
 * accumulator in turn, last vector first, multiply and add rounded separately); the remainder goes in
 * one zero-padded vector at a time; the lanes are then added pairwise and the result added to the
 * output's initial zero. Rounding each step to the dtype reproduces NumPy's results bit for bit.
 *
 * `lanesPlan` decides whether einsum's iteration reaches that kernel: in every operand some
 * summed letters are the innermost axes in memory, one C-contiguous block in a shared order (so the iterator
 * puts that block innermost and coalesces it), with no repeated letters, no casting, no negative strides.
 */
import { NDArray } from '../../../runtime/ndarray';
import * as D from '../../../runtime/dtype';

/** sum(x) (y null) or sum(x*y) over n values in NumPy's lane order, rounded as float32 when f32 */
export function laneSum(x: ArrayLike<number>, y: ArrayLike<number> | null, n: number, f32: boolean): number {
  const r = f32 ? Math.fround : (v: number) => v;
  const lanes = f32 ? 4 : 2, block = 4 * lanes;
  const acc = new Array<number>(lanes).fill(0);
  let i = 0;
  for (; n - i >= block; i += block) {
    if (y) {
      for (let k = 3; k >= 0; k--) {
        for (let j = 0; j < lanes; j++) {
          const p = i + k * lanes + j;
          acc[j] = r(r(x[p] * y[p]) + acc[j]);
        }
      }
    } else {
      for (let j = 0; j < lanes; j++) {
        const p = i + j;
        const a01 = r(x[p] + x[p + lanes]), a23 = r(x[p + 2 * lanes] + x[p + 3 * lanes]);
        acc[j] = r(r(a01 + a23) + acc[j]);
      }
    }
  }
  for (; i < n; i += lanes) {
    for (let j = 0; j < lanes; j++) {
      const p = i + j;
      const v = p < n ? (y ? r(x[p] * y[p]) : x[p]) : 0;
      acc[j] = r(v + acc[j]);
    }
  }
  const total = lanes === 2 ? acc[0] + acc[1] : r(r(acc[0] + acc[1]) + r(acc[2] + acc[3]));
  return r(0 + total);
}

/**
 * How einsum's iterator walks the summed letters when its inner loop is NumPy's contiguous lane-summing
 * kernel, or null when it is not. The iterator orders axes by memory (smallest stride innermost) and
 * coalesces contiguous ones, so `inner` is the summed letters forming each operand's innermost
 * C-contiguous block (in one shared order) and `outer` the other summed letters, outermost first, each
 * block's sum being added to the output in that order. Every other axis must stride past the block.
 */
export function lanesPlan(inputs: string[], sumLetters: string[], ops: NDArray[], dt: D.DType, sizes: Map<string, number>): { inner: string[]; outer: string[] } | null {
  if (dt !== D.float64 && dt !== D.float32) return null;
  if (ops.length > 2 || sumLetters.length === 0) return null;
  let plan: { inner: string[]; outer: string[] } | null = null;
  for (let k = 0; k < ops.length; k++) {
    const t = inputs[k], a = ops[k];
    if (a.dtype !== dt || new Set(t).size !== t.length || a.ndim !== t.length) return null;
    if (sumLetters.some((c) => !t.includes(c) || a.shape[t.indexOf(c)] !== sizes.get(c))) return null;
    const stride = (c: string) => a.strides[t.indexOf(c)];
    // summed letters of size > 1 by decreasing stride; size-1 letters go outermost (their stride is moot)
    const big = sumLetters.filter((c) => sizes.get(c)! > 1), unit = sumLetters.filter((c) => sizes.get(c)! === 1);
    const mine = [...unit, ...big.slice().sort((x, y) => stride(y) - stride(x))];
    let expect = dt.itemsize, cut = mine.length;
    while (cut > unit.length && stride(mine[cut - 1]) === expect) expect *= sizes.get(mine[--cut])!;
    if (cut === unit.length) cut = 0; // the whole summed set is one block (size-1 letters included)
    if (cut === mine.length) return null;
    const p = { inner: mine.slice(cut), outer: mine.slice(0, cut) };
    if (plan && (p.inner.join('') !== plan.inner.join('') || p.outer.join('') !== plan.outer.join(''))) return null;
    plan = p;
    for (let d = 0; d < t.length; d++) {
      if (p.inner.includes(t[d]) || a.shape[d] === 1) continue;
      // an output letter may sit right after the block (the output's strides keep them apart); nothing inside it
      const st = a.strides[d], minimum = sumLetters.includes(t[d]) ? expect + 1 : expect;
      if (st < 0 || (st !== 0 && st < minimum)) return null;
    }
  }
  return plan;
}
