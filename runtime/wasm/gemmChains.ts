/**
 * The fused-chain form of OpenBLAS's small dgemm kernels (runtime/linalg/blasMatmul.ts), in WebAssembly:
 * each entry of C = A·B is a[i,0]·b[0,j] rounded, then one fused multiply-add per further k, in order —
 * the digits NumPy's float64 products have on SkylakeX. Two columns run side by side in the lanes of
 * `f64x2.relaxed_madd`, which is used only where the engine computes it fused (hardwareFma.ts); without
 * that the caller keeps its software FMA.
 *
 * `run(n, k, cols, m, a, sa0, sa1, b, sb0, sb1, out)`: columns 0 .. cols of the n×m C-contiguous result
 * at `out`; A (n×k) and B (k×m) at byte addresses with byte strides.
 */
import { Code, Op, Simd, I32, V128 } from './assembler';
import { singleKernel } from './module';
import { hardwareFma, RELAXED_MADD_F64X2 } from './hardwareFma';

export type GemmChains = (n: number, k: number, cols: number, m: number, a: number, sa0: number, sa1: number, b: number, sb0: number, sb1: number, out: number) => void;

let kernel: GemmChains | null | undefined;

/** The kernel, or null without a fused hardware multiply-add (or WebAssembly). */
export function gemmChains(): GemmChains | null {
  if (kernel === undefined) kernel = hardwareFma() ? build() : null;
  return kernel;
}

function build(): GemmChains | null {
  const N = 0, K = 1, COLS = 2, M = 3, A = 4, SA0 = 5, SA1 = 6, B = 7, SB0 = 8, SB1 = 9, OUT = 10;
  const I = 11, J = 12, T = 13, PA = 14, PB = 15, D1 = 16, Q = 17, PAIR = 18, S = 19;
  const c = new Code();
  /** the pair (b at PB, b at PB + D1) */
  const bPair = () => c.get(PB).mem(Op.f64_load, 3).simd(Simd.f64x2_splat).get(PB).get(D1).op(Op.i32_add).mem(Op.f64_load, 3).simd(Simd.f64x2_replace_lane, 1);
  const aSplat = () => c.get(PA).mem(Op.f64_load, 3).simd(Simd.f64x2_splat);
  c.i32(0).set(I);
  c.op(Op.block, 0x40, Op.loop, 0x40);
  c.get(I).get(N).op(Op.i32_ge_s, Op.br_if, 1);
  c.i32(0).set(J);
  c.op(Op.block, 0x40, Op.loop, 0x40);
  c.get(J).get(COLS).op(Op.i32_ge_s, Op.br_if, 1);
  // the second lane is column j + 1, or column j again for a last odd column
  c.get(J).i32(1).op(Op.i32_add).get(COLS).op(Op.i32_lt_s).set(PAIR);
  c.get(SB1).i32(0).get(PAIR).op(Op.select).set(D1);
  c.get(A).get(I).get(SA0).op(Op.i32_mul, Op.i32_add).set(PA);
  c.get(B).get(J).get(SB1).op(Op.i32_mul, Op.i32_add).set(PB);
  aSplat(), bPair(), c.simd(Simd.f64x2_mul).set(S);
  c.i32(1).set(T);
  c.op(Op.block, 0x40, Op.loop, 0x40);
  c.get(T).get(K).op(Op.i32_ge_s, Op.br_if, 1);
  c.get(PA).get(SA1).op(Op.i32_add).set(PA);
  c.get(PB).get(SB0).op(Op.i32_add).set(PB);
  aSplat(), bPair(), c.get(S).simd(RELAXED_MADD_F64X2).set(S);
  c.get(T).i32(1).op(Op.i32_add).set(T);
  c.op(Op.br, 0, Op.end, Op.end);
  // out + (i·m + j)·8: lane 0, and lane 1 for a pair
  c.get(OUT).get(I).get(M).op(Op.i32_mul).get(J).op(Op.i32_add).i32(8).op(Op.i32_mul, Op.i32_add).set(Q);
  c.get(Q).get(S).simd(Simd.f64x2_extract_lane, 0).mem(Op.f64_store, 3);
  c.get(PAIR).op(Op.if, 0x40);
  c.get(Q).get(S).simd(Simd.f64x2_extract_lane, 1).mem(Op.f64_store, 3, 8);
  c.op(Op.end);
  c.get(J).i32(2).op(Op.i32_add).set(J);
  c.op(Op.br, 0, Op.end, Op.end);
  c.get(I).i32(1).op(Op.i32_add).set(I);
  c.op(Op.br, 0, Op.end, Op.end);
  return singleKernel<GemmChains>('gemm chains f64', Array(11).fill(I32), [], [I32, I32, I32, I32, I32, I32, I32, I32, V128], c);
}
