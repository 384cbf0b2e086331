/**
 * Single-op element-wise kernels compiled to WebAssembly: for a ufunc loop (runtime/ufunc.ts) and the
 * operands' actual dtypes, one function `run(n, p0, s0, …, pOut, sOut)` walks an inner dimension with
 * byte strides, loads each input in its own dtype, converts it to the loop's dtype, applies the
 * operation, converts to the output's dtype and stores — the casts fused into the same pass.
 *
 * Semantics are exactly the reference evaluator's (scalarOps.ts), which differential tests check:
 * integer arithmetic wraps, integer // and % floor and give 0 for a zero divisor (never a trap,
 * INT_MIN // -1 wraps), shifts past the width saturate, maximum/minimum propagate NaN and return the
 * second operand on ties. NumPy's float64 loops that follow Intel SVML (exp, log, …) are emitted inline
 * (svmlCode.ts); other operations WebAssembly has no instruction for (log, pow, integer power,
 * gcd, lcm) call the reference's own scalar function, imported into the module, so loads, casts, strides
 * and stores still run in WASM; float16 is loaded and stored through imported bit conversions and
 * computed in f64, as the reference computes it in double; complex values are pairs of f64 locals
 * (buildComplex). Only loops with two outputs (divmod, frexp, modf) and mixed int64/uint64 comparisons
 * stay in the JS reference. Kernels are cached by loop and operand dtypes.
 */
import { DType } from '../dtype';
import { Loop } from '../ufunc';
import { canCast } from '../dtype';
import { heap } from '../memory';
import { Code, Op, Simd, I32, I64, F32, F64, V128, ValType, ImportDef, assemble } from './assembler';
import { fromHalfBits, toHalfBits } from '../half';
import { Complex } from '../elements';
import { SVML_EMIT } from './svmlCode';
import { compileModule } from './module';
import { ParallelFn, parallelFn } from '../parallel';
import { hardwareFma } from './hardwareFma';
import { emitElementLoad, emitElementStore } from './elementAccess';
import { Emitter } from './fmaCode';

/**
 * `run(n, p0, s0, …, pOut, sOut)`. A kernel with `checksFinite` (float32/float64 output) returns 1 when
 * every value it stored was finite, so floating-point error reporting need not scan the output again.
 */
/** `par`: the kernel for rows shared with the helper thread (runtime/parallel.ts), when it imports no host functions */
export type Kernel = ((...args: number[]) => number | undefined) & { checksFinite?: boolean; par?: ParallelFn };

/** The exported `run` of a kernel module, shareable with the helper thread when it imports no host functions. */
export function kernelOf(mod: WebAssembly.Module, hostFns: Record<string, unknown>): Kernel {
  const k = new WebAssembly.Instance(mod, { env: { mem: heap.memory, ...hostFns } }).exports.run as Kernel;
  if (Object.keys(hostFns).length === 0) k.par = parallelFn(mod, 'run', k);
  return k;
}

/** the WASM type a dtype's values are computed in (float16 in f64, as the reference computes in double) */
function valType(d: DType): ValType | null {
  if (!d.isNative || d.kind === 'c' || d.isText || d.kind === 'V') return null;
  if (d.kind === 'f') return d.itemsize === 4 ? F32 : F64;
  return d.itemsize === 8 ? I64 : I32;
}

/** Host functions a kernel imports, numbered in order of first use (imports come first in WASM). */
class Hosts {
  defs: ImportDef[] = [];
  fns: Record<string, Function> = {};
  use(name: string, params: ValType[], results: ValType[], fn: Function): number {
    const i = this.defs.findIndex((d) => d.name === name);
    if (i >= 0) return i;
    this.defs.push({ name, params, results });
    this.fns[name] = fn;
    return this.defs.length - 1;
  }
}

function emitLoad(c: Code, d: DType, h: Hosts): void {
  if (d.char === 'e') c.mem(Op.i32_load16_u, 0).op(Op.call, h.use('h2d', [I32], [F64], fromHalfBits));
  else emitElementLoad(c, d);
}
function emitStore(c: Code, d: DType, h: Hosts): void {
  if (d.char === 'e') c.op(Op.call, h.use('d2h', [F64], [I32], toHalfBits)).mem(Op.i32_store16, 0);
  else emitElementStore(c, d);
}

const unsigned = (d: DType) => d.kind === 'u' || d.kind === 'b';

/** Emit the conversion of a value of dtype `from` (on the stack) to dtype `to`; false if unsupported. */
export function emitConvert(c: Code, from: DType, to: DType, output: boolean): boolean {
  if (from === to) return true;
  const fv = valType(from)!, tv = valType(to)!;
  if (from.kind === 'f' && to.kind !== 'f') return false; // float → int/bool: NumPy's unsafe casts stay in JS
  if (to.kind === 'b') return false;
  if (!output && !canCast(from, to, 'safe')) return false;
  if (fv === I32 && tv === I32) {
    if (output || to.itemsize >= from.itemsize) return true; // narrowing happens in the store
    return false;
  }
  if (fv === I32 && tv === I64) return c.op(unsigned(from) ? Op.i64_extend_i32_u : Op.i64_extend_i32_s), true;
  if (fv === I64 && tv === I32) return output ? (c.op(Op.i32_wrap_i64), true) : false;
  if (fv === I64 && tv === I64) return true;
  if (tv === F64) {
    if (fv === F32) c.op(Op.f64_promote_f32);
    else if (fv === I32) c.op(unsigned(from) ? Op.f64_convert_i32_u : Op.f64_convert_i32_s);
    else if (fv === I64) c.op(unsigned(from) ? Op.f64_convert_i64_u : Op.f64_convert_i64_s);
    return true;
  }
  if (tv === F32) {
    if (fv === F64) c.op(Op.f32_demote_f64);
    else if (fv === I32) c.op(unsigned(from) ? Op.f32_convert_i32_u : Op.f32_convert_i32_s);
    else return false; // int64 → float32 rounds differently from the JS reference's two steps
    return true;
  }
  return false;
}

