/**
 * Ufunc loops: choosing the inner loop for given operand dtypes (NumPy's linear search over the loop
 * signatures in ufuncTypes.ts, first loop every input casts to safely), and running it — element-wise
 * over broadcast operands, as a reduction along axes, or as an accumulation.
 *
 * This is the reference evaluator: a JS closure per element, with the casts from operand to loop dtype and
 * from loop to output dtype folded into the same pass (no temporaries). The WASM kernels in wasm/ run the
 * same loops fast; differential tests compare the two.
 */
import { DType, BY_CHAR, canCast, float64, unicode, bytes } from './dtype';
import { NDArray, broadcastStrides, stridedLoop, shapeSize, contiguousStrides, coalesce } from './ndarray';
import { reader, writer, converter, Complex } from './elements';
import { roundHalf } from './half';
import { heap } from './memory';
import { scalarImpl, ScalarFn } from './scalarOps';
import { UFUNC_SPECS, UfuncSpec } from './ufuncTypes';
import { elementwiseKernel, kernelSignature, Kernel } from './wasm/elementwise';
import { trace, traceLaunch } from './debug';
import { MAX_ROWS, ParallelFn, runRows, threadsReady } from './parallel';
import { sumKernel } from './wasm/reduce';
import { extremeKernel, type ExtremeOp } from './wasm/extremes';
import { accumulateKernel } from './wasm/accumulate';
import { pairwise, complexPairwise } from './pairwise';
export { pairwise };
import { combineRows, rowKernels, RowKind } from './wasm/reduceRows';
import { SVML_FLOAT64, SVML_STRIDE0 } from './math/svml';
import { insertionSortAxes } from './axisOrder';

let wasmEnabled = true;
/** Route element-wise loops through the JS reference evaluator only (differential tests, CSP-restricted hosts). */
export function setWasmEnabled(on: boolean): void {
  wasmEnabled = on;
}
export function wasmOn(): boolean {
  return wasmEnabled;
}

export interface Loop {
  name: string;
  ins: DType[];
  outs: DType[];
  fn: ScalarFn;
}

export function spec(name: string): UfuncSpec | undefined {
  return UFUNC_SPECS[name];
}

const loopCache = new Map<string, Loop | null>();

/** The loop NumPy would pick for these input dtypes, or null when none exists. */
export function findLoop(name: string, ins: DType[]): Loop | null {
  // string loops depend on the widths (concatenation's output width is their sum)
  const key = name + ':' + ins.map((d) => (d.isText ? `${d.kind}${d.chars},` : d.char)).join('');
  let l = loopCache.get(key);
  if (l !== undefined) return l;
  l = searchLoop(name, ins.map((d) => d.native));
  loopCache.set(key, l);
  return l;
}

function searchLoop(name: string, ins: DType[]): Loop | null {
  const s = UFUNC_SPECS[name];
  if (!s) return null;
  if (ins.some((d) => d.isText)) {
    // fixed-width strings: comparisons and concatenation (NumPy 2's string loops), str with str, bytes with bytes
    if (!ins.every((d) => d.kind === ins[0].kind)) return null;
    const width = ins.reduce((n, d) => n + d.chars, 0);
    if (name === 'add') return makeLoop(name, ins, [ins[0].kind === 'U' ? unicode(width) : bytes(width)]);
    return ['equal', 'not_equal', 'less', 'less_equal', 'greater', 'greater_equal'].includes(name) ? makeLoop(name, ins, [BY_CHAR['?']]) : null;
  }
  if ((name === 'true_divide' || name === 'divide') && ins.every((d) => d.kind === 'b' || d.kind === 'i' || d.kind === 'u')) {
    return makeLoop(name, [float64, float64], [float64]);
  }
  for (const t of s.types) {
    const [a, b] = t.split('->');
    const li = [...a].map((c) => BY_CHAR[c]);
    if (li.every((d, i) => canCast(ins[i], d, 'safe'))) {
      const lo = [...b].map((c) => BY_CHAR[c]);
      const loop = makeLoop(name, li, lo);
      if (loop) return loop;
    }
  }
  return null;
}

