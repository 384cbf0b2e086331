/**
 * float64 matrix products with the digits of NumPy's BLAS calls. NumPy's matmul hands float64 products
 * to OpenBLAS (numpy/_core/src/umath/matmul.c.src): a 1×1 result is `ddot`, a matrix times a vector is
 * `dgemv` (row-contiguous matrix: 'T', column-contiguous: 'N'), and a matrix product `dgemm` with
 * row-major operands. OpenBLAS sums in orders of its own, so the last bit of a product depends on the
 * route; this file picks the route NumPy takes and runs blas.ts's model of the kernel.
 *
 * dgemm on SkylakeX runs its small-matrix kernels when M·N·K ≤ 10⁶ (M, N being the column-major sizes:
 * M = columns of C, N = rows of C). With both operands row-contiguous ('nn') every C entry is one fused
 * multiply-add chain over k from +0, except in the last M mod 8 columns when that remainder is at most
 * 4 and K ≥ 16: there the kernel works dot-style, eight lanes (k mod 8) of fused chains, reduced either
 * as ((l0+l1)+(l2+l3))+((l4+l5)+(l6+l7)) (the four-way REDUCE_4 shuffle, for columns in the first M - M
 * mod 4 or rows in the first N - N mod 4) or as ((l0+l4)+(l2+l6))+((l1+l5)+(l3+l7))
 * (_mm512_reduce_add_pd). A column-contiguous A ('nt', 'tt') is all chains; a column-contiguous B
 * alone ('tn') is all dot-style when the kernel is permitted (M·N ≤ 1200, K ≥ 32) and all chains in
 * the general kernel otherwise. A·Aᵀ (same data, one side transposed) goes to dsyrk: chains up to 11
 * columns. Sources: OpenBLAS kernel/x86_64/dgemm_small_kernel_{nn,tn}_skylakex.c; fitted against
 * NumPy 2.4's scipy-openblas 0.3.31 on a SkylakeX core.
 *
 * Routes not modelled here (wider dsyrk, dgemm beyond the small kernels, dgemv over 2048 rows) return
 * false so the caller keeps its own summation.
 */
import { fma, dot, gemvN, gemvT } from './blas';
import { gemmChains } from '../wasm/gemmChains';

/** dgemm's small-kernel threshold on M·N·K (dgemm_small_kernel_permit_skylakex.c). */
const SMALL_GEMM_LIMIT = 1e6;
/** The widest A·Aᵀ whose dsyrk result is a plain fused chain per entry (measured: 12 to 15 are not). */
const SYRK_CHAIN_MAX = 11;
/** dgemv_t works on row blocks of this many (NBMAX in dgemv_t_4.c); a single block is modelled. */
const GEMV_BLOCK = 2048;

/**
 * C(n×m) = A(n×k)·B(k×m) into `f` at `oo` (C-contiguous), all offsets and strides in float64 elements
 * of `f`. Returns false when NumPy's route for these strides is not modelled (nothing is written).
 */
export function blasMatmul(f: Float64Array, n: number, k: number, m: number, ao: number, sa0: number, sa1: number, bo: number, sb0: number, sb1: number, oo: number): boolean {
  if (n === 0 || m === 0 || k === 0) return false;
  if (n === 1 && m === 1) {
    // DOUBLE_dot: cblas_ddot for positive strides, NumPy's own loop otherwise
    if (sa1 <= 0 || sb0 <= 0) return false;
    f[oo] = dot(k, f, ao, sa1, f, bo, sb0);
    return true;
  }
  if (k === 1) return false;
  if (n === 1) return vectorMatrix(f, k, m, ao, sa1, bo, sb0, sb1, oo);
  if (m === 1) return vectorMatrix(f, k, n, bo, sb0, ao, sa1, sa0, oo);
  const mnk = m * n * k;
  if (mnk > SMALL_GEMM_LIMIT) return false;
  const tA = transposed(sa0, sa1, n, k), tB = transposed(sb0, sb1, k, m);
  let dotFrom = m;
  if (ao === bo && n === m && sa0 === sb1 && sa1 === sb0 && tA !== tB) {
    // A·Aᵀ goes to dsyrk, whose kernel is a plain chain for up to 11 columns
    if (m > SYRK_CHAIN_MAX) return false;
  } else if (!tB && !tA) {
    const tail = m % 8;
    if (tail <= 4 && k >= 16) dotFrom = m - tail;
  } else if (tB && !tA && m * n <= 1200 && k >= 32) {
    dotFrom = 0;
  }
  // the fused chains in WebAssembly where the hardware fuses; the dot-style columns (and all, without it) here
  const chains = dotFrom > 0 ? gemmChains() : null;
  if (chains !== null) chains(n, k, dotFrom, m, 8 * ao, 8 * sa0, 8 * sa1, 8 * bo, 8 * sb0, 8 * sb1, 8 * oo);
  smallGemm(f, n, k, m, ao, sa0, sa1, bo, sb0, sb1, oo, dotFrom, chains !== null ? dotFrom : 0);
  return true;
}