type Emit = (c: Code) => void;
export interface Ctx {
  c: Code;
  a: number;
  b: number;
  dt: DType;
  tmp: () => number;
}

/** cond ? t : f, with each part emitted by a callback */
function sel(c: Code, t: Emit, f: Emit, cond: Emit): void {
  t(c);
  f(c);
  cond(c);
  c.op(Op.select);
}

export function floatOp(name: string, x: Ctx): boolean {
  const { c, a, b } = x;
  const d64 = x.dt.itemsize !== 4; // float16 computes in f64
  const o = (op64: number, op32: number) => c.op(d64 ? op64 : op32);
  const ga = () => c.get(a), gb = () => c.get(b);
  const konst = (v: number) => (d64 ? c.f64(v) : c.f32(v));
  const isNan = (i: number) => () => c.get(i).get(i).op(d64 ? Op.f64_ne : Op.f32_ne);
  const bin = (op64: number, op32: number) => (ga(), gb(), o(op64, op32));
  const zero = () => konst(0);
  // NumPy's float32 and float16 loops multiply in float32 by a float32 constant
  const scaled = (k64: number, k32: number) => {
    ga();
    if (x.dt.itemsize === 8) return void c.f64(k64).op(Op.f64_mul);
    if (d64) c.op(Op.f32_demote_f64);
    c.f32(k32).op(Op.f32_mul);
    if (d64) c.op(Op.f64_promote_f32);
  };
  switch (name) {
    case 'add': return bin(Op.f64_add, Op.f32_add), true;
    case 'subtract': return bin(Op.f64_sub, Op.f32_sub), true;
    case 'multiply': return bin(Op.f64_mul, Op.f32_mul), true;
    case 'divide': case 'true_divide': return bin(Op.f64_div, Op.f32_div), true;
    case 'negative': return ga(), o(Op.f64_neg, Op.f32_neg), true;
    case 'positive': case 'conjugate': return ga(), true;
    case 'absolute': case 'fabs': return ga(), o(Op.f64_abs, Op.f32_abs), true;
    case 'sqrt': return ga(), o(Op.f64_sqrt, Op.f32_sqrt), true;
    case 'square': return ga(), ga(), o(Op.f64_mul, Op.f32_mul), true;
    case 'reciprocal': return konst(1), ga(), o(Op.f64_div, Op.f32_div), true;
    case 'floor': return ga(), o(Op.f64_floor, Op.f32_floor), true;
    case 'ceil': return ga(), o(Op.f64_ceil, Op.f32_ceil), true;
    case 'trunc': return ga(), o(Op.f64_trunc, Op.f32_trunc), true;
    case 'rint': return ga(), o(Op.f64_nearest, Op.f32_nearest), true;
    case 'copysign': return bin(Op.f64_copysign, Op.f32_copysign), true;
    case 'deg2rad': case 'radians': return scaled(Math.PI / 180, Math.fround(Math.PI / 180)), true;
    case 'rad2deg': case 'degrees': return scaled(180 / Math.PI, Math.fround(180 / Math.fround(Math.PI))), true;
    case 'maximum': case 'minimum': {
      const cmp = name === 'maximum' ? (d64 ? Op.f64_gt : Op.f32_gt) : d64 ? Op.f64_lt : Op.f32_lt;
      sel(c, () => ga(), () => sel(c, () => gb(), () => sel(c, () => ga(), () => gb(), () => (ga(), gb(), c.op(cmp))), isNan(b)), isNan(a));
      return true;
    }
    case 'fmax': case 'fmin': {
      const cmp = name === 'fmax' ? (d64 ? Op.f64_ge : Op.f32_ge) : d64 ? Op.f64_le : Op.f32_le;
      sel(c, () => gb(), () => sel(c, () => ga(), () => sel(c, () => ga(), () => gb(), () => (ga(), gb(), c.op(cmp))), isNan(b)), isNan(a));
      return true;
    }
    case 'equal': return bin(Op.f64_eq, Op.f32_eq), true;
    case 'not_equal': return bin(Op.f64_ne, Op.f32_ne), true;
    case 'less': return bin(Op.f64_lt, Op.f32_lt), true;
    case 'less_equal': return bin(Op.f64_le, Op.f32_le), true;
    case 'greater': return bin(Op.f64_gt, Op.f32_gt), true;
    case 'greater_equal': return bin(Op.f64_ge, Op.f32_ge), true;
    case 'isnan': return isNan(a)(), true;
    case 'isinf': return ga(), o(Op.f64_abs, Op.f32_abs), konst(Infinity), o(Op.f64_eq, Op.f32_eq), true;
    case 'isfinite': return ga(), o(Op.f64_abs, Op.f32_abs), konst(Infinity), o(Op.f64_lt, Op.f32_lt), true;
    case 'signbit':
      ga();
      if (d64) c.op(Op.i64_reinterpret_f64).i64(63).op(Op.i64_shr_u, Op.i32_wrap_i64);
      else c.op(Op.i32_reinterpret_f32).i32(31).op(Op.i32_shr_u);
      return true;
    case 'logical_and': case 'logical_or': case 'logical_xor':
      ga(), zero(), o(Op.f64_ne, Op.f32_ne), gb(), zero(), o(Op.f64_ne, Op.f32_ne);
      c.op(name === 'logical_and' ? Op.i32_and : name === 'logical_or' ? Op.i32_or : Op.i32_xor);
      return true;
    case 'logical_not': return ga(), zero(), o(Op.f64_eq, Op.f32_eq), true;
    case 'sign':
      sel(c, () => konst(1), () => sel(c, () => konst(-1), () => sel(c, () => konst(0), () => konst(NaN), () => (ga(), ga(), o(Op.f64_eq, Op.f32_eq))), () => (ga(), zero(), o(Op.f64_lt, Op.f32_lt))), () => (ga(), zero(), o(Op.f64_gt, Op.f32_gt)));
      return true;
    case 'heaviside':
      sel(c, () => ga(), () => sel(c, () => konst(0), () => sel(c, () => konst(1), () => gb(), () => (ga(), zero(), o(Op.f64_gt, Op.f32_gt))), () => (ga(), zero(), o(Op.f64_lt, Op.f32_lt))), isNan(a));
      return true;
  }
  return false;
}

