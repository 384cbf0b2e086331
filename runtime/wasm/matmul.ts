/**
 * Matrix products of float64/float32 matrices in WebAssembly, straight from the operands: C = A·B for one
 * (n×k)·(k×m) pair with any element strides of A and B and a C-contiguous C. This is the kernel for small
 * and thin products (vectors, a few rows or columns), where copying operands into panels does not pay;
 * larger ones go to matmulPacked.ts, which sums in the same order.
 * Each element of C is accumulated as ((0 + a₀b₀) + a₁b₁) + … in t order — the same digits as the
 * reference triple loop — but eight columns of C at a time, in registers: per step of t one element of A
 * and eight of B (one cache line of float64) are loaded for eight multiply-adds, and C is written once;
 * with B's rows contiguous the eight columns are SIMD lanes and two rows of C share each load of B.
 * float32 products and sums round to float32 at every step, as the float32 multiply/add loops do.
 *
 * Exported function: `mm(pa, pb, pc, n, k, m, sa0, sa1, sb0, sb1)`, strides in bytes.
 */
import { heap } from '../memory';
import { Code, Op, Simd, I32, F32, F64, V128, assemble } from './assembler';
import { compileModule } from './module';

export type MatmulKernel = (pa: number, pb: number, pc: number, n: number, k: number, m: number, sa0: number, sa1: number, sb0: number, sb1: number) => void;

const cache = new Map<string, MatmulKernel | null>();

/** The kernel for 'd' (float64) or 'f' (float32) operands, or null where WebAssembly is unavailable. */
export function matmulKernel(char: 'd' | 'f'): MatmulKernel | null {
  let k = cache.get(char);
  if (k === undefined) {
    k = build(char);
    cache.set(char, k);
  }
  return k;
}