function makeLoop(name: string, ins: DType[], outs: DType[]): Loop | null {
  // NumPy's float64 loops that do not call libm on x86-64 with AVX-512 (Intel SVML): their own arithmetic
  const svml = ins.every((d) => d.char === 'd') && outs.length === 1 && outs[0].char === 'd' ? SVML_FLOAT64[name] : undefined;
  const fn = svml ?? scalarImpl(name, ins, outs);
  return fn ? { name, ins, outs, fn } : null;
}

/** Loop with explicitly given dtypes (the `dtype=`/`signature=` forms); null if the ufunc has none. */
export function loopFor(name: string, ins: DType[], outs: DType[]): Loop | null {
  return makeLoop(name, ins, outs);
}

type Access = { rd: (dv: DataView, a: number) => any };

function inputAccess(arr: NDArray, loopDt: DType): Access {
  const rd = reader(arr.dtype);
  if (arr.dtype.native === loopDt && arr.dtype.isNative) return { rd };
  const cv = converter(arr.dtype.native, loopDt);
  return { rd: (dv, a) => cv(rd(dv, a)) };
}

function outputWriter(arr: NDArray, loopDt: DType): (dv: DataView, a: number, v: any) => void {
  const wr = writer(arr.dtype);
  if (arr.dtype === loopDt) return wr;
  const cv = converter(loopDt, arr.dtype.native);
  return (dv, a, v) => wr(dv, a, cv(v));
}

/**
 * Run `loop` element-wise: inputs broadcast to `shape`, outputs have exactly `shape`. `where`, when
 * given, is a bool array broadcast to `shape`; elements where it is False are left untouched.
 * Returns true when the kernel saw every (float) result finite: nothing for error reporting to look at.
 */
export function runElementwise(loop: Loop, ins: NDArray[], outs: NDArray[], shape: number[], where: NDArray | null = null): boolean {
  if (trace.level === 0) return elementwise(loop, ins, outs, shape, where);
  const t0 = performance.now();
  const finite = elementwise(loop, ins, outs, shape, where);
  traceLaunch(`${loop.name} ${kernelSignature(ins.map((a) => a.dtype), outs.map((a) => a.dtype))}${where ? ' where' : ''}`, shape, t0);
  return finite;
}

function elementwise(loop: Loop, ins: NDArray[], outs: NDArray[], shape: number[], where: NDArray | null): boolean {
  if (shapeSize(shape) === 0) return false;
  if (wasmEnabled && where === null) {
    const k = elementwiseKernel(loop, ins.map((a) => a.dtype), outs.map((a) => a.dtype));
    if (k) return runKernel(k, [...ins, ...outs], shape, outs.length);
  }
  launches.n++;
  const ops = [...ins, ...outs];
  if (where) ops.push(where);
  const acc = ins.map((a, i) => inputAccess(a, loop.ins[i]).rd);
  const wrs = outs.map((a, i) => outputWriter(a, loop.outs[i]));
  const fn = loop.fn;
  const nin = ins.length, nout = outs.length;
  // NumPy's float64 power loop takes a fast path when the exponent is one scalar for the inner loop
  const fn0 = nin === 2 ? SVML_STRIDE0.get(fn) : undefined;
  const strides = ops.map((a) => broadcastStrides(a, shape));
  const bases = ops.map((a) => a.addr);
  const dv = heap.view();
  const args = new Array(nin);
  stridedLoop(shape, bases, strides, (n, addrs, steps) => {
    const f = fn0 !== undefined && steps[1] === 0 ? fn0 : fn;
    const p = addrs.slice();
    for (let i = 0; i < n; i++) {
      if (where === null || dv.getUint8(p[nin + nout]) !== 0) {
        for (let k = 0; k < nin; k++) args[k] = acc[k](dv, p[k]);
        const r = f(...args);
        if (nout === 1) wrs[0](dv, p[nin], r);
        else for (let k = 0; k < nout; k++) wrs[k](dv, p[nin + k], r[k]);
      }
      for (let k = 0; k < p.length; k++) p[k] += steps[k];
    }
  });
  return false;
}