function intOp(name: string, x: Ctx): boolean {
  const { c, a, b, dt } = x;
  const w = dt.itemsize === 8;
  const u = unsigned(dt);
  const bits = dt.itemsize * 8;
  const ga = () => c.get(a), gb = () => c.get(b);
  const k = (v: number) => (w ? c.i64(v) : c.i32(v));
  const o = (o64: number, o32: number) => c.op(w ? o64 : o32);
  const bin = (o64: number, o32: number) => (ga(), gb(), o(o64, o32));
  const L = {
    lt: u ? (w ? Op.i64_lt_u : Op.i32_lt_u) : w ? Op.i64_lt_s : Op.i32_lt_s,
    le: u ? (w ? Op.i64_le_u : Op.i32_le_u) : w ? Op.i64_le_s : Op.i32_le_s,
    gt: u ? (w ? Op.i64_gt_u : Op.i32_gt_u) : w ? Op.i64_gt_s : Op.i32_gt_s,
    ge: u ? (w ? Op.i64_ge_u : Op.i32_ge_u) : w ? Op.i64_ge_s : Op.i32_ge_s,
    eq: w ? Op.i64_eq : Op.i32_eq,
    ne: w ? Op.i64_ne : Op.i32_ne,
    eqz: w ? Op.i64_eqz : Op.i32_eqz,
  };
  const bool = dt.kind === 'b';
  if (bool) {
    switch (name) {
      case 'add': case 'maximum': case 'fmax': case 'bitwise_or': return bin(Op.i64_or, Op.i32_or), true;
      case 'multiply': case 'minimum': case 'fmin': case 'bitwise_and': return bin(Op.i64_and, Op.i32_and), true;
      case 'bitwise_xor': return bin(Op.i64_xor, Op.i32_xor), true;
      case 'invert': return ga(), c.op(Op.i32_eqz), true;
    }
  }
  // the value of a - b when the loop dtype is narrower than 32 bits never overflows i32
  const minInt = w ? -(2n ** 63n) : -(2 ** 31);
  switch (name) {
    case 'add': return bin(Op.i64_add, Op.i32_add), true;
    case 'subtract': return bin(Op.i64_sub, Op.i32_sub), true;
    case 'multiply': return bin(Op.i64_mul, Op.i32_mul), true;
    case 'negative': return k(0), ga(), o(Op.i64_sub, Op.i32_sub), true;
    case 'positive': case 'conjugate': case 'floor': case 'ceil': case 'trunc': return ga(), true;
    case 'absolute':
      if (u) return ga(), true;
      sel(c, () => ga(), () => (k(0), ga(), o(Op.i64_sub, Op.i32_sub)), () => (ga(), k(0), c.op(L.ge)));
      return true;
    case 'square': return ga(), ga(), o(Op.i64_mul, Op.i32_mul), true;
    case 'sign':
      if (u) return sel(c, () => k(1), () => k(0), () => (ga(), c.op(L.eqz, Op.i32_eqz))), true;
      sel(c, () => k(1), () => sel(c, () => k(-1), () => k(0), () => (ga(), k(0), c.op(L.lt))), () => (ga(), k(0), c.op(L.gt)));
      return true;
    case 'floor_divide': case 'remainder': case 'fmod': {
      // b == 0 → 0; signed MIN // -1 wraps to MIN (MIN % -1 is 0 in WASM); floor when signs differ
      const T = w ? I64 : I32;
      const q = x.tmp();
      const div = u ? (w ? Op.i64_div_u : Op.i32_div_u) : w ? Op.i64_div_s : Op.i32_div_s;
      const rem = u ? (w ? Op.i64_rem_u : Op.i32_rem_u) : w ? Op.i64_rem_s : Op.i32_rem_s;
      const signDiffers = (v: () => void) => (v(), gb(), o(Op.i64_xor, Op.i32_xor), k(0), c.op(w ? Op.i64_lt_s : Op.i32_lt_s));
      gb(), c.op(L.eqz, Op.if, T);
      k(0);
      c.op(Op.else);
      if (name === 'floor_divide') {
        if (u) ga(), gb(), c.op(div);
        else {
          ga(), (w ? c.i64(minInt as bigint) : c.i32(minInt as number)), c.op(L.eq), gb(), k(-1), c.op(L.eq, Op.i32_and, Op.if, T);
          w ? c.i64(minInt as bigint) : c.i32(minInt as number);
          c.op(Op.else);
          ga(), gb(), c.op(div);
          ga(), gb(), c.op(rem), k(0), c.op(L.ne);
          signDiffers(ga);
          c.op(Op.i32_and);
          if (w) c.op(Op.i64_extend_i32_u);
          o(Op.i64_sub, Op.i32_sub);
          c.op(Op.end);
        }
      } else if (name === 'remainder' && !u) {
        ga(), gb(), c.op(rem), c.set(q);
        c.get(q), k(0), c.op(L.ne);
        signDiffers(() => c.get(q));
        c.op(Op.i32_and, Op.if, T);
        c.get(q), gb(), o(Op.i64_add, Op.i32_add);
        c.op(Op.else);
        c.get(q);
        c.op(Op.end);
      } else ga(), gb(), c.op(rem);
      c.op(Op.end);
      return true;
    }
    case 'maximum': case 'fmax': return sel(c, () => ga(), () => gb(), () => (ga(), gb(), c.op(L.ge))), true;
    case 'minimum': case 'fmin': return sel(c, () => ga(), () => gb(), () => (ga(), gb(), c.op(L.le))), true;
    case 'bitwise_and': return bin(Op.i64_and, Op.i32_and), true;
    case 'bitwise_or': return bin(Op.i64_or, Op.i32_or), true;
    case 'bitwise_xor': return bin(Op.i64_xor, Op.i32_xor), true;
    case 'invert': return ga(), k(-1), o(Op.i64_xor, Op.i32_xor), true;
    case 'left_shift':
      sel(c, () => k(0), () => (ga(), gb(), o(Op.i64_shl, Op.i32_shl)), () => (gb(), k(bits), c.op(w ? Op.i64_ge_u : Op.i32_ge_u)));
      return true;
    case 'right_shift':
      if (u) sel(c, () => k(0), () => (ga(), gb(), o(Op.i64_shr_u, Op.i32_shr_u)), () => (gb(), k(bits), c.op(w ? Op.i64_ge_u : Op.i32_ge_u)));
      else sel(c, () => sel(c, () => k(-1), () => k(0), () => (ga(), k(0), c.op(L.lt))), () => (ga(), gb(), o(Op.i64_shr_s, Op.i32_shr_s)), () => (gb(), k(bits), c.op(w ? Op.i64_ge_u : Op.i32_ge_u)));
      return true;
    case 'equal': return ga(), gb(), c.op(L.eq), true;
    case 'not_equal': return ga(), gb(), c.op(L.ne), true;
    case 'less': return ga(), gb(), c.op(L.lt), true;
    case 'less_equal': return ga(), gb(), c.op(L.le), true;
    case 'greater': return ga(), gb(), c.op(L.gt), true;
    case 'greater_equal': return ga(), gb(), c.op(L.ge), true;
    case 'isnan': case 'isinf': return c.i32(0), true;
    case 'isfinite': return c.i32(1), true;
    case 'logical_and': case 'logical_or': case 'logical_xor':
      ga(), k(0), c.op(L.ne), gb(), k(0), c.op(L.ne);
      c.op(name === 'logical_and' ? Op.i32_and : name === 'logical_or' ? Op.i32_or : Op.i32_xor);
      return true;
    case 'logical_not': return ga(), c.op(L.eqz), true;
  }
  return false;
}