/** NumPy's is_blasable2d: unit stride along the second axis, the first at least its length. */
function blasable(s0: number, s1: number, len1: number): boolean {
  return s1 === 1 && s0 >= len1;
}

/**
 * Whether NumPy passes this rows×cols operand to dgemm transposed: column-contiguous, or (copied to a
 * contiguous buffer first) with the smaller stride along the rows.
 */
function transposed(s0: number, s1: number, rows: number, cols: number): boolean {
  if (blasable(s0, s1, cols)) return false;
  return blasable(s1, s0, rows) || Math.abs(s0) < Math.abs(s1);
}

/**
 * NumPy's gemv for a vector x (k, stride sx) against a matrix whose output index runs with stride `so`
 * and whose k index with stride `sk`: row-contiguous (k unit) is dgemv 'T', column-contiguous dgemv 'N'.
 */
function vectorMatrix(f: Float64Array, k: number, len: number, xo: number, sx: number, ao: number, sk: number, so: number, oo: number): boolean {
  if (sx <= 0) return false;
  if (blasable(so, sk, k)) {
    if (k >= GEMV_BLOCK) return false;
    gemvT(k, len, 1, f, ao, so, f, xo, sx, 0, f, oo, 1);
    return true;
  }
  if (blasable(sk, so, len)) {
    gemvN(len, k, 1, f, ao, sk, f, xo, sx, 0, f, oo);
    return true;
  }
  return false;
}

/**
 * The SkylakeX small dgemm kernels (beta = 0) as they sum for NumPy's row-major C = A·B: columns before
 * `dotFrom` are fused chains over k (the 'nn' and 'nt' kernels, and the general kernel for these sizes),
 * the rest dot-style in eight lanes (the 'nn' remainder, the whole 'tn' kernel). A and B are read through
 * their strides: a copy NumPy would make first holds the same values. Columns before `from` are left
 * alone (gemmChains.ts computed them).
 */
function smallGemm(f: Float64Array, n: number, k: number, m: number, ao: number, sa0: number, sa1: number, bo: number, sb0: number, sb1: number, oo: number, dotFrom: number, from: number): void {
  const n4 = n & ~3, m4 = m & ~3;
  const lanes = new Float64Array(8);
  for (let i = 0; i < n; i++) {
    const a = ao + i * sa0;
    for (let j = from; j < m; j++) {
      const b = bo + j * sb1;
      let s: number;
      if (j < dotFrom) {
        s = f[a] * f[b];
        for (let t = 1; t < k; t++) s = fma(f[a + t * sa1], f[b + t * sb0], s);
      } else {
        lanes.fill(0);
        for (let t = 0; t < k; t++) lanes[t & 7] = fma(f[a + t * sa1], f[b + t * sb0], lanes[t & 7]);
        const l = lanes;
        s = j < m4 || i < n4
          ? ((l[0] + l[1]) + (l[2] + l[3])) + ((l[4] + l[5]) + (l[6] + l[7]))
          : ((l[0] + l[4]) + (l[2] + l[6])) + ((l[1] + l[5]) + (l[3] + l[7]));
      }
      f[oo + i * m + j] = s;
    }
  }
}
