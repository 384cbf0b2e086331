/**
 * Reduction kernels for the extremes of one strided row, in WebAssembly: the value (`maximum`,
 * `minimum`, `fmax`, `fmin` reduced) and the first index of it (argmax, argmin), for the native
 * integer, boolean, float32 and float64 dtypes. Each follows the scalar rule of runtime/scalarOps.ts
 * element by element, so results equal the JS loop's:
 *
 * - maximum/minimum: the first NaN wins (the kernel returns as soon as it meets one); otherwise ties go
 *   to the later element (`acc > x ? acc : x`), which fixes the sign of equal zeros;
 * - fmax/fmin: NaNs are skipped (all NaN gives NaN), ties keep the earlier element;
 * - argmax/argmin: the index of the first NaN, else of the first strict extreme.
 *
 * Exported function: `run(p, n, stride)` with n ≥ 1 → the value (a number, or a BigInt for 64-bit
 * integers) or the index. Cached per dtype and operation.
 */
import { DType } from '../dtype';
import { Code, Op, Simd, I32, I64, F32, F64, V128, ValType } from './assembler';
import { singleKernel } from './module';

export type ExtremeOp = 'maximum' | 'minimum' | 'fmax' | 'fmin';
export type RowKernel = (p: number, n: number, stride: number) => number | bigint;

interface Kind {
  vt: ValType;
  load: number;
  float: boolean;
  /** comparison opcodes: greater, less, greater-or-equal, less-or-equal */
  gt: number;
  lt: number;
  ge: number;
  le: number;
  ne: number;
}

function kindOf(d: DType): Kind | null {
  if (!d.isNative || d.timeUnit !== null) return null;
  const i32 = (load: number, signed: boolean): Kind => ({
    vt: I32, load, float: false, ne: Op.i32_ne,
    gt: signed ? Op.i32_gt_s : Op.i32_gt_u, lt: signed ? Op.i32_lt_s : Op.i32_lt_u,
    ge: signed ? Op.i32_ge_s : Op.i32_ge_u, le: signed ? Op.i32_le_s : Op.i32_le_u,
  });
  switch (d.char) {
    case '?': case 'B': return i32(Op.i32_load8_u, false);
    case 'b': return i32(Op.i32_load8_s, true);
    case 'h': return i32(Op.i32_load16_s, true);
    case 'H': return i32(Op.i32_load16_u, false);
    case 'i': return i32(Op.i32_load, true);
    case 'I': return i32(Op.i32_load, false);
    case 'l': case 'q': return { vt: I64, load: Op.i64_load, float: false, ne: Op.i64_ne, gt: Op.i64_gt_s, lt: Op.i64_lt_s, ge: Op.i64_ge_s, le: Op.i64_le_s };
    case 'L': case 'Q': return { vt: I64, load: Op.i64_load, float: false, ne: Op.i64_ne, gt: Op.i64_gt_u, lt: Op.i64_lt_u, ge: Op.i64_ge_u, le: Op.i64_le_u };
    case 'f': return { vt: F32, load: Op.f32_load, float: true, ne: Op.f32_ne, gt: Op.f32_gt, lt: Op.f32_lt, ge: Op.f32_ge, le: Op.f32_le };
    case 'd': return { vt: F64, load: Op.f64_load, float: true, ne: Op.f64_ne, gt: Op.f64_gt, lt: Op.f64_lt, ge: Op.f64_ge, le: Op.f64_le };
  }
  return null;
}

const P = 0, N = 1, S = 2;
// locals after the parameters
const I = 3, ACC = 4, X = 5;

function load(c: Code, k: Kind, addr: number): void {
  const align = k.vt === I64 || k.vt === F64 ? 3 : k.load === Op.i32_load || k.load === Op.f32_load ? 2 : k.load === Op.i32_load16_s || k.load === Op.i32_load16_u ? 1 : 0;
  c.get(addr).mem(k.load, align);
}