/** Kernels launched so far (element-wise, fused and reference loops): tests count them per expression. */
export const launches = { n: 0 };

/**
 * Run an element-wise kernel over operands (inputs broadcast to `shape`, then outputs) through the
 * strided outer loop, in chunks with checkpoints. True when the kernel reported every result finite.
 */
export function runKernel(k: Kernel, ops: NDArray[], shape: number[], nOut = 1): boolean {
  launches.n++;
  let finite = k.checksFinite === true;
  const strides = ops.map((a) => broadcastStrides(a, shape));
  if (k.par && shapeSize(shape) >= SHARED_ELEMENTS && threadsReady() && separate(ops, strides, shape, nOut)) {
    const shared = runShared(k.par, ops, strides, shape);
    if (shared !== null) {
      checkpoint();
      return finite && shared;
    }
  }
  const args = new Array(1 + 2 * ops.length).fill(0);
  let work = 0;
  stridedLoop(shape, ops.map((a) => a.addr), strides, (n, addrs, steps) => {
    for (let done = 0; done < n; ) {
      const m = Math.min(n - done, CHUNK);
      args[0] = m;
      for (let i = 0; i < addrs.length; i++) {
        args[1 + 2 * i] = addrs[i] + done * steps[i];
        args[2 + 2 * i] = steps[i];
      }
      if (k(...args) !== 1) finite = false;
      done += m;
      if ((work += m) >= CHUNK) {
        work = 0;
        checkpoint();
      }
    }
  });
  return finite;
}

/** element-wise kernels at least this long share their chunks with the helper thread (runtime/parallel.ts) */
const SHARED_ELEMENTS = 1 << 20;

/**
 * Whether chunks may run in any order, on two threads: every output either is laid out exactly as an
 * operand it shares memory with (element i reads and writes the same place) or shares none.
 */
function separate(ops: NDArray[], strides: number[][], shape: number[], nOut: number): boolean {
  const extent = (i: number): [number, number] => {
    let lo = ops[i].addr, hi = ops[i].addr + ops[i].itemsize;
    strides[i].forEach((st, d) => (st < 0 ? (lo += st * (shape[d] - 1)) : (hi += st * (shape[d] - 1))));
    return [lo, hi];
  };
  for (let o = ops.length - nOut; o < ops.length; o++) {
    const [olo, ohi] = extent(o);
    for (let i = 0; i < ops.length; i++) {
      if (i === o) continue;
      const [lo, hi] = extent(i);
      if (hi <= olo || lo >= ohi) continue;
      if (ops[i].addr !== ops[o].addr || ops[i].itemsize !== ops[o].itemsize || strides[i].some((st, d) => st !== strides[o][d])) return false;
    }
  }
  return true;
}

/** The kernel's chunks as rows on both threads: whether all values were finite, or null when too many rows. */
function runShared(par: ParallelFn, ops: NDArray[], strides: number[][], shape: number[]): boolean | null {
  const rows: number[][] = [];
  let tooMany = false;
  stridedLoop(shape, ops.map((a) => a.addr), strides, (n, addrs, steps) => {
    for (let done = 0; done < n && !tooMany; ) {
      const m = Math.min(n - done, CHUNK);
      const row = [m];
      for (let i = 0; i < addrs.length; i++) row.push(addrs[i] + done * steps[i], steps[i]);
      rows.push(row);
      tooMany = rows.length > MAX_ROWS;
      done += m;
    }
  });
  if (tooMany) return null;
  const res = runRows(par, rows.length, 1 + 2 * ops.length, (r, a) => {
    const row = rows[r];
    for (let j = 0; j < row.length; j++) a[j] = row[j];
  });
  return res.every((x) => x === 1);
}

/**
 * Long kernels run in chunks of CHUNK elements with a call to `checkpoint` between them: the host
 * installs a function that may throw (the interpreter's interrupt and deadline poll), so Ctrl-C stops
 * `np.sin(big)` within milliseconds instead of after the whole array.
 */
const CHUNK = 1 << 18;
let checkpoint: () => void = () => {};
export function setCheckpoint(f: () => void): void {
  checkpoint = f;
}

