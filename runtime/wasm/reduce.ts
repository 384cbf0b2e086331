/**
 * Reduction kernels in WebAssembly for the hot case of `add` along one strided row: NumPy's pairwise
 * summation for float32/float64 (blocks of 128, eight accumulators, the same split points, so the
 * digits equal NumPy's and the JS reference's `pairwise`), and plain 64-bit accumulation for
 * integer and boolean inputs summed into int64/uint64 (exact modulo 2**64 in any order).
 *
 * Contiguous float64/float32 blocks keep the eight accumulators in SIMD lanes (same additions, same digits).
 *
 * Long contiguous float rows are summed by sumStreams.ts (several memory streams, the same additions).
 *
 * Exported function: `sum(p, n, stride) → value` (f64, f32 or i64 by kernel). Inputs are converted
 * from their own dtype to the accumulator's on load, as the JS path does. Cached per (input, acc) pair.
 */
import { DType } from '../dtype';
import { heap } from '../memory';
import { streamedSum, STREAM_MIN } from './sumStreams';
import { Code, Op, Simd, I32, I64, F32, F64, V128, ValType, assemble } from './assembler';
import { compileModule } from './module';
import { emitElementLoad } from './elementAccess';

export type SumKernel = (p: number, n: number, stride: number) => number | bigint;

/** convert the loaded value (of dtype d) to the accumulator type */
function widen(c: Code, d: DType, acc: ValType): boolean {
  const unsigned = d.kind === 'u' || d.kind === 'b';
  const i32 = d.itemsize <= 4 && d.kind !== 'f';
  if (acc === F64) {
    if (d.char === 'd') return true;
    if (d.char === 'f') return c.op(Op.f64_promote_f32), true;
    if (i32) return c.op(unsigned ? Op.f64_convert_i32_u : Op.f64_convert_i32_s), true;
    return c.op(unsigned ? Op.f64_convert_i64_u : Op.f64_convert_i64_s), true;
  }
  if (acc === F32) return d.char === 'f';
  if (acc === I64) {
    if (d.kind === 'f') return false;
    if (i32) return c.op(unsigned ? Op.i64_extend_i32_u : Op.i64_extend_i32_s), true;
    return true;
  }
  return false;
}

function accType(acc: DType): ValType | null {
  if (acc.kind === 'f') return acc.itemsize === 8 ? F64 : acc.itemsize === 4 ? F32 : null;
  if ((acc.kind === 'i' || acc.kind === 'u') && acc.itemsize === 8) return I64;
  return null;
}

const cache = new Map<string, SumKernel | null>();

/** The sum kernel reading `input` elements into an accumulator of dtype `acc`, or null. */
export function sumKernel(input: DType, acc: DType): SumKernel | null {
  if (!input.isNative) return null;
  const key = input.char + '>' + acc.char;
  let k = cache.get(key);
  if (k === undefined) {
    k = build(input, acc);
    if (k !== null && input === acc && (acc.char === 'd' || acc.char === 'f')) k = streamed(k as Single, acc.itemsize as 4 | 8);
    cache.set(key, k);
  }
  return k;
}

type Single = (p: number, n: number, stride: number) => number;

/** long contiguous rows go to sumStreams.ts (same digits, several memory streams) */
function streamed(k: Single, size: 4 | 8): SumKernel {
  const one = (p: number, n: number) => k(p, n, size);
  return (p, n, stride) => (stride === size && n >= STREAM_MIN ? streamedSum(p, n, size, one) ?? k(p, n, stride) : k(p, n, stride));
}