/** float operations with a SIMD instruction: [f64x2, f32x4] opcodes, by operand count */
export const SIMD_BINARY: Record<string, [number, number]> = {
  add: [Simd.f64x2_add, Simd.f32x4_add], subtract: [Simd.f64x2_sub, Simd.f32x4_sub],
  multiply: [Simd.f64x2_mul, Simd.f32x4_mul], divide: [Simd.f64x2_div, Simd.f32x4_div], true_divide: [Simd.f64x2_div, Simd.f32x4_div],
};
export const SIMD_UNARY: Record<string, [number, number]> = {
  negative: [Simd.f64x2_neg, Simd.f32x4_neg], absolute: [Simd.f64x2_abs, Simd.f32x4_abs], fabs: [Simd.f64x2_abs, Simd.f32x4_abs],
  sqrt: [Simd.f64x2_sqrt, Simd.f32x4_sqrt], square: [Simd.f64x2_mul, Simd.f32x4_mul], reciprocal: [Simd.f64x2_div, Simd.f32x4_div],
};

/**
 * The vector part of a float32/float64 kernel whose operands need no conversion: for each pattern of
 * input strides (every input contiguous, or one of two a stride-0 scalar splatted once) a loop of 16-byte
 * vectors runs while at least one vector's worth of elements is left and the output is contiguous; the
 * scalar loop after it finishes the tail (and runs everything else). IEEE operations lane by lane: the
 * results are the scalar loop's, bit for bit. `acc` (v128) collects the finiteness of the results.
 */
function emitSimd(c: Code, name: string, dt: DType, nin: number, ptr: (i: number) => number, stride: (i: number) => number, local: (t: ValType) => number, acc: number): void {
  if (dt.kind !== 'f' || (dt.itemsize !== 8 && dt.itemsize !== 4)) return;
  // maximum/minimum: several instructions (see extreme below)
  const extreme = nin === 2 && (name === 'maximum' || name === 'minimum');
  const ops = nin === 2 ? SIMD_BINARY[name] : nin === 1 ? SIMD_UNARY[name] : undefined;
  if (!ops && !extreme) return;
  const d64 = dt.itemsize === 8;
  const size = dt.itemsize, lanes = 16 / size, n = 0;
  const op = ops ? (d64 ? ops[0] : ops[1]) : 0;
  const patterns = nin === 2 ? [[size, size], [0, size], [size, 0]] : [[size]];
  for (const pat of patterns) {
    // if (n >= lanes && out stride == size && every input stride matches the pattern) { vector loop }
    c.get(n).i32(lanes).op(Op.i32_ge_u);
    c.get(stride(nin)).i32(size).op(Op.i32_eq, Op.i32_and);
    pat.forEach((s, i) => c.get(stride(i)).i32(s).op(Op.i32_eq, Op.i32_and));
    c.op(Op.if, 0x40);
    const splat = pat.map((s, i) => {
      if (s !== 0) return -1;
      const v = local(V128);
      c.get(ptr(i)).mem(d64 ? Op.f64_load : Op.f32_load, 0).simd(d64 ? Simd.f64x2_splat : Simd.f32x4_splat).set(v);
      return v;
    });
    const one = name === 'reciprocal' ? local(V128) : -1;
    if (one >= 0) (d64 ? c.f64(1) : c.f32(1)).simd(d64 ? Simd.f64x2_splat : Simd.f32x4_splat).set(one);
    const [va, vb, vm] = extreme ? [local(V128), local(V128), local(V128)] : [-1, -1, -1];
    c.op(Op.block, 0x40, Op.loop, 0x40);
    c.get(n).i32(lanes).op(Op.i32_lt_u, Op.br_if, 1);
    c.get(ptr(nin));
    const operand = (i: number) => (splat[i] >= 0 ? c.get(splat[i]) : c.get(ptr(i)).simdMem(Simd.v128_load));
    if (one >= 0) c.get(one);
    const r = local(V128);
    if (extreme) {
      // the scalar rule lane by lane: a NaN, else `a > b ? a : b` (ties to b) — pmax(b, a) is
      // `b < a ? a : b` — then b where b is NaN, then a where a is NaN
      const ne = d64 ? Simd.f64x2_ne : Simd.f32x4_ne;
      const pick = name === 'maximum' ? (d64 ? Simd.f64x2_pmax : Simd.f32x4_pmax) : d64 ? Simd.f64x2_pmin : Simd.f32x4_pmin;
      operand(0);
      c.set(va);
      operand(1);
      c.set(vb);
      c.get(vb).get(va).simd(pick).set(vm);
      c.get(vb).get(vm).get(vb).get(vb).simd(ne).simd(Simd.v128_bitselect).set(vm);
      c.get(va).get(vm).get(va).get(va).simd(ne).simd(Simd.v128_bitselect);
    } else {
      for (let i = 0; i < nin; i++) operand(i);
      if (name === 'square') operand(0);
      c.simd(op);
    }
    // store the result, and OR r - r (zero bits for finite r, NaN's otherwise) into acc
    c.tee(r).simdMem(Simd.v128_store);
    c.get(acc).get(r).get(r).simd(d64 ? Simd.f64x2_sub : Simd.f32x4_sub).simd(Simd.v128_or).set(acc);
    for (let i = 0; i <= nin; i++) if (i === nin || splat[i] < 0) c.get(ptr(i)).i32(16).op(Op.i32_add).set(ptr(i));
    c.get(n).i32(lanes).op(Op.i32_sub).set(n);
    c.op(Op.br, 0, Op.end, Op.end);
    c.op(Op.end);
  }
}

