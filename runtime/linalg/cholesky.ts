/**
 * Cholesky factorization A = L·Lᴴ of a symmetric (Hermitian) positive-definite matrix, lower triangle.
 * Only the lower triangle of the input is read, as LAPACK's dpotrf('L') does; the strict upper triangle
 * of the result is zeroed (NumPy returns L alone).
 *
 * Order of operations: OpenBLAS's potf2_L, which NumPy's dpotrf reaches for small matrices — for each
 * column j, a_jj - ‖L(j, 0:j)‖² (a strided dot product), the square root, then the column below updated
 * by a matrix-vector product and scaled by the reciprocal of the new diagonal. A non-positive (or NaN)
 * pivot stops the factorization and is reported as its 1-based column, LAPACK's INFO.
 */
import { dot, gemvN } from './blas';

/** dpotrf('L') of the n×n column-major `a`, in place. Returns 0 or the failing 1-based column. */
export function potrf(n: number, a: Float64Array): number {
  for (let j = 0; j < n; j++) {
    let ajj = a[j + j * n] - dot(j, a, j, n, a, j, n);
    if (!(ajj > 0)) return j + 1;
    ajj = Math.sqrt(ajj);
    a[j + j * n] = ajj;
    const rest = n - j - 1;
    if (rest > 0) {
      gemvN(rest, j, -1, a, j + 1, n, a, j, n, 1, a, j + 1 + j * n);
      const r = 1 / ajj;
      for (let i = j + 1; i < n; i++) a[i + j * n] *= r;
    }
  }
  for (let j = 1; j < n; j++) for (let i = 0; i < j; i++) a[i + j * n] = 0;
  return 0;
}

/** zpotrf('L') of the n×n complex (interleaved) `a`, in place; the diagonal's imaginary parts are ignored. */
export function zpotrf(n: number, a: Float64Array): number {
  const at = (i: number, j: number) => 2 * (i + j * n);
  for (let j = 0; j < n; j++) {
    let s = 0;
    for (let k = 0; k < j; k++) s += a[at(j, k)] ** 2 + a[at(j, k) + 1] ** 2;
    let ajj = a[at(j, j)] - s;
    if (!(ajj > 0)) return j + 1;
    ajj = Math.sqrt(ajj);
    a[at(j, j)] = ajj;
    a[at(j, j) + 1] = 0;
    const r = 1 / ajj;
    for (let i = j + 1; i < n; i++) {
      // L(i, j) = (a_ij - Σ_k L(i, k)·conj(L(j, k))) / L(j, j)
      let sr = 0, si = 0;
      for (let k = 0; k < j; k++) {
        const p = at(i, k), q = at(j, k);
        sr += a[p] * a[q] + a[p + 1] * a[q + 1];
        si += a[p + 1] * a[q] - a[p] * a[q + 1];
      }
      a[at(i, j)] = (a[at(i, j)] - sr) * r;
      a[at(i, j) + 1] = (a[at(i, j) + 1] - si) * r;
    }
  }
  for (let j = 1; j < n; j++) for (let i = 0; i < j; i++) a[at(i, j)] = a[at(i, j) + 1] = 0;
  return 0;
}
