/**
 * Long float sums at memory speed with NumPy's digits. One pass over a long row reads one stream of
 * 4 KiB pages, and the hardware prefetcher stops at every page boundary: NumPy hides that with huge
 * pages (it madvises its big allocations; without them its sum of 50M float64 takes 1.7× as long),
 * which WebAssembly memory never gets. Several streams at once, far apart, keep the memory busy.
 *
 * Pairwise summation (reduce.ts) fixes the additions: the row splits in halves (the first a multiple of
 * 8 long) down to blocks of at most 128. The sum of a subtree is the pairwise sum of its elements alone,
 * so the row is cut at one depth of the tree into pieces of at most PIECE elements, the pieces are summed
 * K at a time by a kernel that runs K pairwise sums of equal length in lockstep (the same additions per
 * stream), and the piece sums combine as the top of the tree does. Splitting n into ⌊n/16⌋·8 and the
 * rest keeps the pieces of one depth to a few distinct lengths, so nearly all go in groups of K.
 *
 * Used for contiguous float32/float64 rows summed in their own dtype.
 */
import { Block, heap } from '../memory';
import { Code, Op, Simd, I32, F32, F64, V128, ValType, assemble } from './assembler';
import { compileModule } from './module';
import { combinePieces, pairwisePieces } from '../pairwise';
import { MAX_ROWS, ParallelFn, parallelFn, runRows, threadsReady } from '../parallel';

/** `sums(p0, …, p{K-1}, n, out)`: the pairwise sums of n elements at each p, stored at out */
type SumK = ParallelFn;

/** streams summed at once: with three the 12 accumulator vectors stay in registers (measured: 3 as fast as 4, 6 or 8) */
const K = 3;

/** elements per piece: calls short enough for V8 to swap in optimized code between them */
const PIECE = 1 << 16;
/** rows shorter than this are summed by the one-stream kernel */
export const STREAM_MIN = 4 * PIECE;

const kernels = new Map<number, SumK | null>();

function kernel(size: 4 | 8): SumK | null {
  let k = kernels.get(size);
  if (k === undefined) kernels.set(size, (k = build(size)));
  return k;
}

/** The pairwise sum of n contiguous elements at p, in float64 (size 8) or float32 (size 4), or null. */
export function streamedSum(p: number, n: number, size: 4 | 8, single: (p: number, n: number) => number): number | null {
  const k = kernel(size);
  if (k === null) return null;
  const rnd = size === 4 ? Math.fround : (x: number) => x;
  // the pieces at that depth, in order (the same split as pairwise_sum's)
  const { starts, lens, depth } = pairwisePieces(n, PIECE);
  // sum equal-length pieces K at a time
  const sums = new Float64Array(starts.length);
  const byLen = new Map<number, number[]>();
  lens.forEach((len, i) => (byLen.get(len) ?? byLen.set(len, []).get(len)!).push(i));
  if (threadsReady()) {
    // one row per K pieces of a length (the last group padded with repeats), shared with the helper thread
    const rows: number[][] = [];
    for (const [len, idx] of byLen) for (let j = 0; j < idx.length; j += K) rows.push([len, ...[...Array(K).keys()].map((t) => idx[Math.min(j + t, idx.length - 1)])]);
    if (rows.length <= MAX_ROWS) {
      const base = scratch(MAX_ROWS * K * 8);
      runRows(k, rows.length, K + 2, (r, a) => {
        const row = rows[r];
        for (let t = 0; t < K; t++) a[t] = p + starts[row[1 + t]] * size;
        a[K] = row[0];
        a[K + 1] = base + r * K * size;
      });
      const all = size === 8 ? new Float64Array(heap.memory.buffer, base, rows.length * K) : new Float32Array(heap.memory.buffer, base, rows.length * K);
      rows.forEach((row, r) => {
        for (let t = 0; t < K; t++) sums[row[1 + t]] = all[r * K + t];
      });
      return combinePieces(sums, depth, rnd);
    }
  }
  const out = scratch(8 * K);
  const args = new Array(K + 2).fill(out);
  const f = k.local;
  for (const [len, idx] of byLen) {
    let j = 0;
    for (; j + K <= idx.length; j += K) {
      for (let t = 0; t < K; t++) args[t] = p + starts[idx[j + t]] * size;
      args[K] = len;
      f(...args);
      const r = size === 8 ? new Float64Array(heap.memory.buffer, out, K) : new Float32Array(heap.memory.buffer, out, K);
      for (let t = 0; t < K; t++) sums[idx[j + t]] = r[t];
    }
    for (; j < idx.length; j++) sums[idx[j]] = single(p + starts[idx[j]] * size, len);
  }
  return combinePieces(sums, depth, rnd);
}

/** where the kernel leaves its results (the Block is held so that it is never reclaimed) */
let scratchBlock: Block | null = null;
function scratch(bytes: number): number {
  if (scratchBlock === null || scratchBlock.size < bytes) {
    if (scratchBlock) heap.free(scratchBlock);
    scratchBlock = heap.alloc(bytes);
  }
  return scratchBlock.ptr;
}