/**
 * A reduction whose last axis is kept (`m.sum(axis=0)`, `m.max(axis=1)` of a 3-d array): NumPy's inner
 * loop runs along the kept axis, so each output element accumulates its inputs one after another, in C
 * order of the reduced axes. Done slice by slice with the element-wise kernel, out = out OP slice (SIMD
 * along the rows), starting from `initial` or, without one, from the first slice. False (nothing done)
 * when the kernel or the shapes do not suit: the general loop below takes over.
 */
function reduceBySlices(loop: Loop, arr: NDArray, rAxes: number[], keep: number[], outShape: number[], out: NDArray, initial: any): boolean {
  const nd = arr.ndim;
  if (!wasmEnabled || rAxes.length === 0 || keep.length === 0 || keep[keep.length - 1] !== nd - 1 || out.ndim !== keep.length) return false;
  if (loop.outs.length !== 1 || loop.ins[1] !== loop.ins[0] || loop.outs[0] !== out.dtype) return false;
  // enough elements per slice to pay for a kernel call each
  if (arr.shape[nd - 1] < 16 || shapeSize(outShape) < 64) return false;
  const rShape = rAxes.map((i) => arr.shape[i]);
  const count = shapeSize(rShape);
  if (count === 0) return false;
  const kStrides = keep.map((i) => arr.strides[i]);
  // kept axes that coalesce to one contiguous row in both out and arr, of floats added or multiplied:
  // several rows per pass (reduceRows.ts; the same operations per column, in row order)
  const [sh, st] = coalesce(outShape, [out.strides, kStrides]);
  const size = out.itemsize;
  const float = arr.dtype === out.dtype && arr.dtype.kind === 'f' && arr.dtype.isNative && (loop.name === 'add' || loop.name === 'multiply');
  const rows = float && sh.length === 1 && st[0][0] === size && st[1][0] === size && rowKernels(loop.name, size) !== null;
  if (!rows && elementwiseKernel(loop, [out.dtype, arr.dtype], [out.dtype]) === null) return false;
  const slice = (k: number): NDArray => {
    let off = arr.offset;
    for (let j = rAxes.length - 1; j >= 0; j--) {
      off += (k % rShape[j]) * arr.strides[rAxes[j]];
      k = Math.floor(k / rShape[j]);
    }
    return arr.view(outShape, kStrides, off);
  };
  let first = 0;
  if (initial !== undefined) {
    const wr = writer(out.dtype);
    const dv = heap.view();
    stridedLoop(outShape, [out.addr], [out.strides], (n, addrs, steps) => {
      for (let i = 0, p = addrs[0]; i < n; i++, p += steps[0]) wr(dv, p, initial);
    });
  } else {
    const cp = findLoop('positive', [arr.dtype]) ?? null;
    if (cp === null || cp.outs[0] !== out.dtype) return false;
    runElementwise(cp, [slice(0)], [out], outShape);
    first = 1;
  }
  if (rows) return combineRows(loop.name as RowKind, size, sh[0], out.addr, (r) => slice(r).addr, first, count);
  // kept axes that coalesce to one row in both out and arr: call the kernel on raw addresses
  const k = elementwiseKernel(loop, [out.dtype, arr.dtype], [out.dtype]);
  if (sh.length === 1 && k !== null) {
    const n = sh[0], so = st[0][0], sa = st[1][0], o = out.addr;
    for (let r = first; r < count; r++) k(n, o, so, slice(r).addr, sa, o, so);
    return true;
  }
  for (let r = first; r < count; r++) runElementwise(loop, [out, slice(r)], [out], outShape);
  return true;
}

/**
 * Rounding of each step's result to a float loop's precision (complex64: both parts). NumPy's float16
 * loops compute in float32 and store float16, so each step rounds twice (reductions: see `halfRows`).
 */
function stepRound(dt: DType): ((x: any) => any) | null {
  if (dt.kind === 'c') return dt.itemsize === 8 ? (c: Complex) => new Complex(Math.fround(c.re), Math.fround(c.im)) : null;
  if (dt.kind !== 'f' || dt.itemsize === 8) return null;
  return dt.itemsize === 4 ? Math.fround : (x: number) => roundHalf(Math.fround(x));
}

