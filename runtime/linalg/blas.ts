/**
 * The BLAS operations and LAPACK auxiliaries (dlamch constants, SIGN, dlapy2, dlartg, dnrm2, dlasr) the
 * factorizations in this folder are written on. Matrices are column-major Float64Arrays addressed as
 * Fortran does, `a[off + i + j*lda]` with 0-based i, j, so the LAPACK algorithms port line for line.
 *
 * NumPy calls LAPACK through OpenBLAS, whose kernels fuse multiplies and adds (FMA) and sum in orders
 * of their own. To give NumPy's digits to the last bit, each kernel here reproduces the arithmetic of
 * OpenBLAS 0.3's x86-64 (SkylakeX) kernel for the sizes small matrices produce: which products are
 * fused, how partial sums are split and combined. The models were fitted against the library NumPy
 * ships (called through ctypes) and hold exactly for vectors shorter than 16 and matrices up to about
 * 12×12; beyond that the results still agree to rounding. FMA is emulated exactly (Dekker's product,
 * Knuth's two-sum; a double-rounding tie can differ in ~2⁻⁵⁰ of cases). dnrm2 is OpenBLAS's
 * extended-precision sum of squares, emulated in double-double; dlartg is LAPACK 3.10's.
 */
import { twoProd, SPLIT } from '../math/doubleDouble';

/** dlamch('E'): relative machine epsilon (rounding mode) */
export const EPS = 2 ** -53;
/** dlamch('P'): eps * base */
export const ULP = 2 ** -52;
/** dlamch('S'): safe minimum */
export const SAFMIN = 2 ** -1022;

/** Fortran SIGN(a, b): |a| with the sign of b (gfortran honours the sign of -0.0). */
export function sign(a: number, b: number): number {
  const x = Math.abs(a);
  return b < 0 || Object.is(b, -0) ? -x : x;
}

/** Fused multiply-add a*b + c with one rounding (Dekker's product inlined: no allocation per call). */
export function fma(a: number, b: number, c: number): number {
  const ph = a * b;
  if (!Number.isFinite(ph) || ph === 0 || c === 0 || !Number.isFinite(c)) return ph + c;
  let t = SPLIT * a;
  const ah = t - (t - a), al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b), bl = b - bh;
  const pl = al * bl - (((ph - ah * bh) - al * bh) - ah * bl);
  const s = ph + c;
  const bb = s - ph;
  const sl = (ph - (s - bb)) + (c - bb);
  return s + (sl + pl);
}

/** dlapy2: sqrt(x**2 + y**2) avoiding unnecessary overflow (LAPACK 3.10, NaN-propagating). */
export function lapy2(x: number, y: number): number {
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  const xa = Math.abs(x), ya = Math.abs(y);
  const w = Math.max(xa, ya), z = Math.min(xa, ya);
  if (z === 0 || w > Number.MAX_VALUE) return w;
  const q = z / w;
  return w * Math.sqrt(1 + q * q);
}

const RTMIN = Math.sqrt(SAFMIN);
const RTMAX = Math.sqrt(1 / SAFMIN / 2);
const SAFMAX = 1 / SAFMIN;
/** dlartg (LAPACK 3.10): a plane rotation [c s; -s c] with c*f + s*g = r. Returns [c, s, r]. */
export function lartg(f: number, g: number): [number, number, number] {
  if (g === 0) return [1, 0, f];
  if (f === 0) return [0, sign(1, g), Math.abs(g)];
  const f1 = Math.abs(f), g1 = Math.abs(g);
  if (f1 > RTMIN && f1 < RTMAX && g1 > RTMIN && g1 < RTMAX) {
    const d = Math.sqrt(f * f + g * g);
    const r = sign(d, f);
    return [f1 / d, g / r, r];
  }
  const u = Math.min(SAFMAX, Math.max(SAFMIN, f1, g1));
  const fs = f / u, gs = g / u;
  const d = Math.sqrt(fs * fs + gs * gs);
  const r = sign(d, f);
  return [Math.abs(fs) / d, gs / r, r * u];
}

