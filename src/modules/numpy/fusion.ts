/**
 * The array fuser behind `$fuse` (src/interp/fusion.ts, src/compile/fusion.ts): an expression such as
 * `a*b + c*2.0 - np.sqrt(a)` over float64 (or float32) arrays and Python numbers runs as one WebAssembly
 * kernel (runtime/wasm/fused.ts) that reads each array once and writes one new array — no temporaries,
 * one pass over memory instead of five.
 *
 * It fuses only when the result is certainly the one the operators would give one by one: every array
 * operand is an exact ndarray of one native float dtype; numbers are Python ints and floats (weak
 * scalars, cast to that dtype as NumPy casts them) or NumPy scalars of the same dtype; a sub-expression of
 * numbers alone is computed first by Python's rules; calls are the genuine numpy ufuncs; the shapes
 * broadcast; the result would be C-ordered. Each node rounds in the dtype, as its ufunc would. If a
 * node's value is NaN or infinite anywhere, the fused result is dropped and the expression runs
 * operator by operator, so NumPy's floating-point warnings and errors appear exactly as before. Anything
 * else also runs operator by operator.
 */
import * as D from '../../../runtime/dtype';
import { DType } from '../../../runtime/dtype';
import { NDArray, broadcastShapes, broadcastStrides, coalesce, shapeSize } from '../../../runtime/ndarray';
import { runKernel, wasmOn, launches } from '../../../runtime/ufunc';
import { sumKernel } from '../../../runtime/wasm/reduce';
import { gatherKernel, type Gather } from '../../../runtime/wasm/gather';
import { ParallelFn, runRows, threadsReady, MAX_ARITY } from '../../../runtime/parallel';
import { combinePieces, pairwisePieces } from '../../../runtime/pairwise';
import { heap } from '../../../runtime/memory';
import { fusedKernel, FusedExpr, FUSABLE, describe } from '../../../runtime/wasm/fused';
import { fusedSumKernel } from '../../../runtime/wasm/fusedSum';
import { PyModule, PyFloat } from '../../objects/values';
import { getAttr } from '../../objects/attrs';
import { evalTemplate, setFuser, Tpl, FuseTemplate, Memo } from '../../interp/fusion';
import { noteFresh } from '../../interp/ownership';
import { NDArrayType } from './arrayType';
import { PyUfunc, scalarArray } from './ufuncs';
import { ufunc } from './ufuncTable';
import { NPScalar, scalar } from './scalars';
import { allocPermuted, keepOrderPerm } from './coerce';
import { trace, traceLaunch } from '../../../runtime/debug';

/** fused expressions run, and the last one's IR (`describe`), for tests and NDPY_DEBUG */
export const fusedRuns = { n: 0, last: '' };

/** what a template node is, once its leaves' values are known */
type Part = { arr: FusedExpr } | { val: any };

class Decline extends Error {}
const decline = (): never => {
  throw new Decline();
};

const BIN_OPS: Record<string, string> = { '+': 'add', '-': 'subtract', '*': 'multiply', '/': 'true_divide' };

