/**
 * Reduction over leading axes, several rows per pass: `m.sum(axis=0)` of a C-contiguous matrix adds the
 * rows one after another into an accumulator row, as NumPy's iterator does (its inner loop runs along
 * the kept last axis). Doing that one row per kernel call reads and writes the accumulator row once per
 * input row, and reads a single memory stream; here a pass takes ROWS rows at once, so each column
 * value stays in a register while it meets the rows in order — out[j] = (((out[j] + r0[j]) + r1[j]) + …)
 * — which is the same sequence of operations, and the ROWS rows are separate streams that keep the
 * memory busy (see sumStreams.ts on why one stream is slow).
 *
 * Kinds: `add` and `multiply` (the ufunc reductions); `sqdev`, which adds (r[j] - c[j])² for a
 * centre row c: np.var's sum of squared deviations, each square rounded exactly as NumPy's temporaries
 * x = arr - mean, x = x * x round it, without writing them; and for the variance of a difference
 * (`(m - mu).var(axis=0)`, the array m - mu never written) `dev`, which adds r[j] - c[j], and `sqdev2`,
 * which adds ((r[j] - c[j]) - d[j])² for two centre rows c and d. `rows(n, out, [c, [d,]] p0, …,
 * p{ROWS-1})` and `row(n, out, [c, [d,]] p0)` for contiguous float64/float32 rows, with SIMD lanes
 * across columns: IEEE results lane by lane, bit for bit the scalar loop's. `span` runs a whole range of
 * evenly spaced rows (ROWS at a time, then one by one); as columns are independent, long reductions give
 * shares of the columns, each with all rows in order, to both threads (runtime/parallel.ts).
 */
import { heap } from '../memory';
import { Code, Op, Simd, I32, F32, F64, V128, ValType, assemble } from './assembler';
import { compileModule } from './module';
import { ParallelFn, parallelFn, runRows, threadsReady } from '../parallel';

/** rows per pass of the `rows` kernel */
export const ROWS = 8;

export type RowKind = 'add' | 'multiply' | 'sqdev' | 'dev' | 'sqdev2';

/** [f64x2, f32x4, f64, f32] opcodes of the combining operation */
const COMBINE: Record<RowKind, number[]> = {
  add: [Simd.f64x2_add, Simd.f32x4_add, Op.f64_add, Op.f32_add],
  multiply: [Simd.f64x2_mul, Simd.f32x4_mul, Op.f64_mul, Op.f32_mul],
  sqdev: [Simd.f64x2_add, Simd.f32x4_add, Op.f64_add, Op.f32_add],
  dev: [Simd.f64x2_add, Simd.f32x4_add, Op.f64_add, Op.f32_add],
  sqdev2: [Simd.f64x2_add, Simd.f32x4_add, Op.f64_add, Op.f32_add],
};

/** centre rows subtracted from every row before combining, and whether the difference is squared */
const CENTRES: Record<RowKind, number> = { add: 0, multiply: 0, sqdev: 1, dev: 1, sqdev2: 2 };
const SQUARED: Record<RowKind, boolean> = { add: false, multiply: false, sqdev: true, dev: false, sqdev2: true };

export interface RowKernels {
  /** out[j] = out[j] OP v(p0[j]) OP … OP v(p{ROWS-1}[j]) for j < n; the centre rows come first */
  rows: (n: number, out: number, ...rows: number[]) => void;
  /** the same for one row */
  row: (n: number, out: number, ...rows: number[]) => void;
  /** `span(n, out, centres…, base, stride, first, count)`: rows first..count-1 at base + r·stride, as combineRows does */
  span: ParallelFn;
}

const cache = new Map<string, RowKernels | null>();

/** The row kernels of a kind over float64 (size 8) or float32 (size 4) rows, or null. */
export function rowKernels(kind: string, size: number): RowKernels | null {
  if (!(kind in COMBINE) || (size !== 4 && size !== 8)) return null;
  const key = kind + size;
  let k = cache.get(key);
  if (k === undefined) cache.set(key, (k = build(kind as RowKind, size)));
  return k;
}