const cache = new Map<string, Kernel | null>();

/** `float64,float64->float64`: a kernel's operand dtypes, for NDPY_DEBUG */
export function kernelSignature(ins: readonly DType[], out: DType | readonly DType[]): string {
  return `${ins.map((d) => d.name).join(',')}->${(Array.isArray(out) ? out : [out]).map((d: DType) => d.name).join(',')}`;
}

/** The WASM kernel for `loop` applied to operands of dtypes `ins` writing dtype `out`, or null. */
export function elementwiseKernel(loop: Loop, ins: DType[], out: DType | DType[]): Kernel | null {
  const outs = Array.isArray(out) ? out : [out];
  if (outs.length !== loop.outs.length) return null;
  // the common case, one or two inputs and one output, by the dtype objects themselves: building the
  // string key below costs more than a short kernel
  if (ins.length <= 2 && outs.length === 1) {
    const byLoop = quick.get(loop) ?? quick.set(loop, new Map()).get(loop)!;
    const key2 = ins.length === 2 ? ins[1] : null;
    const byIn0 = byLoop.get(ins[0]) ?? byLoop.set(ins[0], new Map()).get(ins[0])!;
    const byIn1 = byIn0.get(key2) ?? byIn0.set(key2, new Map()).get(key2)!;
    let k = byIn1.get(outs[0]);
    if (k === undefined) byIn1.set(outs[0], (k = keyedKernel(loop, ins, outs)));
    return k;
  }
  return keyedKernel(loop, ins, outs);
}

/** elementwiseKernel's cache by loop, then input and output dtype objects */
const quick = new WeakMap<Loop, Map<DType, Map<DType | null, Map<DType, Kernel | null>>>>();

function keyedKernel(loop: Loop, ins: DType[], outs: DType[]): Kernel | null {
  // the SVML ports differ with the hardware FMA (fmaCode.ts)
  const fma = hardwareFma() ? 'F' : '';
  const key = `${loop.name}:${loop.ins.map((d) => d.char).join('')}>${loop.outs.map((d) => d.char).join('')}:${ins.map((d) => d.str).join(',')}>${outs.map((d) => d.str).join(',')}${fma}`;
  let k = cache.get(key);
  if (k !== undefined) return k;
  k = outs.length === 1 && !loop.ins.some((d) => d !== loop.ins[0]) ? build(loop, ins, outs[0]) : buildHostCall(loop, ins, outs);
  cache.set(key, k);
  return k;
}

/** how a value of dtype d crosses to a JS host function and back */
function hostType(d: DType): ValType {
  if (d.kind === 'f') return F64;
  if (d.kind === 'u' && d.itemsize === 4) return F64; // unsigned, not a negative i32
  return d.itemsize === 8 ? I64 : I32;
}

/**
 * The general kernel for loops the specialised generators leave out (two outputs: divmod, frexp,
 * modf; mixed int64/uint64 comparisons): loads, casts and stores in WASM, the element computed by the
 * reference's own scalar function through an import with one result per output.
 */