/** dnrm2 as OpenBLAS computes it: the sum of squares in extended precision, one rounding at the end. */
export function nrm2(n: number, x: Float64Array, off: number, inc: number): number {
  let scale = 0;
  for (let i = 0; i < n; i++) scale = Math.max(scale, Math.abs(x[off + i * inc]));
  if (scale === 0 || !Number.isFinite(scale)) return scale;
  // scale by a power of two near the largest element so squares neither overflow nor underflow
  const k = 2 ** -Math.max(-1000, Math.min(1000, Math.floor(Math.log2(scale))));
  let hi = 0, lo = 0;
  for (let i = 0; i < n; i++) {
    const v = x[off + i * inc] * k;
    const [p, e] = twoProd(v, v);
    const s = hi + p;
    const bb = s - hi;
    lo += (hi - (s - bb)) + (p - bb) + e;
    hi = s;
  }
  const t = hi + lo;
  lo -= t - hi;
  hi = t;
  const r = Math.sqrt(hi);
  const [rr, re] = twoProd(r, r);
  return (r + ((hi - rr) - re + lo) / (2 * r)) / k;
}

/**
 * ddot. Unit strides: the first n - n mod 16 elements go to OpenBLAS's vector kernel — 32 at a time
 * into four 8-lane fused accumulators (each then folded to 4 lanes), the rest 16 at a time into four
 * 4-lane ones; the accumulators are summed lane-wise, then (l0 + l2) + (l1 + l3) — and the remaining
 * elements extend that sum as a fused chain. A strided vector takes the two-partial-sum loop.
 */
export function dot(n: number, x: Float64Array, xo: number, incx: number, y: Float64Array, yo: number, incy: number): number {
  if (incx !== 1 || incy !== 1) return stridedDot(n, x, xo, incx, y, yo, incy);
  const n1 = n & -16;
  let s = 0, i = 0;
  if (n1) {
    const acc = new Float64Array(16); // acc[4k + l]: accumulator k, lane l
    const n32 = n1 & -32;
    if (n32) {
      const wide = new Float64Array(32); // 4 accumulators of 8 lanes
      for (; i < n32; i += 32) for (let q = 0; q < 32; q++) wide[q] = fma(x[xo + i + q], y[yo + i + q], wide[q]);
      for (let k = 0; k < 4; k++) for (let l = 0; l < 4; l++) acc[4 * k + l] = wide[8 * k + l] + wide[8 * k + l + 4];
    }
    for (; i < n1; i += 16) for (let q = 0; q < 16; q++) acc[q] = fma(x[xo + i + q], y[yo + i + q], acc[q]);
    const lane = (l: number) => ((acc[l] + acc[4 + l]) + acc[8 + l]) + acc[12 + l];
    s = (lane(0) + lane(2)) + (lane(1) + lane(3));
  }
  for (; i < n; i++) s = fma(x[xo + i], y[yo + i], s);
  return s;
}

/**
 * OpenBLAS's ddot when a vector is strided: products four at a time into two partial sums (1st+3rd,
 * 2nd+4th, no fusion), the remainder fused into the first, the two sums added last.
 */
function stridedDot(n: number, x: Float64Array, xo: number, incx: number, y: Float64Array, yo: number, incy: number): number {
  let t1 = 0, t2 = 0, i = 0;
  for (; i + 4 <= n; i += 4) {
    const p0 = x[xo + i * incx] * y[yo + i * incy], p1 = x[xo + (i + 1) * incx] * y[yo + (i + 1) * incy];
    const p2 = x[xo + (i + 2) * incx] * y[yo + (i + 2) * incy], p3 = x[xo + (i + 3) * incx] * y[yo + (i + 3) * incy];
    t1 += p0 + p2;
    t2 += p1 + p3;
  }
  for (; i < n; i++) t1 = fma(x[xo + i * incx], y[yo + i * incy], t1);
  return t1 + t2;
}

/** daxpy: y += alpha·x, each element one fused multiply-add. */
export function axpy(n: number, alpha: number, x: Float64Array, xo: number, incx: number, y: Float64Array, yo: number, incy: number): void {
  for (let i = 0; i < n; i++) y[yo + i * incy] = fma(alpha, x[xo + i * incx], y[yo + i * incy]);
}

export function scal(n: number, alpha: number, x: Float64Array, off: number, inc: number): void {
  for (let i = 0; i < n; i++) x[off + i * inc] *= alpha;
}

export function swap(n: number, x: Float64Array, xo: number, incx: number, y: Float64Array, yo: number, incy: number): void {
  for (let i = 0; i < n; i++) {
    const t = x[xo + i * incx];
    x[xo + i * incx] = y[yo + i * incy];
    y[yo + i * incy] = t;
  }
}

/** drot: x, y := c·x + s·y, c·y - s·x (the c products fused). */
export function rot(n: number, x: Float64Array, xo: number, incx: number, y: Float64Array, yo: number, incy: number, c: number, s: number): void {
  for (let i = 0; i < n; i++) {
    const px = xo + i * incx, py = yo + i * incy;
    const xv = x[px], yv = y[py];
    x[px] = fma(c, xv, s * yv);
    y[py] = fma(c, yv, -s * xv);
  }
}