/** `while (++i < n) { p += s; x = *p; body }` */
function rowLoop(c: Code, k: Kind, body: () => void): void {
  c.i32(0).set(I);
  c.op(Op.block, 0x40, Op.loop, 0x40);
  c.get(I).i32(1).op(Op.i32_add).tee(I).get(N).op(Op.i32_ge_s, Op.br_if, 1);
  c.get(P).get(S).op(Op.i32_add).set(P);
  load(c, k, P);
  c.set(X);
  body();
  c.op(Op.br, 0, Op.end, Op.end);
}

/** x != x (floats only) */
const isNan = (c: Code, k: Kind, local: number) => c.get(local).get(local).op(k.ne);

function buildValue(k: Kind, op: ExtremeOp): Code {
  const c = new Code();
  load(c, k, P);
  c.set(ACC);
  const max = op === 'maximum' || op === 'fmax';
  if (!k.float) {
    // integers: ties do not matter
    rowLoop(c, k, () => c.get(ACC).get(X).get(ACC).get(X).op(max ? k.ge : k.le, Op.select).set(ACC));
  } else if (op === 'maximum' || op === 'minimum') {
    simdPrefix(c, k, max);
    // the first NaN is the result; otherwise acc > x ? acc : x (ties to the later element)
    isNan(c, k, ACC).op(Op.if, 0x40).get(ACC).op(Op.return, Op.end);
    rowLoop(c, k, () => {
      isNan(c, k, X).op(Op.if, 0x40).get(X).op(Op.return, Op.end);
      c.get(ACC).get(X).get(ACC).get(X).op(max ? k.gt : k.lt, Op.select).set(ACC);
    });
  } else {
    // fmax/fmin: acc NaN → x; x NaN → acc; else acc >= x ? acc : x (ties to the earlier)
    rowLoop(c, k, () => {
      c.get(X).get(ACC);
      c.get(ACC).get(X).get(ACC).get(X).op(max ? k.ge : k.le, Op.select);
      isNan(c, k, X).op(Op.select);
      isNan(c, k, ACC).op(Op.select).set(ACC);
    });
  }
  c.get(ACC);
  return c;
}

// the SIMD prefix's locals (after I, ACC, X)
const Q = 6, END = 7, VA = 8, NANM = 9, XV = 10;

/**
 * A contiguous float row of at least 4 vectors: the extreme of each lane with pmax/pmin (`x < acc ? acc
 * : x`, ties to the later element as the scalar rule) and a mask of the NaNs seen. With no NaN, and a
 * result other than zero (whose sign depends on which zero came last), the lanes and then the elements
 * past the last whole vector are folded by the scalar rule and returned; otherwise the scalar loop runs
 * from the start, as without this prefix. Leaves ACC holding element 0 for that loop.
 */