function buildHostCall(loop: Loop, ins: DType[], outs: DType[]): Kernel | null {
  const dts = [...loop.ins, ...loop.outs, ...ins, ...outs];
  if (dts.some((d) => d.kind === 'c' || valType(d) === null)) return null;
  const nin = ins.length, nout = outs.length;
  const params: ValType[] = [I32];
  for (let i = 0; i < nin + nout; i++) params.push(I32, I32);
  const first = params.length;
  const locals: ValType[] = [...loop.ins.map((d) => valType(d)!), ...loop.outs.map((d) => valType(d)!)];
  const c = new Code();
  const hosts = new Hosts();
  const ptr = (i: number) => 1 + 2 * i;
  const stride = (i: number) => 2 + 2 * i;
  c.op(Op.block, 0x40, Op.loop, 0x40);
  c.get(0).op(Op.i32_eqz, Op.br_if, 1);
  for (let i = 0; i < nin; i++) {
    c.get(ptr(i));
    emitLoad(c, ins[i], hosts);
    if (!emitConvert(c, ins[i], loop.ins[i], false)) return null;
    c.set(first + i);
  }
  // arguments in host form
  for (let i = 0; i < nin; i++) {
    const d = loop.ins[i];
    c.get(first + i);
    if (d.kind === 'u' && d.itemsize === 4) c.op(Op.f64_convert_i32_u);
    else if (valType(d) === F32) c.op(Op.f64_promote_f32);
  }
  const unsigned64 = loop.ins.map((d) => d.kind === 'u' && d.itemsize === 8);
  const fn = (...xs: any[]) => loop.fn(...xs.map((x, i) => (unsigned64[i] ? BigInt.asUintN(64, x) : x)));
  const results = loop.outs.map((d) => (d.kind === 'u' && d.itemsize === 4 ? I32 : hostType(d)));
  c.op(Op.call, hosts.use('f', loop.ins.map(hostType), results, fn));
  for (let k = nout - 1; k >= 0; k--) {
    if (valType(loop.outs[k]) === F32) c.op(Op.f32_demote_f64);
    c.set(first + nin + k);
  }
  for (let k = 0; k < nout; k++) {
    c.get(ptr(nin + k)).get(first + nin + k);
    if (!emitConvert(c, loop.outs[k], outs[k], true)) return null;
    emitStore(c, outs[k], hosts);
  }
  for (let i = 0; i < nin + nout; i++) c.get(ptr(i)).get(stride(i)).op(Op.i32_add).set(ptr(i));
  c.get(0).i32(1).op(Op.i32_sub).set(0);
  c.op(Op.br, 0, Op.end, Op.end);
  try {
    const mod = compileModule(assemble([{ name: 'run', params, results: [], locals, body: c }], hosts.defs), `ufunc ${loop.name} ${kernelSignature(ins, outs)}`);
    return kernelOf(mod, hosts.fns);
  } catch (e) {
    if ((globalThis as any).process?.env?.NDPY_DEBUG_WASM) throw e;
    return null;
  }
}

/**
 * Complex loops: each value is a pair of f64 locals (complex64 parts widened on load, narrowed on store,
 * as the reference computes in double); +, -, ×, negation and conjugation are emitted inline with the
 * reference's formulas (× through emitFusedProduct), everything else calls the reference's scalar function through an import that
 * takes the parts and returns the parts (multi-value), a flag or a real.
 */
/**
 * The host function a complex kernel calls for `fn` of `nin` complex operands, taking their parts
 * (re, im, re, im…): fixed arities without rest parameters or arrays, as it runs once per element
 * (a third of the time of `z**2` on 60k elements went to building argument arrays).
 */
function complexHost(fn: (...a: any[]) => any, nin: number): (...parts: number[]) => any {
  if (nin === 1) return (a: number, b: number) => fn(new Complex(a, b));
  if (nin === 2) return (a: number, b: number, x: number, y: number) => fn(new Complex(a, b), new Complex(x, y));
  return (...xs: number[]) => fn(...Array.from({ length: nin }, (_, i) => new Complex(xs[2 * i], xs[2 * i + 1])));
}