/** The fused form of template `t`: the array leaves it reads go in `arrays` (with their leaf numbers). */
function plan(t: Tpl, v: any[], arrays: NDArray[], leafOf: Map<NDArray, number>, dt: { d: DType | null }, memo: Memo): Part {
  if (!hasArray(t, v)) {
    // numbers only (`2 * np.pi`, `np.sqrt(2.0)`): computed first, by Python's and NumPy's rules, and
    // remembered, so an expression run op by op after all does not compute it twice
    const value = evalTemplate(t, v, memo);
    memo.set(t, { value });
    return { val: value };
  }
  switch (t.t) {
    case 'leaf': {
      const a = v[t.i] as NDArray;
      if ((a as any).cls !== NDArrayType || a.dtype.kind !== 'f' || !a.dtype.isNative || (a.dtype !== D.float64 && a.dtype !== D.float32)) decline();
      if (dt.d === null) dt.d = a.dtype;
      else if (dt.d !== a.dtype) decline();
      // an array named twice (`a*b - np.sqrt(a)`) is read once per element
      let k = leafOf.get(a);
      if (k === undefined) {
        k = arrays.length;
        arrays.push(a);
        leafOf.set(a, k);
      }
      return { arr: { leaf: k } };
    }
    case 'neg':
      return { arr: { op: 'negative', args: [arrExpr(plan(t.x, v, arrays, leafOf, dt, memo))] } };
    case 'bin': {
      const l = plan(t.l, v, arrays, leafOf, dt, memo);
      const r = plan(t.r, v, arrays, leafOf, dt, memo);
      if (t.op === '**') {
        // NumPy's fast_scalar_power (and the stride-0 power loop): x**2 = x*x, x**-1 = 1/x, x**0.5 = sqrt
        if (!('arr' in l) || !('val' in r)) return decline();
        const e = numberOf(r.val);
        const op = e === 2 ? 'square' : e === -1 ? 'reciprocal' : e === 0.5 ? 'sqrt' : decline();
        return { arr: { op, args: [l.arr] } };
      }
      return { arr: { op: BIN_OPS[t.op], args: [operand(l), operand(r)] } };
    }
    case 'call': {
      const m = v[t.m];
      if (!(m instanceof PyModule)) return decline();
      const f = getAttr(m, t.attr);
      if (!(f instanceof PyUfunc) || ufunc(f.name) !== f || f.nout !== 1 || f.nin !== t.args.length || !FUSABLE.has(f.op)) return decline();
      const args = t.args.map((a) => operand(plan(a, v, arrays, leafOf, dt, memo)));
      return { arr: { op: f.op, args } };
    }
    case 'take':
    case 'reduce':
      return decline();
  }
}

function arrExpr(p: Part): FusedExpr {
  return 'arr' in p ? p.arr : decline();
}

/** a scalar operand becomes a leaf holding its value (converted once the dtype is known) */
const pendingScalars = new Map<FusedExpr, any>();
function operand(p: Part): FusedExpr {
  if ('arr' in p) return p.arr;
  const e: FusedExpr = { leaf: -1 };
  pendingScalars.set(e, p.val);
  return e;
}

function numberOf(v: any): number | null {
  if (typeof v === 'number') return v;
  if (v instanceof PyFloat) return v.v;
  return null;
}

function hasArray(t: Tpl, v: any[]): boolean {
  switch (t.t) {
    case 'leaf': return v[t.i] instanceof NDArray;
    case 'neg': return hasArray(t.x, v);
    case 'bin': return hasArray(t.l, v) || hasArray(t.r, v);
    case 'call': return t.args.some((a) => hasArray(a, v));
    case 'take': return v[t.x] instanceof NDArray;
    case 'reduce': return hasArray(t.x, v);
  }
}
/** a weak Python number or same-dtype NumPy scalar as a value of dtype dt, or decline */
function scalarValue(v: any, dt: DType): number {
  let x: number | null = null;
  if (typeof v === 'number') x = v;
  else if (v instanceof PyFloat) x = v.v;
  else if (v instanceof NPScalar && v.dt === dt && typeof v.v === 'number') x = v.v;
  if (x === null) return decline();
  const y = dt === D.float32 ? Math.fround(x) : x;
  if (!Number.isFinite(y)) decline();
  return y;
}

/** What a fusable expression reads: its IR, operands (scalars as 0-d arrays last), dtype and shape. */
interface Prepared {
  expr: FusedExpr;
  arrays: NDArray[];
  dt: DType;
  shape: number[];
}

function prepare(t: Tpl, v: any[], memo: Memo): Prepared | null {
  if (!wasmOn()) return null;
  const arrays: NDArray[] = [];
  const dt = { d: null as DType | null };
  pendingScalars.clear();
  let expr: FusedExpr;
  try {
    expr = arrExpr(plan(t, v, arrays, new Map(), dt, memo));
    // scalars become 0-d arrays (stride-0 operands)
    for (const [leaf, val] of pendingScalars) {
      (leaf as { leaf: number }).leaf = arrays.length;
      arrays.push(scalarArray(dt.d!, scalarValue(val, dt.d!)));
    }
  } catch (e) {
    if (e instanceof Decline) return null;
    throw e;
  } finally {
    pendingScalars.clear();
  }
  const shape = broadcastShapes(arrays.map((a) => a.shape));
  if (shape === null) return null;
  return { expr, arrays, dt: dt.d!, shape };
}