/** Index of the first element of largest magnitude (idamax, 0-based). */
export function iamax(n: number, x: Float64Array, off: number, inc: number): number {
  let best = 0, bv = -1;
  for (let i = 0; i < n; i++) {
    const v = Math.abs(x[off + i * inc]);
    if (v > bv) {
      bv = v;
      best = i;
    }
  }
  return best;
}

/** The start of dgemv: y := beta·y (zeroed when beta is 0). */
function scaleY(m: number, beta: number, y: Float64Array, yo: number, incy: number): void {
  if (beta === 1) return;
  for (let i = 0; i < m; i++) y[yo + i * incy] = beta === 0 ? 0 : beta * y[yo + i * incy];
}

/**
 * dgemv 'N': y(0:m) := alpha·A(0:m, 0:k)·x + beta·y (unit-stride y). Rows in blocks of four take the
 * columns four at a time (a fused chain in column order 1, 0, 2, 3) and, for a contiguous x, then a
 * pair, each partial sum t added as fma(alpha, t, y); a single column adds a·(alpha·x). The last m mod 4
 * rows add one fused chain over all columns (pairs of products when lda = m ≤ 3).
 */
export function gemvN(m: number, k: number, alpha: number, a: Float64Array, ao: number, lda: number, x: Float64Array, xo: number, incx: number, beta: number, y: Float64Array, yo: number): void {
  scaleY(m, beta, y, yo, 1);
  if (alpha === 0 || k === 0) return;
  const m1 = m & -4;
  const X = (j: number) => x[xo + j * incx];
  for (let i = 0; i < m1; i++) {
    const r = ao + i;
    let yi = y[yo + i], j = 0;
    for (; j + 4 <= k; j += 4) {
      let t = a[r + (j + 1) * lda] * X(j + 1);
      t = fma(a[r + j * lda], X(j), t);
      t = fma(a[r + (j + 2) * lda], X(j + 2), t);
      t = fma(a[r + (j + 3) * lda], X(j + 3), t);
      yi = fma(alpha, t, yi);
    }
    if (incx === 1 && k - j >= 2) {
      yi = fma(alpha, fma(a[r + j * lda], X(j), a[r + (j + 1) * lda] * X(j + 1)), yi);
      j += 2;
    }
    for (; j < k; j++) yi += a[r + j * lda] * (alpha * X(j));
    y[yo + i] = yi;
  }
  const m3 = m - m1;
  const paired = lda === m3 && incx === 1;
  for (let i = m1; i < m; i++) {
    const r = ao + i;
    let t = 0, j = 0;
    if (paired) {
      for (; j + 4 <= k; j += 4) {
        const p = (c: number) => a[r + c * lda] * X(c);
        if (m3 === 1) t += fma(a[r + (j + 3) * lda], X(j + 3), fma(a[r + (j + 2) * lda], X(j + 2), fma(a[r + j * lda], X(j), p(j + 1))));
        else {
          t += fma(a[r + j * lda], X(j), p(j + 1));
          t += fma(a[r + (j + 2) * lda], X(j + 2), p(j + 3));
        }
      }
    }
    for (; j < k; j++) t = fma(a[r + j * lda], X(j), t);
    y[yo + i] = fma(alpha, t, y[yo + i]);
  }
}

/**
 * dgemv 'T': y(0:k) := alpha·A(0:m, 0:k)ᵀ·x + beta·y. Over the first m - m mod 4 rows, columns four at
 * a time sum in four fused lanes (rows by residue mod 4) combined as (l0 + l2) + (l1 + l3) and added
 * as y + alpha·t; a remaining pair sums unfused in two lanes (row parity), a single column unfused in
 * four; the last m mod 4 rows are added per column with alpha folded into x.
 */