function build(char: 'd' | 'f'): MatmulKernel | null {
  const f64 = char === 'd';
  const size = f64 ? 8 : 4;
  const load = f64 ? Op.f64_load : Op.f32_load;
  const store = f64 ? Op.f64_store : Op.f32_store;
  const mul = f64 ? Op.f64_mul : Op.f32_mul;
  const add = f64 ? Op.f64_add : Op.f32_add;
  const align = f64 ? 3 : 2;
  const W = 8;
  // params
  const PA = 0, PB = 1, PC = 2, N = 3, K = 4, M = 5, SA0 = 6, SA1 = 7, SB0 = 8, SB1 = 9;
  // locals: i32 ones, then the float accumulators and A's element
  const I = 10, J = 11, T = 12, AP = 13, BP = 14, CP = 15, JEND = 16;
  const AV = 17, ACC = 18;
  const c = new Code();
  const zero = () => (f64 ? c.f64(0) : c.f32(0));
  /** columns j .. j+w-1 of every row: w accumulators over t, then stored */
  const block = (w: number) => {
    c.i32(0).set(I);
    c.op(Op.block, 0x40, Op.loop, 0x40);
    c.get(I).get(N).op(Op.i32_ge_s, Op.br_if, 1);
    for (let q = 0; q < w; q++) zero(), c.set(ACC + q);
    c.get(PA).get(I).get(SA0).op(Op.i32_mul, Op.i32_add).set(AP);
    c.get(PB).get(J).get(SB1).op(Op.i32_mul, Op.i32_add).set(BP);
    c.i32(0).set(T);
    c.op(Op.block, 0x40, Op.loop, 0x40);
    c.get(T).get(K).op(Op.i32_ge_s, Op.br_if, 1);
    c.get(AP).mem(load, align).set(AV);
    for (let q = 0; q < w; q++) {
      c.get(ACC + q).get(AV).get(BP);
      if (q) c.get(SB1).i32(q).op(Op.i32_mul, Op.i32_add);
      c.mem(load, align).op(mul, add).set(ACC + q);
    }
    c.get(AP).get(SA1).op(Op.i32_add).set(AP);
    c.get(BP).get(SB0).op(Op.i32_add).set(BP);
    c.get(T).i32(1).op(Op.i32_add).set(T);
    c.op(Op.br, 0, Op.end, Op.end);
    // C[i, j + q] = acc_q
    c.get(PC).get(I).get(M).op(Op.i32_mul).get(J).op(Op.i32_add).i32(size).op(Op.i32_mul, Op.i32_add).set(CP);
    for (let q = 0; q < w; q++) c.get(CP).get(ACC + q).mem(store, align, q * size);
    c.get(I).i32(1).op(Op.i32_add).set(I);
    c.op(Op.br, 0, Op.end, Op.end);
  };
  /**
   * The same blocks of W columns with B's rows contiguous, in SIMD lanes: two rows of C at a time share
   * each vector of B; every lane still multiplies then adds (no fused multiply-add), so the digits stay.
   */
  const nv = (W * size) / 16;
  const vmul = f64 ? Simd.f64x2_mul : Simd.f32x4_mul, vadd = f64 ? Simd.f64x2_add : Simd.f32x4_add;
  const splat = f64 ? Simd.f64x2_splat : Simd.f32x4_splat;
  const VACC = ACC + W, VB = VACC + 2 * nv, VA = VB + nv, AP1 = VA + 2;
  const simdBlock = (rows: number) => {
    for (let r = 0; r < rows; r++) for (let q = 0; q < nv; q++) (f64 ? c.f64(0) : c.f32(0)).simd(splat).set(VACC + r * nv + q);
    c.get(PA).get(I).get(SA0).op(Op.i32_mul, Op.i32_add).tee(AP).get(SA0).op(Op.i32_add).set(AP1);
    c.get(PB).get(J).i32(size).op(Op.i32_mul, Op.i32_add).set(BP);
    c.i32(0).set(T);
    c.op(Op.block, 0x40, Op.loop, 0x40);
    c.get(T).get(K).op(Op.i32_ge_s, Op.br_if, 1);
    for (let r = 0; r < rows; r++) c.get(r ? AP1 : AP).mem(load, align).simd(splat).set(VA + r);
    for (let q = 0; q < nv; q++) c.get(BP).simdMem(Simd.v128_load, 16 * q).set(VB + q);
    for (let r = 0; r < rows; r++) {
      for (let q = 0; q < nv; q++) c.get(VACC + r * nv + q).get(VA + r).get(VB + q).simd(vmul).simd(vadd).set(VACC + r * nv + q);
    }
    c.get(AP).get(SA1).op(Op.i32_add).set(AP);
    c.get(AP1).get(SA1).op(Op.i32_add).set(AP1);
    c.get(BP).get(SB0).op(Op.i32_add).set(BP);
    c.get(T).i32(1).op(Op.i32_add).set(T);
    c.op(Op.br, 0, Op.end, Op.end);
    for (let r = 0; r < rows; r++) {
      c.get(PC).get(I).i32(r).op(Op.i32_add).get(M).op(Op.i32_mul).get(J).op(Op.i32_add).i32(size).op(Op.i32_mul, Op.i32_add).set(CP);
      for (let q = 0; q < nv; q++) c.get(CP).get(VACC + r * nv + q).simdMem(Simd.v128_store, 16 * q);
    }
  };
  // blocks of W columns (SIMD when B's rows are contiguous), then single columns
  c.i32(0).set(J);
  c.get(M).get(M).i32(W).op(Op.i32_rem_s, Op.i32_sub).set(JEND);
  c.get(SB1).i32(size).op(Op.i32_eq, Op.if, 0x40);
  c.op(Op.block, 0x40, Op.loop, 0x40);
  c.get(J).get(JEND).op(Op.i32_ge_s, Op.br_if, 1);
  c.i32(0).set(I);
  c.op(Op.block, 0x40, Op.loop, 0x40);
  c.get(I).i32(2).op(Op.i32_add).get(N).op(Op.i32_gt_s, Op.br_if, 1);
  simdBlock(2);
  c.get(I).i32(2).op(Op.i32_add).set(I);
  c.op(Op.br, 0, Op.end, Op.end);
  c.get(I).get(N).op(Op.i32_lt_s, Op.if, 0x40);
  simdBlock(1);
  c.op(Op.end);
  c.get(J).i32(W).op(Op.i32_add).set(J);
  c.op(Op.br, 0, Op.end, Op.end);
  c.op(Op.end);
  c.op(Op.block, 0x40, Op.loop, 0x40);
  c.get(J).get(JEND).op(Op.i32_ge_s, Op.br_if, 1);
  block(W);
  c.get(J).i32(W).op(Op.i32_add).set(J);
  c.op(Op.br, 0, Op.end, Op.end);
  c.op(Op.block, 0x40, Op.loop, 0x40);
  c.get(J).get(M).op(Op.i32_ge_s, Op.br_if, 1);
  block(1);
  c.get(J).i32(1).op(Op.i32_add).set(J);
  c.op(Op.br, 0, Op.end, Op.end);
  const ft = f64 ? F64 : F32;
  try {
    const locals = [I32, I32, I32, I32, I32, I32, I32, ft, ...new Array(W).fill(ft), ...new Array(3 * nv + 2).fill(V128), I32];
    const bytes = assemble([{ name: 'mm', params: new Array(10).fill(I32), results: [], locals, body: c }]);
    const inst = new WebAssembly.Instance(compileModule(bytes, 'matmul'), { env: { mem: heap.memory } });
    return inst.exports.mm as MatmulKernel;
  } catch (e) {
    if ((globalThis as any).process?.env?.NDPY_DEBUG_WASM) throw e;
    return null;
  }
}