function note(p: Prepared, what: string, t0: number, finite: boolean): void {
  fusedRuns.last = `${what}${describe(p.expr, p.arrays.map((a, i) => (a.ndim === 0 ? `s${i}` : `x${i}`)))} ${p.dt.str}`;
  if (trace.level) traceLaunch(`fused ${fusedRuns.last}`, p.shape, t0, finite ? '' : '(non-finite: rerun unfused)');
}

/** NumPy's order='K': inputs whose memory order makes a result not C-ordered (left to the ufuncs) */
function fortranResult(arrays: NDArray[], shape: number[]): boolean {
  return keepOrderPerm(arrays, shape) !== null;
}

/** An element-wise expression into a new array, or null (declined, or a value was not finite). */
function elementwise(p: Prepared): NDArray | null {
  const { expr, arrays, dt, shape } = p;
  // the result in NumPy's order='K' layout, walked in its memory order (every operand's axes permuted alike)
  const perm = keepOrderPerm(arrays, shape);
  const out = allocPermuted(shape, dt, perm);
  if (shapeSize(shape) === 0) return out;
  let ops = [...arrays, out];
  let walk = shape;
  if (perm !== null) {
    walk = perm.map((d) => shape[d]);
    ops = ops.map((a) => {
      const bs = broadcastStrides(a, shape);
      return new NDArray(a.block, a.dtype, walk, perm.map((d) => bs[d]), a.offset);
    });
  }
  const [sh, st] = coalesce(walk, ops.map((a) => broadcastStrides(a, walk)));
  const steps = sh.length === 0 ? ops.map(() => 0) : st.map((s) => s[sh.length - 1]);
  const k = fusedKernel(expr, arrays.length, dt, steps);
  if (k === null) return null;
  const t0 = trace.level ? performance.now() : 0;
  const finite = runKernel(k, ops, walk);
  note(p, '', t0, finite);
  if (!finite) return null;
  fusedRuns.n++;
  noteFresh(out);
  return out;
}

/**
 * Run a fused expression over given arrays of one float dtype (for library code such as np.var, which
 * computes (x - mean)**2 in one pass): the result array, or null to do it op by op.
 */
export function fuseArrays(expr: FusedExpr, arrays: NDArray[]): NDArray | null {
  if (!wasmOn() || arrays.length === 0) return null;
  const dt = arrays[0].dtype;
  if ((dt !== D.float64 && dt !== D.float32) || arrays.some((a) => a.dtype !== dt)) return null;
  const shape = broadcastShapes(arrays.map((a) => a.shape));
  return shape === null ? null : elementwise({ expr, arrays, dt, shape });
}

/** elements computed per pass of a fused reduction (the scratch block, kept in cache) */
const BLOCK = 1 << 15;
const scratch = new Map<DType, NDArray>();

/**
 * The sum of an expression over all its elements without materializing it: NumPy sums a C-contiguous
 * temporary with one pairwise summation over the flat C order, so the same split points are followed —
 * subtrees of at most BLOCK elements are computed into a scratch block by the fused kernel and summed
 * there by the pairwise kernel (runtime/wasm/reduce.ts), and the partial sums combine as the pairwise
 * tree does. Null when declined or some value was not finite.
 */