export function gemvT(m: number, k: number, alpha: number, a: Float64Array, ao: number, lda: number, x: Float64Array, xo: number, incx: number, beta: number, y: Float64Array, yo: number, incy: number): void {
  scaleY(k, beta, y, yo, incy);
  if (alpha === 0 || m === 0) return;
  const m1 = m & -4;
  const X = (i: number) => x[xo + i * incx];
  const k4 = k & -4;
  if (m1 > 0) {
    for (let j = 0; j < k; j++) {
      const c = ao + j * lda;
      let t: number;
      if (j < k4) {
        const l = [0, 0, 0, 0];
        for (let i = 0; i < m1; i++) l[i & 3] = i < 4 ? a[c + i] * X(i) : fma(a[c + i], X(i), l[i & 3]);
        t = (l[0] + l[2]) + (l[1] + l[3]);
      } else if ((k & 2) && j < k4 + 2) {
        let e = 0, o = 0;
        for (let i = 0; i < m1; i += 2) {
          e += a[c + i] * X(i);
          o += a[c + i + 1] * X(i + 1);
        }
        t = e + o;
      } else {
        const l = [0, 0, 0, 0];
        for (let i = 0; i < m1; i++) l[i & 3] += a[c + i] * X(i);
        t = (l[0] + l[2]) + (l[1] + l[3]);
      }
      const p = yo + j * incy;
      y[p] = j < k4 && incy === 1 ? y[p] + t * alpha : fma(t, alpha, y[p]);
    }
  }
  const m3 = m - m1;
  if (m3 === 0) return;
  const xt = [0, 1, 2].slice(0, m3).map((q) => X(m1 + q) * alpha);
  for (let j = 0; j < k; j++) {
    const c = ao + m1 + j * lda;
    const p = yo + j * incy;
    if (m3 === 1) y[p] = fma(a[c], xt[0], y[p]);
    else {
      let t = fma(a[c], xt[0], a[c + 1] * xt[1]);
      if (m3 === 3) t = fma(a[c + 2], xt[2], t);
      y[p] += t;
    }
  }
}

/** dger: A(0:m, 0:n) += alpha·x·yᵀ, column by column as fused axpys with alpha·y_j. */
export function ger(m: number, n: number, alpha: number, x: Float64Array, xo: number, incx: number, y: Float64Array, yo: number, incy: number, a: Float64Array, ao: number, lda: number): void {
  for (let j = 0; j < n; j++) {
    const t = alpha * y[yo + j * incy];
    for (let i = 0; i < m; i++) a[ao + i + j * lda] = fma(t, x[xo + i * incx], a[ao + i + j * lda]);
  }
}

/**
 * dsymv, lower triangle, beta = 0: y := alpha·A·x. OpenBLAS's dsymv_L loop: columns in groups of four
 * (their 4×4 diagonal block first), each column's contribution fused into y and its dot product fused
 * into a partial sum that is added last. (Its vector microkernel, used from 16 rows on, sums in another
 * order.)
 */
export function symvLower(n: number, alpha: number, a: Float64Array, ao: number, lda: number, x: Float64Array, xo: number, y: Float64Array, yo: number): void {
  for (let i = 0; i < n; i++) y[yo + i] = 0;
  const A = (i: number, j: number) => a[ao + i + j * lda];
  const n4 = n & -4;
  for (let j = 0; j < n4; j += 4) {
    const t1 = [0, 1, 2, 3].map((q) => alpha * x[xo + j + q]);
    const t2 = [0, 0, 0, 0];
    for (let q = 0; q < 4; q++) y[yo + j + q] = fma(t1[q], A(j + q, j + q), y[yo + j + q]);
    for (let c = 0; c < 3; c++) {
      for (let i = j + c + 1; i < j + 4; i++) {
        y[yo + i] = fma(t1[c], A(i, j + c), y[yo + i]);
        t2[c] = fma(A(i, j + c), x[xo + i], t2[c]);
      }
    }
    for (let i = j + 4; i < n; i++) {
      for (let c = 0; c < 4; c++) {
        y[yo + i] = fma(t1[c], A(i, j + c), y[yo + i]);
        t2[c] = fma(A(i, j + c), x[xo + i], t2[c]);
      }
    }
    for (let q = 0; q < 4; q++) y[yo + j + q] = fma(alpha, t2[q], y[yo + j + q]);
  }
  for (let j = n4; j < n; j++) {
    const t1 = alpha * x[xo + j];
    let t2 = 0;
    y[yo + j] = fma(t1, A(j, j), y[yo + j]);
    for (let i = j + 1; i < n; i++) {
      y[yo + i] = fma(t1, A(i, j), y[yo + i]);
      t2 = fma(A(i, j), x[xo + i], t2);
    }
    y[yo + j] = fma(alpha, t2, y[yo + j]);
  }
}