const EXTREMES = new Set(['maximum', 'minimum', 'fmax', 'fmin']);
/** on booleans, any and all are the maximum and minimum */
const BOOL_EXTREMES: Record<string, ExtremeOp> = { logical_or: 'maximum', logical_and: 'minimum', maximum: 'maximum', minimum: 'minimum' };

/**
 * Reduce `arr` with `loop` (a binary loop whose inputs and output share one dtype) over `axes`; the
 * result has the reduced axes removed. `initial` (in the loop's domain) seeds every output element;
 * without it the first element along the axes does. Float additions along the fastest-varying reduced
 * axis use pairwise summation, as NumPy's inner loop does, so sums match NumPy's digits.
 */
export function runReduce(loop: Loop, arr: NDArray, axes: number[], out: NDArray, initial: any, where: NDArray | null = null): void {
  if (trace.level === 0) return reduce(loop, arr, axes, out, initial, where);
  const t0 = performance.now();
  reduce(loop, arr, axes, out, initial, where);
  traceLaunch(`${loop.name}.reduce ${arr.dtype.name} axes=(${axes.join(',')})`, arr.shape, t0);
}

/**
 * The axes of a reduction's operands in the order NumPy's iterator walks them (order='K'): length-1 axes
 * dropped, the rest sorted by decreasing |stride| of the input (and where= mask) with NumPy's stable
 * insertion sort, then neighbours coalesced when both are reduced (or both kept) and lie evenly in
 * memory. A C-contiguous `m.sum(axis=(1, 2))` so sums each output's elements as one pairwise row, and a
 * transposed input is summed in its memory order. Null when this changes nothing; `temp` is a buffer
 * copy to free afterwards.
 */
type Walk = { arr: NDArray; axes: number[]; out: NDArray; where: NDArray | null; temp: NDArray | null };
function iterationOrder(loop: Loop, arr: NDArray, axes: number[], out: NDArray, where: NDArray | null): Walk | null {
  const nd = arr.ndim;
  if (nd < 2 || arr.size === 0) return null;
  const red = new Set(axes);
  const keep = [...Array(nd).keys()].filter((i) => !red.has(i));
  if (out.ndim !== keep.length) return null;
  const ost = new Array(nd).fill(0);
  keep.forEach((ax, j) => (ost[ax] = out.strides[j]));
  const wst = where ? broadcastStrides(where, arr.shape) : null;
  const live = [...Array(nd).keys()].filter((d) => arr.shape[d] !== 1);
  if (live.length === 0) return null;
  const keys = [arr.strides, ...(wst ? [wst] : [])];
  // NumPy's insertion sort, innermost first, starting from C order; an axis moves inwards past another
  // only when the operands striding along both agree it is the smaller stride
  const perm = insertionSortAxes(live.slice().reverse(), keys, (st, j0, j1) => {
    const s0 = Math.abs(st[j0]), s1 = Math.abs(st[j1]);
    return s0 === 0 || s1 === 0 ? null : s1 > s0;
  });
  perm.reverse();
  type Group = { n: number; s: number; o: number; w: number; red: boolean };
  const groups: Group[] = [];
  for (const d of perm) {
    const g = groups[groups.length - 1];
    const n = arr.shape[d], s = arr.strides[d], o = ost[d], w = wst ? wst[d] : 0;
    if (g && g.red === red.has(d) && g.s === n * s && g.o === n * o && g.w === n * w) {
      g.n *= n;
      g.s = s;
      g.o = o;
      g.w = w;
    } else groups.push({ n, s, o, w, red: red.has(d) });
  }
  const kept = groups.filter((g) => !g.red);
  // several reduced groups innermost that fit NumPy's 8192-element buffer are copied there and summed as
  // one pairwise row (float and complex sums; other loops give the same result walked in place)
  let core = 0;
  while (core < groups.length && groups[groups.length - 1 - core].red) core++;
  const coreSize = groups.slice(groups.length - core).reduce((p, g) => p * g.n, 1);
  if (core >= 2 && coreSize <= REDUCE_BUFFER && where === null && pairwiseLoop(loop)) {
    const shape = groups.map((g) => g.n);
    const tmp = NDArray.empty(shape, arr.dtype);
    const cp = findLoop('positive', [arr.dtype]);
    if (cp !== null && cp.outs[0] === arr.dtype) {
      runElementwise(cp, [plainView(arr, shape, groups.map((g) => g.s))], [tmp], shape);
      const rows = shape.slice(0, shape.length - core);
      return {
        arr: tmp.view([...rows, coreSize], contiguousStrides([...rows, coreSize], arr.itemsize), 0),
        axes: groups.slice(0, groups.length - core).map((g, i) => (g.red ? i : -1)).filter((i) => i >= 0).concat([rows.length]),
        out: plainView(out, kept.map((g) => g.n), kept.map((g) => g.o)),
        where: null,
        temp: tmp,
      };
    }
  }
  const same = groups.length === nd && perm.every((d, i) => d === i);
  if (same) return null;
  return {
    arr: plainView(arr, groups.map((g) => g.n), groups.map((g) => g.s)),
    axes: groups.map((g, i) => (g.red ? i : -1)).filter((i) => i >= 0),
    out: plainView(out, kept.map((g) => g.n), kept.map((g) => g.o)),
    where: where ? plainView(where, groups.map((g) => g.n), groups.map((g) => g.w)) : null,
    temp: null,
  };
}