function fusedSum(p: Prepared): number | null {
  const { expr, arrays, dt, shape } = p;
  const n = shapeSize(shape);
  // a Fortran-ordered temporary would be summed in its memory order
  if (n === 0 || fortranResult(arrays, shape)) return null;
  let buf = scratch.get(dt);
  if (!buf) scratch.set(dt, (buf = NDArray.empty([BLOCK], dt)));
  const [sh, st] = coalesce(shape, arrays.map((a) => broadcastStrides(a, shape)));
  const nd = sh.length;
  const steps = nd === 0 ? arrays.map(() => 0) : st.map((s) => s[nd - 1]);
  const f32 = dt === D.float32;
  if (nd <= 1 && steps.every((s) => s === 0 || s === dt.itemsize)) {
    // one contiguous run: the pairwise sum of the expression's values, computed in registers
    const ks = fusedSumKernel(expr, dt, steps.map((s) => (s === 0 ? 0 : 1)));
    if (ks !== null) {
      const bases = arrays.map((a) => a.addr);
      const ptrs = new Array<number>(arrays.length);
      const pw = (s: number, len: number): number =>
        splitSum(s, len, f32, (at, m) => {
          for (let i = 0; i < ptrs.length; i++) ptrs[i] = bases[i] + at * steps[i];
          return ks(m, ...ptrs);
        });
      launches.n++;
      const t0 = trace.level ? performance.now() : 0;
      // NumPy's add.reduce starts from the identity 0 (so a sum of -0.0 is +0.0)
      const total = 0 + (n >= SHARED_SUM && ks.par && threadsReady() ? sharedFusedSum(ks.par, n, bases, steps, f32) : pw(0, n));
      // NaN: some value was not finite; ±inf: the sum overflowed — either way NumPy's warnings come op by op
      const finite = Number.isFinite(total);
      note(p, 'sum:', t0, finite);
      if (!finite) return null;
      fusedRuns.n++;
      return total;
    }
  }
  const rowLen = nd === 0 ? 1 : sh[nd - 1];
  if (nd === 2 && steps.every((s) => s === 0 || s === dt.itemsize)) {
    // rows of contiguous or stride-0 operands (`x[:, None] + y[None, :]`, `m - v`): summed in registers too
    const kr = fusedSumKernel(expr, dt, steps.map((s) => (s === 0 ? 0 : 1)), true);
    if (kr !== null) {
      const bases = arrays.map((a) => a.addr), rs = st.map((s) => s[0]);
      const pw = (s: number, len: number): number => splitSum(s, len, f32, (at, m) => kr(m, at, rowLen, buf!.addr, ...bases, ...rs));
      launches.n++;
      const t0 = trace.level ? performance.now() : 0;
      const shared = n >= SHARED_SUM && kr.par && 4 + 2 * arrays.length <= MAX_ARITY && threadsReady();
      const total = 0 + (shared ? sharedRowsSum(kr.par!, n, rowLen, bases, rs, dt) : pw(0, n));
      const finite = Number.isFinite(total);
      note(p, 'sum:', t0, finite);
      if (!finite) return null;
      fusedRuns.n++;
      return total;
    }
  }
  const k = fusedKernel(expr, arrays.length, dt, [...steps, dt.itemsize]);
  if (k === null) return null;
  const bases = arrays.map((a) => a.addr);
  const out = buf.addr;
  const args = new Array(3 + 2 * arrays.length).fill(0);
  let finite = true;
  // values [s, s + len) of the flat C order into the scratch block, row piece by row piece
  const fill = (s: number, len: number): void => {
    let q = out;
    while (len > 0) {
      const col = s % rowLen;
      const m = Math.min(len, rowLen - col);
      let rest = Math.floor(s / rowLen);
      for (let i = 0; i < arrays.length; i++) args[1 + 2 * i] = bases[i] + col * steps[i];
      for (let d = nd - 2; d >= 0; d--) {
        const idx = rest % sh[d];
        rest = Math.floor(rest / sh[d]);
        for (let i = 0; i < arrays.length; i++) args[1 + 2 * i] += idx * st[i][d];
      }
      args[0] = m;
      for (let i = 0; i < arrays.length; i++) args[2 + 2 * i] = steps[i];
      args[1 + 2 * arrays.length] = q;
      args[2 + 2 * arrays.length] = dt.itemsize;
      if (k(...args) !== 1) finite = false;
      q += m * dt.itemsize;
      s += m;
      len -= m;
    }
  };
  launches.n++;
  const t0 = trace.level ? performance.now() : 0;
  const total = blockPairwise(n, dt, (s, len) => (fill(s, len), true))!;
  note(p, 'sum:', t0, finite);
  if (!finite) return null;
  fusedRuns.n++;
  return total;
}