function build(input: DType, acc: DType): SumKernel | null {
  const at = accType(acc);
  if (at === null) return null;
  // p, n, s params; locals from 3
  const P = 0, N = 1, S = 2;
  const c = new Code();
  const add = at === F64 ? Op.f64_add : at === F32 ? Op.f32_add : Op.i64_add;
  const zero = () => (at === F64 ? c.f64(0) : at === F32 ? c.f32(0) : c.i64(0));
  const loadAt = (addr: () => void) => {
    addr();
    if (!emitElementLoad(c, input)) return false;
    return widen(c, input, at);
  };
  if (at === I64) {
    // integers: one accumulator, any order gives the same result
    const RES = 3;
    zero(), c.set(RES);
    c.op(Op.block, 0x40, Op.loop, 0x40);
    c.get(N).op(Op.i32_eqz, Op.br_if, 1);
    c.get(RES);
    if (!loadAt(() => c.get(P))) return null;
    c.op(add).set(RES);
    c.get(P).get(S).op(Op.i32_add).set(P);
    c.get(N).i32(1).op(Op.i32_sub).set(N);
    c.op(Op.br, 0, Op.end, Op.end);
    c.get(RES);
    return instantiate(c, at, [at]);
  }
  // float: NumPy's pairwise_sum, recursive (function index 0 calls itself)
  const RES = 3, I = 4, R0 = 5, V0 = 13, Q = 17, END = 18;
  const elem = (idx: () => void) => loadAt(() => (c.get(P), idx(), c.get(S), c.op(Op.i32_mul, Op.i32_add)));
  /** res += element i for the remaining i < n, one by one, then return res */
  const finish = (): boolean => {
    c.op(Op.block, 0x40, Op.loop, 0x40);
    c.get(I).get(N).op(Op.i32_ge_s, Op.br_if, 1);
    c.get(RES);
    if (!elem(() => c.get(I))) return false;
    c.op(add).set(RES);
    c.get(I).i32(1).op(Op.i32_add).set(I);
    c.op(Op.br, 0, Op.end, Op.end);
    c.get(RES).op(Op.return);
    return true;
  };
  // n < 8: sequential from 0
  c.get(N).i32(8).op(Op.i32_lt_s, Op.if, 0x40);
  zero(), c.set(RES);
  c.i32(0).set(I);
  if (!finish()) return null;
  c.op(Op.end);
  // n <= 128: eight accumulators
  c.get(N).i32(128).op(Op.i32_le_s, Op.if, 0x40);
  const same = (input.char === 'd' && at === F64) || (input.char === 'f' && at === F32);
  if (same) {
    // contiguous: the eight accumulators as SIMD lanes (f64x2 ×4 or f32x4 ×2), the same additions
    const size = input.itemsize, nv = size === 8 ? 4 : 2, vadd = size === 8 ? Simd.f64x2_add : Simd.f32x4_add;
    const ext = size === 8 ? Simd.f64x2_extract_lane : Simd.f32x4_extract_lane;
    c.get(S).i32(size).op(Op.i32_eq, Op.if, 0x40);
    for (let j = 0; j < nv; j++) c.get(P).simdMem(Simd.v128_load, 16 * j).set(V0 + j);
    // Q walks the blocks of eight from element 8 to END = p + (n - n % 8) * size
    c.get(P).i32(8 * size).op(Op.i32_add).set(Q);
    c.get(P).get(N).get(N).i32(8).op(Op.i32_rem_s, Op.i32_sub).i32(size).op(Op.i32_mul, Op.i32_add).set(END);
    c.op(Op.block, 0x40, Op.loop, 0x40);
    c.get(Q).get(END).op(Op.i32_ge_u, Op.br_if, 1);
    for (let j = 0; j < nv; j++) c.get(V0 + j).get(Q).simdMem(Simd.v128_load, 16 * j).simd(vadd).set(V0 + j);
    c.get(Q).i32(8 * size).op(Op.i32_add).set(Q);
    c.op(Op.br, 0, Op.end, Op.end);
    c.get(N).get(N).i32(8).op(Op.i32_rem_s, Op.i32_sub).set(I);
    // r_k is lane k % lanes of vector floor(k / lanes)
    const r = (k: number) => {
      const lanes = 16 / size;
      c.get(V0 + Math.floor(k / lanes)).simd(ext, k % lanes);
    };
    r(0), r(1), c.op(add), r(2), r(3), c.op(add, add);
    r(4), r(5), c.op(add), r(6), r(7), c.op(add, add);
    c.op(add).set(RES);
    if (!finish()) return null;
    c.op(Op.end);
  }
  for (let j = 0; j < 8; j++) {
    if (!elem(() => c.i32(j))) return null;
    c.set(R0 + j);
  }
  c.i32(8).set(I);
  c.op(Op.block, 0x40, Op.loop, 0x40);
  // while i < n - n % 8
  c.get(I).get(N).get(N).i32(8).op(Op.i32_rem_s, Op.i32_sub, Op.i32_ge_s, Op.br_if, 1);
  for (let j = 0; j < 8; j++) {
    c.get(R0 + j);
    if (!elem(() => c.get(I).i32(j).op(Op.i32_add))) return null;
    c.op(add).set(R0 + j);
  }
  c.get(I).i32(8).op(Op.i32_add).set(I);
  c.op(Op.br, 0, Op.end, Op.end);
  // res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
  c.get(R0).get(R0 + 1).op(add).get(R0 + 2).get(R0 + 3).op(add, add);
  c.get(R0 + 4).get(R0 + 5).op(add).get(R0 + 6).get(R0 + 7).op(add, add);
  c.op(add).set(RES);
  if (!finish()) return null;
  c.op(Op.end);
  // split: n2 = n / 2 - (n / 2) % 8
  c.get(N).i32(2).op(Op.i32_div_s).tee(I).get(I).i32(8).op(Op.i32_rem_s, Op.i32_sub).set(I);
  c.get(P).get(I).get(S).op(Op.call, 0);
  c.get(P).get(I).get(S).op(Op.i32_mul, Op.i32_add).get(N).get(I).op(Op.i32_sub).get(S).op(Op.call, 0);
  c.op(add);
  return instantiate(c, at, [at, I32, ...new Array(8).fill(at), V128, V128, V128, V128, I32, I32]);
}

function instantiate(c: Code, at: ValType, locals: ValType[]): SumKernel | null {
  try {
    const bytes = assemble([{ name: 'sum', params: [I32, I32, I32], results: [at], locals, body: c }]);
    const mod = compileModule(bytes, 'sum');
    const inst = new WebAssembly.Instance(mod, { env: { mem: heap.memory } });
    return inst.exports.sum as SumKernel;
  } catch (e) {
    if ((globalThis as any).process?.env?.NDPY_DEBUG_WASM) throw e;
    return null;
  }
}