/** a kernel over `count` rows: params n, out, centres…, p0…; locals J, END, then v128 and scalar temporaries */
function body(kind: RowKind, size: number, count: number): { params: ValType[]; locals: ValType[]; c: Code } {
  const d64 = size === 8;
  const [vop, sop] = d64 ? [COMBINE[kind][0], COMBINE[kind][2]] : [COMBINE[kind][1], COMBINE[kind][3]];
  const [vsub, ssub] = d64 ? [Simd.f64x2_sub, Op.f64_sub] : [Simd.f32x4_sub, Op.f32_sub];
  const [vmul, smul] = d64 ? [Simd.f64x2_mul, Op.f64_mul] : [Simd.f32x4_mul, Op.f32_mul];
  const ld = d64 ? Op.f64_load : Op.f32_load, st = d64 ? Op.f64_store : Op.f32_store;
  const nc = CENTRES[kind], squared = SQUARED[kind];
  const N = 0, OUT = 1, CEN = 2, P = CEN + nc;
  // v128 locals: A (4 accumulators), C (4 per centre), D (a difference); scalars X, Y (one per centre), E
  const J = P + count, END = J + 1, A = END + 1, C = A + 4, D = C + 4 * nc, X = D + 1, Y = X + 1, E = Y + nc;
  const c = new Code();
  c.get(N).i32(size).op(Op.i32_mul).set(END);
  /** (v - c0) - c1 for the centre values pushed by `centre(k)` (v on the stack), squared for sq kinds */
  const centred = (centre: (k: number) => void, sub: () => void, mul: () => void, tmp: number) => {
    for (let k = 0; k < nc; k++) centre(k), sub();
    if (squared) c.tee(tmp).get(tmp), mul();
  };
  /** columns [J, J + 16·vecs) while they fit: vecs vectors side by side (independent chains) */
  const vectors = (vecs: number) => {
    c.op(Op.block, 0x40, Op.loop, 0x40);
    c.get(J).i32(16 * vecs).op(Op.i32_add).get(END).op(Op.i32_gt_u, Op.br_if, 1);
    for (let u = 0; u < vecs; u++) {
      c.get(OUT).get(J).op(Op.i32_add).simdMem(Simd.v128_load, 16 * u).set(A + u);
      for (let k = 0; k < nc; k++) c.get(CEN + k).get(J).op(Op.i32_add).simdMem(Simd.v128_load, 16 * u).set(C + 4 * k + u);
    }
    for (let r = 0; r < count; r++) {
      for (let u = 0; u < vecs; u++) {
        c.get(A + u).get(P + r).get(J).op(Op.i32_add).simdMem(Simd.v128_load, 16 * u);
        centred((k) => c.get(C + 4 * k + u), () => c.simd(vsub), () => c.simd(vmul), D);
        c.simd(vop).set(A + u);
      }
    }
    for (let u = 0; u < vecs; u++) c.get(OUT).get(J).op(Op.i32_add).get(A + u).simdMem(Simd.v128_store, 16 * u);
    c.get(J).i32(16 * vecs).op(Op.i32_add).set(J);
    c.op(Op.br, 0, Op.end, Op.end);
  };
  vectors(4);
  vectors(1);
  // the last columns one by one
  c.op(Op.block, 0x40, Op.loop, 0x40);
  c.get(J).get(END).op(Op.i32_ge_u, Op.br_if, 1);
  c.get(OUT).get(J).op(Op.i32_add).mem(ld, 0).set(X);
  for (let k = 0; k < nc; k++) c.get(CEN + k).get(J).op(Op.i32_add).mem(ld, 0).set(Y + k);
  for (let r = 0; r < count; r++) {
    c.get(X).get(P + r).get(J).op(Op.i32_add).mem(ld, 0);
    centred((k) => c.get(Y + k), () => c.op(ssub), () => c.op(smul), E);
    c.op(sop).set(X);
  }
  c.get(OUT).get(J).op(Op.i32_add).get(X).mem(st, 0);
  c.get(J).i32(size).op(Op.i32_add).set(J);
  c.op(Op.br, 0, Op.end, Op.end);
  const s = d64 ? F64 : F32;
  const params: ValType[] = new Array(P + count).fill(I32);
  return { params, locals: [I32, I32, ...new Array(5 + 4 * nc).fill(V128), ...new Array(2 + nc).fill(s)], c };
}

function build(kind: RowKind, size: number): RowKernels | null {
  const many = body(kind, size, ROWS), one = body(kind, size, 1);
  const span = spanBody(CENTRES[kind]);
  try {
    const bytes = assemble([
      { name: 'rows', params: many.params, results: [], locals: many.locals, body: many.c },
      { name: 'row', params: one.params, results: [], locals: one.locals, body: one.c },
      { name: 'span', params: span.params, results: [], locals: [I32], body: span.c },
    ]);
    const mod = compileModule(bytes, 'row sums');
    const e = new WebAssembly.Instance(mod, { env: { mem: heap.memory } }).exports as any;
    return { rows: e.rows, row: e.row, span: parallelFn(mod, 'span', e.span) };
  } catch (e) {
    if ((globalThis as any).process?.env?.NDPY_DEBUG_WASM) throw e;
    return null;
  }
}