function build(size: 4 | 8): SumK | null {
  const at: ValType = size === 8 ? F64 : F32;
  const add = size === 8 ? Op.f64_add : Op.f32_add;
  const ld = size === 8 ? Op.f64_load : Op.f32_load;
  const vadd = size === 8 ? Simd.f64x2_add : Simd.f32x4_add;
  const ext = size === 8 ? Simd.f64x2_extract_lane : Simd.f32x4_extract_lane;
  const lanes = 16 / size, nv = 8 / lanes;
  const streams = [...Array(K).keys()];
  // pw(p0…, n) -> (s0, …): params p_s = s and N, then I, Q, END, R (results), L (left sums), V (nv per stream)
  const N = K, I = K + 1, Q = K + 2, END = K + 3, R = K + 4, L = R + K, V = L + K;
  const c = new Code();
  const zero = () => (size === 8 ? c.f64(0) : c.f32(0));
  const results = () => {
    for (const s of streams) c.get(R + s);
    c.op(Op.return);
  };
  /** r_s += element i of every stream for i from I to n, then return */
  const finish = () => {
    c.op(Op.block, 0x40, Op.loop, 0x40);
    c.get(I).get(N).op(Op.i32_ge_s, Op.br_if, 1);
    for (const s of streams) c.get(R + s).get(s).get(I).i32(size).op(Op.i32_mul, Op.i32_add).mem(ld, 0).op(add).set(R + s);
    c.get(I).i32(1).op(Op.i32_add).set(I);
    c.op(Op.br, 0, Op.end, Op.end);
    results();
  };
  // n < 8: one by one from 0
  c.get(N).i32(8).op(Op.i32_lt_s, Op.if, 0x40);
  for (const s of streams) zero(), c.set(R + s);
  c.i32(0).set(I);
  finish();
  c.op(Op.end);
  // n <= 128: eight accumulators per stream, as SIMD lanes
  c.get(N).i32(128).op(Op.i32_le_s, Op.if, 0x40);
  for (const s of streams) for (let j = 0; j < nv; j++) c.get(s).simdMem(Simd.v128_load, 16 * j).set(V + s * nv + j);
  c.i32(8 * size).set(Q);
  c.get(N).get(N).i32(8).op(Op.i32_rem_s, Op.i32_sub).tee(I).i32(size).op(Op.i32_mul).set(END);
  c.op(Op.block, 0x40, Op.loop, 0x40);
  c.get(Q).get(END).op(Op.i32_ge_u, Op.br_if, 1);
  for (const s of streams) {
    for (let j = 0; j < nv; j++) c.get(V + s * nv + j).get(s).get(Q).op(Op.i32_add).simdMem(Simd.v128_load, 16 * j).simd(vadd).set(V + s * nv + j);
  }
  c.get(Q).i32(8 * size).op(Op.i32_add).set(Q);
  c.op(Op.br, 0, Op.end, Op.end);
  for (const s of streams) {
    // r_k is lane k % lanes of vector ⌊k / lanes⌋: ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
    const r = (k: number) => c.get(V + s * nv + Math.floor(k / lanes)).simd(ext, k % lanes);
    r(0), r(1), c.op(add), r(2), r(3), c.op(add, add);
    r(4), r(5), c.op(add), r(6), r(7), c.op(add, add);
    c.op(add).set(R + s);
  }
  finish();
  c.op(Op.end);
  // split: n2 = n / 2 - (n / 2) % 8; the first halves of every stream, then the second halves
  c.get(N).i32(2).op(Op.i32_div_s).tee(I).get(I).i32(8).op(Op.i32_rem_s, Op.i32_sub).set(I);
  for (const s of streams) c.get(s);
  c.get(I).op(Op.call, 0);
  for (let s = K - 1; s >= 0; s--) c.set(L + s);
  for (const s of streams) c.get(s).get(I).i32(size).op(Op.i32_mul, Op.i32_add);
  c.get(N).get(I).op(Op.i32_sub).op(Op.call, 0);
  for (let s = K - 1; s >= 0; s--) c.set(R + s);
  for (const s of streams) c.get(L + s).get(R + s).op(add);
  // entry: sums(p0…, n, out) stores the sums at out
  const e = new Code();
  const OUT = K + 1, T = K + 2;
  for (let s = 0; s <= K; s++) e.get(s);
  e.op(Op.call, 0);
  for (let s = K - 1; s >= 0; s--) e.set(T + s);
  for (const s of streams) e.get(OUT).get(T + s).mem(size === 8 ? Op.f64_store : Op.f32_store, 0, s * size);
  const ptrs: ValType[] = new Array(K + 1).fill(I32);
  const locals: ValType[] = [I32, I32, I32, ...new Array(2 * K).fill(at), ...new Array(K * nv).fill(V128)];
  try {
    const bytes = assemble([
      { name: 'pw', params: ptrs, results: new Array(K).fill(at), locals, body: c },
      { name: 'sums', params: [...ptrs, I32], results: [], locals: new Array(K).fill(at), body: e },
    ]);
    const mod = compileModule(bytes, 'multi-stream pairwise sum');
    const inst = new WebAssembly.Instance(mod, { env: { mem: heap.memory } });
    return parallelFn(mod, 'sums', inst.exports.sums as (...a: number[]) => void);
  } catch (err) {
    if ((globalThis as any).process?.env?.NDPY_DEBUG_WASM) throw err;
    return null;
  }
}