/** dsymv, upper triangle, beta = 0: y := alpha·A·x — OpenBLAS dsymv_U's loop for fewer than 16 rows. */
export function symvUpper(n: number, alpha: number, a: Float64Array, ao: number, lda: number, x: Float64Array, xo: number, y: Float64Array, yo: number): void {
  for (let i = 0; i < n; i++) y[yo + i] = 0;
  for (let j = 0; j < n; j++) {
    const t1 = alpha * x[xo + j];
    let t2 = 0;
    for (let i = 0; i < j; i++) {
      y[yo + i] = fma(t1, a[ao + i + j * lda], y[yo + i]);
      t2 = fma(a[ao + i + j * lda], x[xo + i], t2);
    }
    y[yo + j] += fma(t1, a[ao + j + j * lda], alpha * t2);
  }
}

/** dsyr2: A += alpha·(x·yᵀ + y·xᵀ) on one triangle, as two fused axpys per column. */
export function syr2(lower: boolean, n: number, alpha: number, x: Float64Array, xo: number, y: Float64Array, yo: number, a: Float64Array, ao: number, lda: number): void {
  for (let j = 0; j < n; j++) {
    const from = lower ? j : 0, to = lower ? n : j + 1;
    const tx = alpha * x[xo + j], ty = alpha * y[yo + j];
    for (let i = from; i < to; i++) a[ao + i + j * lda] = fma(tx, y[yo + i], a[ao + i + j * lda]);
    for (let i = from; i < to; i++) a[ao + i + j * lda] = fma(ty, x[xo + i], a[ao + i + j * lda]);
  }
}

/** C(m×n) = A(m×k)·B(k×n) (leading dimensions m and k): one fused chain per entry, as dgemm's kernel. */
export function gemm(m: number, n: number, k: number, a: Float64Array, ao: number, lda: number, b: Float64Array, bo: number, ldb: number): Float64Array {
  const c = new Float64Array(m * n);
  if (k === 0) return c;
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < m; i++) {
      let t = a[ao + i] * b[bo + j * ldb];
      for (let l = 1; l < k; l++) t = fma(a[ao + i + l * lda], b[bo + l + j * ldb], t);
      c[i + j * m] = t;
    }
  }
  return c;
}

/**
 * dlasr with PIVOT='V': apply the plane rotations (c[k], s[k]) of planes (k, k+1) to the m×n matrix A,
 * from the left (rows) or the right (columns), forward or backward. (Fortran, so no fused products.)
 */
export function lasr(side: 'L' | 'R', direct: 'F' | 'B', m: number, n: number, c: Float64Array, co: number, s: Float64Array, so: number, a: Float64Array, ao: number, lda: number): void {
  const count = side === 'L' ? m - 1 : n - 1;
  for (let t = 0; t < count; t++) {
    const j = direct === 'F' ? t : count - 1 - t;
    const ct = c[co + j], st = s[so + j];
    if (ct === 1 && st === 0) continue;
    const len = side === 'L' ? n : m;
    for (let i = 0; i < len; i++) {
      const p = side === 'L' ? ao + j + i * lda : ao + i + j * lda;
      const q = side === 'L' ? p + 1 : p + lda;
      const temp = a[q];
      a[q] = ct * temp - st * a[p];
      a[p] = st * temp + ct * a[p];
    }
  }
}

/** A fresh n×n identity (column-major). */
export function identity(n: number): Float64Array {
  const z = new Float64Array(n * n);
  for (let i = 0; i < n; i++) z[i + i * n] = 1;
  return z;
}

/**
 * dlascl 'G': multiply x[off + i·inc], i < n, by cto/cfrom without over- or underflow, in as many safe
 * steps as LAPACK takes.
 */
export function lascl(cfrom: number, cto: number, n: number, x: Float64Array, off: number, inc: number): void {
  const smlnum = SAFMIN, bignum = 1 / SAFMIN;
  let cfromc = cfrom, ctoc = cto;
  for (;;) {
    const cfrom1 = cfromc * smlnum;
    let mul: number, done: boolean;
    if (cfrom1 === cfromc) {
      mul = ctoc / cfromc;
      done = true;
    } else {
      const cto1 = ctoc / bignum;
      if (cto1 === ctoc) {
        mul = ctoc;
        done = true;
        cfromc = 1;
      } else if (Math.abs(cfrom1) > Math.abs(ctoc) && ctoc !== 0) {
        mul = smlnum;
        done = false;
        cfromc = cfrom1;
      } else if (Math.abs(cto1) > Math.abs(cfromc)) {
        mul = bignum;
        done = false;
        ctoc = cto1;
      } else {
        mul = ctoc / cfromc;
        done = true;
        if (mul === 1) return;
      }
    }
    for (let i = 0; i < n; i++) x[off + i * inc] *= mul;
    if (done) return;
  }
}