/** a view of a's memory as a base-class array (no subclass hook: np.matrix would make it 2-d again) */
function plainView(a: NDArray, shape: number[], strides: number[]): NDArray {
  return new NDArray(a.block, a.dtype, shape, strides, a.offset, a.owner, a.writeable);
}

/** NumPy's ufunc buffer size: the most elements a buffered reduction copies at once */
const REDUCE_BUFFER = 8192;

/** float and complex additions: the loops whose reduction sums rows pairwise, so the row split shows */
function pairwiseLoop(loop: Loop): boolean {
  return loop.name === 'add' && (loop.ins[0].kind === 'f' || loop.ins[0].kind === 'c');
}

function reduce(loop: Loop, arr: NDArray, axes: number[], out: NDArray, initial: any, where: NDArray | null): void {
  launches.n++;
  const it = iterationOrder(loop, arr, axes, out, where);
  if (it === null) return reduceWalk(loop, arr, axes, out, initial, where);
  reduceWalk(loop, it.arr, it.axes, it.out, initial, it.where);
  if (it.temp !== null) heap.free(it.temp.block);
}

function reduceWalk(loop: Loop, arr: NDArray, axes: number[], out: NDArray, initial: any, where: NDArray | null): void {
  const nd = arr.ndim;
  const red = new Set(axes);
  const keep = [...Array(nd).keys()].filter((i) => !red.has(i));
  const rAxes = [...Array(nd).keys()].filter((i) => red.has(i));
  const dt = loop.ins[0];
  const rd = inputAccess(arr, dt).rd;
  const wr = outputWriter(out, loop.outs[0]);
  const fn = loop.fn;
  const outShape = keep.map((i) => arr.shape[i]);
  // datetime/timedelta loops (NaT-aware, in JS) have no WASM kernels
  const time = dt.timeUnit !== null;
  if (where === null && !time && reduceBySlices(loop, arr, rAxes, keep, outShape, out, initial)) return;
  const outStrides = out.ndim === keep.length ? out.strides : contiguousStrides(outShape, out.itemsize);
  const dv = heap.view();
  const wdv = where;
  const wStrides = wdv ? broadcastStrides(wdv, arr.shape) : null;
  const pairwiseOK = loop.name === 'add' && dt.kind === 'f' && wdv === null && rAxes.length >= 1;
  // pairwise applies along the innermost reduced axis when it is the last axis of the array
  // the inner loop runs along the last axis longer than 1 (NumPy's iterator drops length-1 axes); when
  // that axis is reduced, each row of it is summed pairwise
  let lastLong = nd - 1;
  while (lastLong > 0 && arr.shape[lastLong] === 1) lastLong--;
  const innerAxis = red.has(lastLong) ? lastLong : -1;
  const innerLen = innerAxis >= 0 ? arr.shape[innerAxis] : 1;
  const usePairwise = pairwiseOK && innerLen > 1;
  // complex sums: NumPy's complex pairwise summation, real and imaginary parts in lanes of their own
  const useComplexPairwise = loop.name === 'add' && dt.kind === 'c' && wdv === null && rAxes.length >= 1 && innerLen > 1;
  const crnd = dt.itemsize === 8 ? Math.fround : (x: number) => x;
  const kernel = wasmEnabled && !time && loop.name === 'add' && wdv === null && innerLen > 1 && dt.kind !== 'b' ? sumKernel(arr.dtype, dt) : null;
  // max/min of rows: the WebAssembly loop of the same scalar rule (extremes.ts)
  const extremeOp = dt.kind === 'b' ? BOOL_EXTREMES[loop.name] : EXTREMES.has(loop.name) ? (loop.name as ExtremeOp) : undefined;
  // (booleans come back as 0 and 1, as the loops read them)
  const extreme = extremeOp !== undefined && wasmEnabled && !time && wdv === null && innerLen > 1 && arr.dtype === dt ? extremeKernel(dt, extremeOp) : null;
  const unsignedAcc = dt.kind === 'u';
  const sr = stepRound(dt);
  const rnd = sr ?? ((x: number) => x);
  // float16 reductions along the inner axis keep their running value in float32 until a row is stored
  // (NumPy's HALF_* reduce loops); elsewhere every step is stored as float16
  const halfRows = dt.kind === 'f' && dt.itemsize === 2 && innerAxis >= 0 ? innerLen : 0;
  const rowRnd = halfRows ? Math.fround : rnd;
  // the reduced positions in iteration order (C order over the reduced axes); when whole rows are
  // summed at once only each row's start is needed
  const rowWise = kernel !== null || extreme !== null || usePairwise || useComplexPairwise;
  const offAxes = rowWise ? rAxes.filter((ax) => ax !== innerAxis) : rAxes;
  const offShape = offAxes.map((i) => arr.shape[i]);
  const offCount = shapeSize(offShape);
  const offsets: number[] = new Array(offCount);
  const woffsets: number[] | null = wStrides ? new Array(offCount) : null;
  {
    const idx = new Array(offAxes.length).fill(0);
    for (let k = 0; k < offCount; k++) {
      let o = 0, w = 0;
      for (let j = 0; j < offAxes.length; j++) {
        o += idx[j] * arr.strides[offAxes[j]];
        if (wStrides) w += idx[j] * wStrides[offAxes[j]];
      }
      offsets[k] = o;
      if (woffsets) woffsets[k] = w;
      for (let j = offAxes.length - 1; j >= 0; j--) {
        if (++idx[j] < offShape[j]) break;
        idx[j] = 0;
      }
    }
  }
  const oIdx = new Array(keep.length).fill(0);
  const outSize = shapeSize(outShape);
  for (let q = 0; q < outSize; q++) {
    let base = arr.addr, obase = out.addr, wbase = wdv ? wdv.addr : 0;
    for (let j = 0; j < keep.length; j++) {
      base += oIdx[j] * arr.strides[keep[j]];
      obase += oIdx[j] * outStrides[j];
      if (wStrides) wbase += oIdx[j] * wStrides[keep[j]];
    }
    let acc = initial;
    let started = initial !== undefined;
    if (extreme) {
      const step = arr.strides[innerAxis];
      for (let r = 0; r < offCount; r++) {
        const s = extreme(base + offsets[r], innerLen, step);
        acc = started ? fn(acc, s) : s;
        started = true;
      }
    } else if (kernel) {
      // WASM row sums: pairwise for floats (NumPy's digits), exact 64-bit sums for integers
      const step = arr.strides[innerAxis];
      for (let r = 0; r < offCount; r++) {
        let s = kernel(base + offsets[r], innerLen, step);
        if (unsignedAcc) s = BigInt.asUintN(64, s as bigint);
        if (!started) {
          acc = s;
          started = true;
        } else acc = typeof s === 'bigint' ? acc + s : rnd(acc + s);
      }
    } else if (useComplexPairwise) {
      const step = arr.strides[innerAxis];
      for (let r = 0; r < offCount; r++) {
        const rowBase = base + offsets[r];
        const get = (i: number) => rd(dv, rowBase + i * step) as Complex;
        let first = 0;
        if (!started) {
          acc = get(0);
          first = 1;
          started = true;
        }
        const [re, im] = complexPairwise(get, first, innerLen - first, crnd);
        acc = new Complex(crnd(acc.re + re), crnd(acc.im + im));
      }
    } else if (usePairwise) {
      const step = arr.strides[innerAxis];
      for (let r = 0; r < offCount; r++) {
        const rowBase = base + offsets[r];
        const get = (i: number) => rd(dv, rowBase + i * step);
        if (!started) {
          acc = rnd(get(0) + pairwise(get, 1, innerLen - 1, rowRnd));
          started = true;
        } else acc = rnd(acc + pairwise(get, 0, innerLen, rowRnd));
        // (callers pass the identity as `initial`, as NumPy starts add-reductions from 0)
      }
    } else {
      for (let k = 0; k < offCount; k++) {
        if (woffsets && dv.getUint8(wbase + woffsets[k]) === 0) continue;
        const v = rd(dv, base + offsets[k]);
        if (!started) {
          acc = v;
          started = true;
        } else if (halfRows) acc = (k + 1) % halfRows === 0 ? rnd(fn(acc, v)) : Math.fround(fn(acc, v));
        else acc = sr ? sr(fn(acc, v)) : fn(acc, v);
      }
    }
    if (started) wr(dv, obase, acc);
    for (let j = keep.length - 1; j >= 0; j--) {
      if (++oIdx[j] < outShape[j]) break;
      oIdx[j] = 0;
    }
  }
}