function simdPrefix(c: Code, k: Kind, max: boolean): void {
  const f64 = k.vt === F64, size = f64 ? 8 : 4, lanes = 16 / size;
  const ne = f64 ? Simd.f64x2_ne : Simd.f32x4_ne;
  const pick = f64 ? (max ? Simd.f64x2_pmax : Simd.f64x2_pmin) : max ? Simd.f32x4_pmax : Simd.f32x4_pmin;
  const ext = f64 ? Simd.f64x2_extract_lane : Simd.f32x4_extract_lane;
  const better = max ? k.gt : k.lt;
  c.op(Op.block, 0x40);
  c.get(S).i32(size).op(Op.i32_ne).get(N).i32(4 * lanes).op(Op.i32_lt_s, Op.i32_or, Op.br_if, 0);
  c.get(P).simdMem(Simd.v128_load).tee(VA).get(VA).simd(ne).set(NANM);
  c.get(P).i32(16).op(Op.i32_add).set(Q);
  c.get(P).get(N).get(N).i32(lanes).op(Op.i32_rem_s, Op.i32_sub).i32(size).op(Op.i32_mul, Op.i32_add).set(END);
  c.op(Op.block, 0x40, Op.loop, 0x40);
  c.get(Q).get(END).op(Op.i32_ge_u, Op.br_if, 1);
  c.get(Q).simdMem(Simd.v128_load).set(XV);
  c.get(NANM).get(XV).get(XV).simd(ne).simd(Simd.v128_or).set(NANM);
  // pmin/pmax(x, acc) = acc < x / x < acc ? acc : x
  c.get(XV).get(VA).simd(pick).set(VA);
  c.get(Q).i32(16).op(Op.i32_add).set(Q);
  c.op(Op.br, 0, Op.end, Op.end);
  c.get(NANM).simd(Simd.v128_any_true).op(Op.br_if, 0);
  // fold the lanes, then the tail from END, by the scalar rule
  c.get(VA).simd(ext, 0).set(ACC);
  for (let l = 1; l < lanes; l++) {
    c.get(VA).simd(ext, l).set(X);
    c.get(ACC).get(X).get(ACC).get(X).op(better, Op.select).set(ACC);
  }
  c.op(Op.block, 0x40, Op.loop, 0x40);
  c.get(Q).get(P).get(N).get(S).op(Op.i32_mul, Op.i32_add).op(Op.i32_ge_u, Op.br_if, 1);
  c.get(Q).mem(k.load, size === 8 ? 3 : 2).set(X);
  isNan(c, k, X).op(Op.br_if, 2);
  c.get(ACC).get(X).get(ACC).get(X).op(better, Op.select).set(ACC);
  c.get(Q).i32(size).op(Op.i32_add).set(Q);
  c.op(Op.br, 0, Op.end, Op.end);
  // a zero's sign depends on the order of equal zeros: the scalar loop decides
  c.get(ACC).op(f64 ? Op.f64_const : Op.f32_const, ...(f64 ? new Array(8).fill(0) : new Array(4).fill(0)));
  c.op(f64 ? Op.f64_ne : Op.f32_ne, Op.if, 0x40).get(ACC).op(Op.return, Op.end);
  c.op(Op.end);
  // the scalar loop starts over from element 0
  load(c, k, P);
  c.set(ACC);
}

function buildIndex(k: Kind, max: boolean): Code {
  // BEST: the index of the best so far (i32 local after X)
  const BEST = 6;
  const c = new Code();
  load(c, k, P);
  c.set(ACC);
  c.i32(0).set(BEST);
  if (k.float) isNan(c, k, ACC).op(Op.if, 0x40).i32(0).op(Op.return, Op.end);
  rowLoop(c, k, () => {
    if (k.float) isNan(c, k, X).op(Op.if, 0x40).get(I).op(Op.return, Op.end);
    c.get(X).get(ACC).op(max ? k.gt : k.lt, Op.if, 0x40);
    c.get(X).set(ACC).get(I).set(BEST);
    c.op(Op.end);
  });
  c.get(BEST);
  return c;
}

const cache = new Map<string, RowKernel | null>();

/**
 * The reduction of a row with `op`, for dtype d, or null when d has no kernel: a number (uint32 read
 * unsigned) or, for 64-bit integers, a BigInt (uint64 unsigned).
 */
export function extremeKernel(d: DType, op: ExtremeOp): RowKernel | null {
  const key = `${d.str}:${op}`;
  let r = cache.get(key);
  if (r === undefined) {
    const k = kindOf(d);
    const raw = k && singleKernel<RowKernel>('extremes', [I32, I32, I32], [k.vt], [I32, k.vt, k.vt, I32, I32, V128, V128, V128], buildValue(k, op));
    r = raw && d.char === 'I' ? (p, n, s) => (raw(p, n, s) as number) >>> 0 : raw && (d.char === 'L' || d.char === 'Q') ? (p, n, s) => BigInt.asUintN(64, raw(p, n, s) as bigint) : raw;
    cache.set(key, r);
  }
  return r;
}

/** The first index of a row's maximum (or minimum), NaN first, for dtype d, or null. */
export function argExtremeKernel(d: DType, max: boolean): ((p: number, n: number, stride: number) => number) | null {
  const key = `${d.str}:arg${max ? 'max' : 'min'}`;
  let r = cache.get(key);
  if (r === undefined) {
    const k = kindOf(d);
    r = k && singleKernel<RowKernel>('extremes', [I32, I32, I32], [I32], [I32, k.vt, k.vt, I32], buildIndex(k, max));
    cache.set(key, r);
  }
  return r as ((p: number, n: number, stride: number) => number) | null;
}