/** NumPy's pairwise split of values [s, s + len) down to subtrees of at most BLOCK, each summed by `leaf` */
function splitSum(s: number, len: number, f32: boolean, leaf: (s: number, len: number) => number): number {
  if (len <= BLOCK) return leaf(s, len);
  let n2 = Math.floor(len / 2);
  n2 -= n2 % 8;
  const r = splitSum(s, n2, f32, leaf) + splitSum(s + n2, len - n2, f32, leaf);
  return f32 ? Math.fround(r) : r;
}

/**
 * NumPy's pairwise sum (starting from its identity, 0) of n values that `fill(s, len)` computes into the
 * scratch block, values [s, s + len) of the flat order, for the subtrees of at most BLOCK values; each
 * block is summed there by the pairwise kernel. Null when there is no kernel or `fill` gave up.
 */
function blockPairwise(n: number, dt: DType, fill: (s: number, len: number, out: number) => boolean): number | null {
  const sum = sumKernel(dt, dt);
  if (sum === null) return null;
  let buf = scratch.get(dt);
  if (!buf) scratch.set(dt, (buf = NDArray.empty([BLOCK], dt)));
  const out = buf.addr, rnd = dt === D.float32 ? Math.fround : (x: number) => x;
  const pw = (s: number, len: number): number | null => {
    if (len <= BLOCK) return fill(s, len, out) ? (sum(out, len, dt.itemsize) as number) : null;
    let n2 = Math.floor(len / 2);
    n2 -= n2 % 8;
    const l = pw(s, n2);
    const r = l === null ? null : pw(s + n2, len - n2);
    return r === null ? null : rnd(l! + r);
  };
  const total = pw(0, n);
  return total === null ? null : rnd(0 + total);
}

/**
 * `a[idx].sum()` for a 1-d float array and an int64 index array, without the temporary: each block of
 * indices is gathered into the scratch block (runtime/wasm/gather.ts) and summed there, as NumPy sums
 * the contiguous temporary. Null when declined, or for an index out of bounds (the plain path raises).
 */
function gatherSum(a: any, idx: any): number | null {
  if (!wasmOn() || !(a instanceof NDArray) || !(idx instanceof NDArray) || (a as any).cls !== NDArrayType || (idx as any).cls !== NDArrayType) return null;
  const dt = a.dtype;
  if ((dt !== D.float64 && dt !== D.float32) || a.ndim !== 1 || a.addr % dt.itemsize !== 0) return null;
  if (idx.dtype !== D.int64 || idx.ndim === 0 || idx.size === 0 || !idx.cContiguous) return null;
  const g = gatherKernel(dt.itemsize);
  if (g === null) return null;
  const src = a.addr, step = a.strides[0], len = a.shape[0], at = idx.addr;
  launches.n++;
  const t0 = trace.level ? performance.now() : 0;
  const total = idx.size >= SHARED_GATHER && threadsReady() ? gatherThenSum(g, a, idx) : blockPairwise(idx.size, dt, (s, m, out) => g(src, step, len, at + 8 * s, m, out) === 0);
  fusedRuns.last = `sum:take(x0, i1) ${dt.str}`;
  if (trace.level) traceLaunch(`fused ${fusedRuns.last}`, idx.shape, t0, total === null ? '(declined)' : '');
  if (total !== null) fusedRuns.n++;
  return total;
}

/** fused sums at least this long are worth sharing with the helper thread (runtime/parallel.ts) */
const SHARED_SUM = 1 << 19;

/**
 * A long fused sum on two threads: the subtrees of NumPy's pairwise tree of at most 2·BLOCK values are
 * the rows, summed by the same kernel, and combined as the top of the tree, so the digits are the same.
 */
function sharedFusedSum(par: ParallelFn, n: number, bases: number[], steps: number[], f32: boolean): number {
  const { starts, lens, depth } = pairwisePieces(n, 2 * BLOCK);
  const sums = runRows(par, starts.length, 1 + bases.length, (r, a) => {
    a[0] = lens[r];
    for (let i = 0; i < bases.length; i++) a[1 + i] = bases[i] + starts[r] * steps[i];
  });
  return combinePieces(sums, depth, f32 ? Math.fround : (x) => x);
}