/** Accumulate along `axis` (out has arr's shape): out[..., i] = fn(out[..., i-1], arr[..., i]). */
export function runAccumulate(loop: Loop, arr: NDArray, axis: number, out: NDArray): void {
  const dt = loop.ins[0];
  const rd = inputAccess(arr, dt).rd;
  const ord = reader(out.dtype);
  const ocv = out.dtype.native === dt ? null : converter(out.dtype.native, dt);
  const wr = outputWriter(out, loop.outs[0]);
  const n = arr.shape[axis];
  if (n === 0 || arr.size === 0) return;
  const otherShape = arr.shape.filter((_, i) => i !== axis);
  const aSt = arr.strides.filter((_, i) => i !== axis);
  const oSt = out.strides.filter((_, i) => i !== axis);
  const as = arr.strides[axis], os = out.strides[axis];
  // rows of one float64/float32/int64 dtype throughout: the WebAssembly loop (accumulate.ts)
  const k = wasmEnabled && arr.dtype === dt && out.dtype === dt && loop.outs[0] === dt ? accumulateKernel(dt, loop.name) : null;
  if (k !== null) {
    stridedLoop(otherShape, [arr.addr, out.addr], [aSt, oSt], (cnt, [pa, po], [sa, so]) => {
      for (let c = 0; c < cnt; c++, pa += sa, po += so) k(n, pa, as, po, os);
    });
    return;
  }
  const dv = heap.view();
  stridedLoop(otherShape, [arr.addr, out.addr], [aSt, oSt], (cnt, addrs, steps) => {
    let pa = addrs[0], po = addrs[1];
    for (let c = 0; c < cnt; c++, pa += steps[0], po += steps[1]) {
      let acc = rd(dv, pa);
      wr(dv, po, acc);
      // read back so the running value has the output's precision, as NumPy's in-place loop does
      acc = ocv ? ocv(ord(dv, po)) : ord(dv, po);
      for (let i = 1; i < n; i++) {
        acc = loop.fn(acc, rd(dv, pa + i * as));
        wr(dv, po + i * os, acc);
        acc = ocv ? ocv(ord(dv, po + i * os)) : ord(dv, po + i * os);
      }
    }
  });
}
