/**
 * pocketfft's `fftblue`: Bluestein's algorithm, used for lengths with a large prime factor. A length-n
 * DFT becomes a cyclic convolution of length n2 = goodSizeCmplx(2n-1) with the chirp
 * b_k = e^(iπk²/n), done with two `ComplexPlan` transforms of length n2; the chirp's transform (already
 * divided by n2) is precomputed for half the spectrum, which is symmetric. Real transforms go through a
 * complex one (`execReal`), packing to and from the FFTPACK halfcomplex order.
 */
import { ComplexPlan } from './complexPlan';
import { UnitRoots, goodSizeCmplx } from './twiddle';

export class BluesteinPlan {
  readonly n: number;
  private readonly n2: number;
  private readonly plan: ComplexPlan;
  /** chirp b_k, n complex values */
  private readonly bk: Float64Array;
  /** transformed chirp, n2/2+1 complex values */
  private readonly bkf: Float64Array;

  constructor(n: number) {
    this.n = n;
    const n2 = goodSizeCmplx(n * 2 - 1);
    this.n2 = n2;
    this.plan = new ComplexPlan(n2);
    const bk = new Float64Array(2 * n);
    const roots = new UnitRoots(2 * n);
    bk[0] = 1;
    let coeff = 0;
    for (let m = 1; m < n; ++m) {
      coeff += 2 * m - 1;
      if (coeff >= 2 * n) coeff -= 2 * n;
      roots.at(coeff);
      bk[2 * m] = roots.r; bk[2 * m + 1] = roots.i;
    }
    const tbkf = new Float64Array(2 * n2);
    const xn2 = 1 / n2;
    tbkf[0] = bk[0] * xn2; tbkf[1] = bk[1] * xn2;
    for (let m = 1; m < n; ++m) {
      const r = bk[2 * m] * xn2, i = bk[2 * m + 1] * xn2;
      tbkf[2 * m] = r; tbkf[2 * m + 1] = i;
      tbkf[2 * (n2 - m)] = r; tbkf[2 * (n2 - m) + 1] = i;
    }
    this.plan.exec(tbkf, 1, true);
    this.bk = bk;
    this.bkf = tbkf.slice(0, 2 * (Math.floor(n2 / 2) + 1));
  }

  /** In-place complex transform of n interleaved values, scaled by fct. */
  exec(c: Float64Array, fct: number, fwd: boolean): void {
    const { n, n2, bk, bkf } = this;
    const akf = new Float64Array(2 * n2);
    for (let m = 0; m < n; ++m) {
      const vr = c[2 * m], vi = c[2 * m + 1], wr = bk[2 * m], wi = bk[2 * m + 1];
      if (fwd) { akf[2 * m] = vr * wr + vi * wi; akf[2 * m + 1] = vi * wr - vr * wi; }
      else { akf[2 * m] = vr * wr - vi * wi; akf[2 * m + 1] = vr * wi + vi * wr; }
    }
    const zr = akf[0] * 0, zi = akf[1] * 0;
    for (let m = n; m < n2; ++m) { akf[2 * m] = zr; akf[2 * m + 1] = zi; }
    this.plan.exec(akf, 1, true);
    // convolution: multiply by bkf (conjugated for the backward direction's "!fwd" special_mul)
    const mul = (a: number, b: number): void => {
      const vr = akf[2 * a], vi = akf[2 * a + 1], wr = bkf[2 * b], wi = bkf[2 * b + 1];
      if (!fwd) { akf[2 * a] = vr * wr + vi * wi; akf[2 * a + 1] = vi * wr - vr * wi; }
      else { akf[2 * a] = vr * wr - vi * wi; akf[2 * a + 1] = vr * wi + vi * wr; }
    };
    mul(0, 0);
    for (let m = 1; m < Math.floor((n2 + 1) / 2); ++m) { mul(m, m); mul(n2 - m, m); }
    if (n2 % 2 === 0) mul(n2 / 2, n2 / 2);
    this.plan.exec(akf, 1, false);
    for (let m = 0; m < n; ++m) {
      const vr = akf[2 * m], vi = akf[2 * m + 1], wr = bk[2 * m], wi = bk[2 * m + 1];
      let r: number, i: number;
      if (fwd) { r = vr * wr + vi * wi; i = vi * wr - vr * wi; }
      else { r = vr * wr - vi * wi; i = vr * wi + vi * wr; }
      c[2 * m] = r * fct; c[2 * m + 1] = i * fct;
    }
  }

  /** Real data ↔ halfcomplex (FFTPACK order), in place, through a complex transform. */
  execReal(c: Float64Array, fct: number, forward: boolean): void {
    const n = this.n;
    const tmp = new Float64Array(2 * n);
    if (forward) {
      const zero = 0 * c[0];
      for (let m = 0; m < n; ++m) { tmp[2 * m] = c[m]; tmp[2 * m + 1] = zero; }
      this.exec(tmp, fct, true);
      c[0] = tmp[0];
      for (let j = 1; j < n; ++j) c[j] = tmp[1 + j];
    } else {
      tmp[0] = c[0]; tmp[1] = c[0] * 0;
      for (let j = 1; j < n; ++j) tmp[1 + j] = c[j];
      if (n % 2 === 0) tmp[2 * (n / 2) + 1] = 0 * c[0];
      for (let m = 1; 2 * m < n; ++m) { tmp[2 * (n - m)] = tmp[2 * m]; tmp[2 * (n - m) + 1] = -tmp[2 * m + 1]; }
      this.exec(tmp, fct, false);
      for (let m = 0; m < n; ++m) c[m] = tmp[2 * m];
    }
  }
}