function buildComplex(loop: Loop, ins: DType[], out: DType): Kernel | null {
  const lt = loop.ins[0], lo = loop.outs[0];
  if (loop.ins.some((d) => d !== lt) || !out.isNative || ins.some((d) => !d.isNative || d.isText || d.kind === 'V')) return null;
  if (lo.kind === 'c' && out.kind !== 'c') return null; // complex → real casts stay in JS (ComplexWarning)
  if (lo.kind !== 'c' && valType(lo) === null) return null;
  const nin = ins.length;
  const params: ValType[] = [I32];
  for (let i = 0; i <= nin; i++) params.push(I32, I32);
  const first = params.length;
  const locals: ValType[] = [];
  const re = (i: number) => first + 2 * i, im = (i: number) => first + 2 * i + 1;
  for (let i = 0; i <= nin; i++) locals.push(F64, F64); // inputs, then the result at index nin
  const c = new Code();
  const hosts = new Hosts();
  const tmp = () => first + locals.push(F64) - 1;
  const ptr = (i: number) => 1 + 2 * i;
  const stride = (i: number) => 2 + 2 * i;
  const partLoad = (d: DType) => (d.itemsize === 8 ? c.mem(Op.f32_load, 0).op(Op.f64_promote_f32) : c.mem(Op.f64_load, 0));
  c.op(Op.block, 0x40, Op.loop, 0x40);
  c.get(0).op(Op.i32_eqz, Op.br_if, 1);
  for (let i = 0; i < nin; i++) {
    const d = ins[i];
    if (d.kind === 'c') {
      c.get(ptr(i));
      partLoad(d);
      c.set(re(i));
      c.get(ptr(i)).i32(d.itemsize / 2).op(Op.i32_add);
      partLoad(d);
      c.set(im(i));
    } else {
      // a real operand in a complex loop: (x, 0), x converted as the reference converts it
      c.get(ptr(i));
      emitLoad(c, d, hosts);
      const vt = valType(d);
      if (vt === null) return null;
      if (vt === F32) c.op(Op.f64_promote_f32);
      else if (vt === I32) c.op(unsigned(d) ? Op.f64_convert_i32_u : Op.f64_convert_i32_s);
      else if (vt === I64) c.op(unsigned(d) ? Op.f64_convert_i64_u : Op.f64_convert_i64_s);
      if (lt.itemsize === 8) c.op(Op.f32_demote_f64, Op.f64_promote_f32);
      c.set(re(i));
      c.f64(0).set(im(i));
    }
  }
  const R = nin;
  const a = 0, b = nin > 1 ? 1 : 0;
  const inline = (name: string): boolean => {
    switch (name) {
      case 'add': case 'subtract': {
        const op = name === 'add' ? Op.f64_add : Op.f64_sub;
        c.get(re(a)).get(re(b)).op(op).set(re(R));
        c.get(im(a)).get(im(b)).op(op).set(im(R));
        return true;
      }
      case 'multiply':
        emitFusedProduct(c, tmp, [re(a), im(a)], [re(b), im(b)], [re(R), im(R)], lt.itemsize === 8);
        return true;
      case 'negative':
        c.get(re(a)).op(Op.f64_neg).set(re(R));
        c.get(im(a)).op(Op.f64_neg).set(im(R));
        return true;
      case 'positive':
        c.get(re(a)).set(re(R));
        c.get(im(a)).set(im(R));
        return true;
      case 'conjugate':
        c.get(re(a)).set(re(R));
        c.get(im(a)).op(Op.f64_neg).set(im(R));
        return true;
    }
    return false;
  };
  const argParts: ValType[] = new Array(2 * nin).fill(F64);
  const pushArgs = () => {
    for (let i = 0; i < nin; i++) c.get(re(i)).get(im(i));
  };
  const onParts = complexHost(loop.fn, nin);
  if (lo.kind === 'c') {
    if (!inline(loop.name)) {
      const fn = nin <= 2
        ? (a: number, b: number, x: number, y: number) => {
          const r = onParts(a, b, x, y) as Complex;
          return [r.re, r.im];
        }
        : (...xs: number[]) => {
          const r = onParts(...xs) as Complex;
          return [r.re, r.im];
        };
      pushArgs();
      c.op(Op.call, hosts.use('f', argParts, [F64, F64], fn));
      c.set(im(R)).set(re(R));
    }
    // store both parts (narrowed for complex64 outputs)
    const half = out.itemsize / 2;
    for (const [part, off] of [[re(R), 0], [im(R), half]] as const) {
      c.get(ptr(nin));
      if (off) c.i32(off).op(Op.i32_add);
      c.get(part);
      if (half === 4) c.op(Op.f32_demote_f64).mem(Op.f32_store, 0);
      else c.mem(Op.f64_store, 0);
    }
  } else {
    // a flag or a real result (isnan, comparisons, absolute)
    c.get(ptr(nin));
    const rv = valType(lo)!;
    const fn = onParts;
    pushArgs();
    c.op(Op.call, hosts.use('f', argParts, [rv === F32 ? F64 : rv], fn));
    if (rv === F32) c.op(Op.f32_demote_f64);
    if (!emitConvert(c, lo, out, true)) return null;
    emitStore(c, out, hosts);
  }
  for (let i = 0; i <= nin; i++) c.get(ptr(i)).get(stride(i)).op(Op.i32_add).set(ptr(i));
  c.get(0).i32(1).op(Op.i32_sub).set(0);
  c.op(Op.br, 0, Op.end, Op.end);
  try {
    const mod = compileModule(assemble([{ name: 'run', params, results: [], locals, body: c }], hosts.defs), `ufunc ${loop.name} ${kernelSignature(ins, out)}`);
    return kernelOf(mod, hosts.fns);
  } catch (e) {
    if ((globalThis as any).process?.env?.NDPY_DEBUG_WASM) throw e;
    return null;
  }
}

/**
 * The complex product of the multiply loop into the locals `r` (scalarOps.ts cmulFused): each part is
 * fma(x, y, z) with the other product as z — emulated (fmaCode.ts) where the emulation is exact, else
 * as scalarOps.ts's fusedPart: z itself when only z is not finite, the plain x·y + z otherwise. complex64 parts
 * round the unfused product to float32 instead.
 */
function emitFusedProduct(c: Code, tmp: () => number, [ar, ai]: number[], [br, bi]: number[], [rr, ri]: number[], single: boolean): void {
  const part = (x: number, y: number, u: number, v: number, sign: number, out: number) => {
    const z = tmp();
    c.get(u).get(v).op(Op.f64_mul);
    if (single) c.op(Op.f32_demote_f64, Op.f64_promote_f32);
    if (sign < 0) c.op(Op.f64_neg);
    c.set(z);
    if (single) {
      c.get(x).get(y).op(Op.f64_mul).get(z).op(Op.f64_add).set(out);
      return;
    }
    const e = new Emitter(c, tmp);
    const fused = e.fma(e.factor(x), e.factor(y), z);
    const p = e.mul(x, y);
    const finite = (v: number) => c.get(v).op(Op.f64_abs).f64(Infinity).op(Op.f64_lt);
    c.get(fused);
    // outside the emulation's range: z when only z is not finite, else x·y + z
    c.get(z).get(p).get(z).op(Op.f64_add);
    finite(x), finite(y), c.op(Op.i32_and), finite(z), c.op(Op.i32_eqz, Op.i32_and, Op.select);
    c.get(x).op(Op.f64_abs).f64(1e298).op(Op.f64_lt);
    c.get(y).op(Op.f64_abs).f64(1e298).op(Op.f64_lt, Op.i32_and);
    c.get(p).op(Op.f64_abs).f64(1e300).op(Op.f64_lt, Op.i32_and);
    c.get(p).f64(0).op(Op.f64_ne, Op.i32_and);
    finite(z), c.op(Op.i32_and);
    c.op(Op.select).set(out);
  };
  part(ar, br, ai, bi, -1, rr);
  part(ar, bi, ai, br, 1, ri);
}