/** `span`: calls `rows` (function 0) for each ROWS rows from `first`, then `row` (function 1) for the rest */
function spanBody(nc: number): { params: ValType[]; c: Code } {
  const N = 0, OUT = 1, CEN = 2, BASE = CEN + nc, STRIDE = BASE + 1, FIRST = STRIDE + 1, COUNT = FIRST + 1, R = COUNT + 1;
  const c = new Code();
  const lead = () => {
    c.get(N).get(OUT);
    for (let k = 0; k < nc; k++) c.get(CEN + k);
  };
  const rowAt = (i: number) => c.get(BASE).get(R).get(STRIDE).op(Op.i32_mul, Op.i32_add).i32(i).get(STRIDE).op(Op.i32_mul, Op.i32_add);
  c.get(FIRST).set(R);
  c.op(Op.block, 0x40, Op.loop, 0x40);
  c.get(R).i32(ROWS).op(Op.i32_add).get(COUNT).op(Op.i32_gt_s, Op.br_if, 1);
  lead();
  for (let i = 0; i < ROWS; i++) rowAt(i);
  c.op(Op.call, 0);
  c.get(R).i32(ROWS).op(Op.i32_add).set(R);
  c.op(Op.br, 0, Op.end, Op.end);
  c.op(Op.block, 0x40, Op.loop, 0x40);
  c.get(R).get(COUNT).op(Op.i32_ge_s, Op.br_if, 1);
  lead();
  rowAt(0);
  c.op(Op.call, 1);
  c.get(R).i32(1).op(Op.i32_add).set(R);
  c.op(Op.br, 0, Op.end, Op.end);
  return { params: new Array(COUNT + 1).fill(I32), c };
}

/** bytes of rows worth sharing with the helper thread, and the fewest columns a share gets */
const SHARED_BYTES = 4 << 20;
const MIN_COLUMNS = 64;
/** column shares per job: one per thread; narrower shares cut rows into short pieces that stream worse (measured W7: 2 shares 82 ms, 8 shares 91 ms, one thread 115 ms) */
const SHARES = 2;

/**
 * Combine rows first..count-1 (n contiguous elements each, at `rowAddr(r)`) into the n elements at
 * `out`, in row order, ROWS at a time; `centres` are the centre rows' addresses, as many as the kind
 * takes. False (nothing done) when there is no kernel.
 */
export function combineRows(kind: RowKind, size: number, n: number, out: number, rowAddr: (r: number) => number, first: number, count: number, ...centres: number[]): boolean {
  const k = rowKernels(kind, size);
  if (k === null || centres.length !== CENTRES[kind]) return false;
  if (count - first >= 2 && n >= 2 * MIN_COLUMNS && n * (count - first) * size >= SHARED_BYTES && threadsReady()) {
    // columns are independent: shares of them, each with every row in order, on both threads
    const base = rowAddr(first), stride = rowAddr(first + 1) - base;
    if (rowAddr(count - 1) === base + (count - 1 - first) * stride) {
      const width = Math.max(MIN_COLUMNS, Math.ceil(n / SHARES / 16) * 16);
      const shares = Math.ceil(n / width);
      runRows(k.span, shares, 6 + centres.length, (i, a) => {
        const c0 = i * width, off = c0 * size;
        a[0] = Math.min(width, n - c0), a[1] = out + off;
        centres.forEach((c, j) => (a[2 + j] = c + off));
        const at = 2 + centres.length;
        a[at] = base + off, a[at + 1] = stride, a[at + 2] = 0, a[at + 3] = count - first;
      });
      return true;
    }
  }
  const lead = [n, out, ...centres];
  const args = [...lead, ...new Array(ROWS).fill(0)];
  let r = first;
  for (; r + ROWS <= count; r += ROWS) {
    for (let i = 0; i < ROWS; i++) args[lead.length + i] = rowAddr(r + i);
    k.rows(...(args as [number, number]));
  }
  for (; r < count; r++) k.row(...(lead as [number, number]), rowAddr(r));
  return true;
}