/**
 * A long fused sum over rows (fusedSumKernel's `rows` form) on two threads, cut as sharedFusedSum cuts;
 * each piece has its own scratch slots for the leaves that cross a row's end.
 */
function sharedRowsSum(par: ParallelFn, n: number, rowLen: number, bases: number[], rs: number[], dt: DType): number {
  const { starts, lens, depth } = pairwisePieces(n, 2 * BLOCK);
  const slots = NDArray.empty([128 * starts.length], dt);
  const k = bases.length;
  const sums = runRows(par, starts.length, 4 + 2 * k, (r, a) => {
    a[0] = lens[r];
    a[1] = starts[r];
    a[2] = rowLen;
    a[3] = slots.addr + 128 * dt.itemsize * r;
    for (let i = 0; i < k; i++) (a[4 + i] = bases[i]), (a[4 + k + i] = rs[i]);
  });
  heap.free(slots.block);
  return combinePieces(sums, depth, dt === D.float32 ? Math.fround : (x) => x);
}

/** gathers at least this long are worth sharing with the helper thread (runtime/parallel.ts) */
const SHARED_GATHER = 1 << 18;

/**
 * `a[idx].sum()` on two threads: the gather (cut into rows) into a temporary, then the sum of the
 * temporary, which also shares its rows; the digits are the same, as both follow NumPy's pairwise tree.
 */
function gatherThenSum(g: Gather, a: NDArray, idx: NDArray): number | null {
  const dt = a.dtype, n = idx.size;
  const sum = sumKernel(dt, dt);
  if (sum === null) return null;
  const tmp = NDArray.empty([n], dt);
  if (g(a.addr, a.strides[0], a.shape[0], idx.addr, n, tmp.addr) !== 0) return null;
  const total = sum(tmp.addr, n, dt.itemsize) as number;
  heap.free(tmp.block);
  return dt === D.float32 ? Math.fround(0 + total) : 0 + total;
}

function run(tpl: FuseTemplate, v: any[], memo: Memo): any {
  const t = tpl.root;
  if (t.t !== 'reduce') {
    const p = prepare(t, v, memo);
    return p && elementwise(p);
  }
  // the reduction is NumPy's own: ndarray.sum/mean, or the genuine np.sum/np.mean
  if (t.m !== null) {
    const m = v[t.m];
    if (!(m instanceof PyModule) || getAttr(m, t.kind) !== genuine[t.kind]) return null;
  }
  if (t.x.t === 'take') {
    const s = gatherSum(v[t.x.x], v[t.x.i]);
    if (s === null) return null;
    const a: NDArray = v[t.x.x], n = (v[t.x.i] as NDArray).size;
    return scalar(a.dtype, t.kind === 'sum' ? s : a.dtype === D.float32 ? Math.fround(s / Math.fround(n)) : s / n);
  }
  const p = prepare(t.x, v, memo);
  if (!p) return null;
  const s = fusedSum(p);
  if (s === null) return null;
  const n = shapeSize(p.shape);
  if (t.kind === 'sum') return scalar(p.dt, s);
  // mean: the sum divided by the count in the dtype (np.float32 / int stays float32)
  return scalar(p.dt, p.dt === D.float32 ? Math.fround(s / Math.fround(n)) : s / n);
}

/** numpy's own sum and mean functions (a reduction fuses only when the name still means them) */
const genuine: Record<string, any> = {};
/** Record numpy's module-level sum and mean (module.ts, once they exist). */
export function setGenuineReductions(sum: any, mean: any): void {
  genuine.sum = sum;
  genuine.mean = mean;
}

let installed = false;
/** Register the fuser with the interpreter (numpy's module setup calls this). */
export function installFuser(): void {
  if (installed) return;
  installed = true;
  setFuser((tpl, v, memo) => run(tpl, v, memo) ?? undefined);
}