function build(loop: Loop, ins: DType[], out: DType): Kernel | null {
  if (loop.ins[0].kind === 'c') return loop.outs.length === 1 ? buildComplex(loop, ins, out) : null;
  const all = [...loop.ins, ...loop.outs, ...ins, out];
  if (all.some((d) => valType(d) === null)) return null;
  // mixed int64/uint64 comparison loops ('lL->?') compare across signedness: left to the reference
  if (loop.ins.some((d) => d !== loop.ins[0])) return null;
  const nin = ins.length;
  const params: ValType[] = [I32];
  for (let i = 0; i <= nin; i++) params.push(I32, I32);
  const locals: ValType[] = [];
  const firstLocal = params.length;
  const valLocal: number[] = [];
  for (let i = 0; i < nin; i++) {
    valLocal.push(firstLocal + locals.length);
    locals.push(valType(loop.ins[i])!);
  }
  const c = new Code();
  const hosts = new Hosts();
  const n = 0;
  const ptr = (i: number) => 1 + 2 * i;
  const stride = (i: number) => 2 + 2 * i;
  const local = (t: ValType) => (locals.push(t), firstLocal + locals.length - 1);
  // float32/float64 results are checked for finiteness as they are stored: vector lanes OR-ed into vacc,
  // scalar ones summed as r - r into sacc (0 while all are finite, NaN after an inf or NaN)
  const checks = out.kind === 'f' && (out.itemsize === 8 || out.itemsize === 4);
  const vacc = checks ? local(V128) : -1, sacc = checks ? local(out.itemsize === 8 ? F64 : F32) : -1, res = checks ? local(out.itemsize === 8 ? F64 : F32) : -1;
  if (checks && ins.every((d) => d === loop.ins[0]) && out === loop.outs[0]) emitSimd(c, loop.name, loop.ins[0], nin, ptr, stride, local, vacc);
  c.op(Op.block, 0x40, Op.loop, 0x40);
  c.get(n).op(Op.i32_eqz, Op.br_if, 1);
  for (let i = 0; i < nin; i++) {
    c.get(ptr(i));
    emitLoad(c, ins[i], hosts);
    if (!emitConvert(c, ins[i], loop.ins[i], false)) return null;
    c.set(valLocal[i]);
  }
  c.get(ptr(nin));
  const dt = loop.ins[0];
  const ctx: Ctx = {
    c, a: valLocal[0], b: valLocal[1] ?? valLocal[0], dt,
    tmp: () => {
      locals.push(valType(dt)!);
      return firstLocal + locals.length - 1;
    },
  };
  let ok = dt.kind === 'f' ? floatOp(loop.name, ctx) : intOp(loop.name, ctx);
  // NumPy's float64 loops that follow Intel SVML run its arithmetic inline; rare arguments call the reference
  const svml = SVML_EMIT.get(loop.fn);
  if (!ok && svml) {
    const tmpI32 = () => (locals.push(I32), firstLocal + locals.length - 1);
    const strides = valLocal.slice(0, nin).map((_, i) => stride(i));
    svml(c, valLocal.slice(0, nin), ctx.tmp, tmpI32, hosts.use('svml', new Array(nin).fill(F64), [F64], loop.fn), strides);
    ok = true;
  }
  // operations WebAssembly has no instruction for (exp, log, pow, …): the kernel calls the same scalar
  // function the reference evaluator uses, imported from JS, so casts and strides still run in WASM
  if (!ok && dt.kind === 'f' && loop.outs[0].kind === 'f' && nin <= 2) {
    for (let i = 0; i < nin; i++) {
      c.get(valLocal[i]);
      if (dt.itemsize === 4) c.op(Op.f64_promote_f32);
    }
    c.op(Op.call, hosts.use('f', new Array(nin).fill(F64), [F64], loop.fn));
    if (loop.outs[0].itemsize === 4) c.op(Op.f32_demote_f64);
    ok = true;
  }
  // integer operations without an instruction (power, gcd, lcm): the reference's function, with
  // uint32 values passed as f64 so JS sees them unsigned
  if (!ok && (dt.kind === 'i' || dt.kind === 'u') && loop.outs[0] === dt && nin <= 2) {
    const u32 = dt.kind === 'u' && dt.itemsize === 4;
    const vt: ValType = dt.itemsize === 8 ? I64 : u32 ? F64 : I32;
    for (let i = 0; i < nin; i++) {
      c.get(valLocal[i]);
      if (u32) c.op(Op.f64_convert_i32_u);
    }
    // uint64 values reach JS as signed BigInts: reinterpret them unsigned for the reference function
    const fn = dt.kind === 'u' && dt.itemsize === 8 ? (...xs: bigint[]) => loop.fn(...xs.map((x) => BigInt.asUintN(64, x))) : loop.fn;
    // the result comes back as i32: JS converts it modulo 2**32, exactly as the reference's store does
    c.op(Op.call, hosts.use('f', new Array(nin).fill(vt), [u32 ? I32 : vt], fn));
    ok = true;
  }
  if (!ok) return null;
  if (!emitConvert(c, loop.outs[0], out, true)) return null;
  if (checks) {
    const d64 = out.itemsize === 8;
    c.tee(res).get(sacc).get(res).get(res).op(d64 ? Op.f64_sub : Op.f32_sub, d64 ? Op.f64_add : Op.f32_add).set(sacc);
  }
  emitStore(c, out, hosts);
  for (let i = 0; i <= nin; i++) c.get(ptr(i)).get(stride(i)).op(Op.i32_add).set(ptr(i));
  c.get(n).i32(1).op(Op.i32_sub).set(n);
  c.op(Op.br, 0, Op.end, Op.end);
  // the result: 1 when all stored values were finite
  if (checks) c.get(sacc).get(sacc).op(out.itemsize === 8 ? Op.f64_eq : Op.f32_eq).get(vacc).simd(Simd.v128_any_true).op(Op.i32_eqz, Op.i32_and);
  else c.i32(0);
  try {
    const mod = compileModule(assemble([{ name: 'run', params, results: [I32], locals, body: c }], hosts.defs), `ufunc ${loop.name} ${kernelSignature(ins, out)}`);
    const k = kernelOf(mod, hosts.fns);
    k.checksFinite = checks;
    return k;
  } catch (e) {
    if ((globalThis as any).process?.env?.NDPY_DEBUG_WASM) throw e;
    return null;
  }
}
