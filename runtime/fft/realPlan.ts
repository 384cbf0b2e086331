/**
 * pocketfft's `rfftp`: the FFTPACK real-data transform, operation for operation (the radf and radb passes),
 * so numpy.fft.rfft/irfft results match NumPy to the last bit.
 *
 * Format ("halfcomplex", FFTPACK order): a length-n real array r0, re1, im1, re2, im2, …, ending with
 * re(n/2) for even n. `exec(c, fct, true)` maps real data to that format (forward, e^-2πi), `false` maps
 * it back (backward, unnormalised). Factors: 4s first, then one 2 moved to the front, then odd primes;
 * radices 2–5 have dedicated passes, others use the generic radfg/radbg. The forward sweep runs the
 * factors in reverse order. Twiddles come from `UnitRoots` (e^(+2πik/n)); the last factor needs none.
 */
import { UnitRoots } from './twiddle';

const TAUR = -0.5, TAUI = 0.8660254037844386467637231707529362;
const HSQT2 = 0.707106781186547524400844362104849, SQRT2 = 1.414213562373095048801688724209698;
const TR11 = 0.3090169943749474241022934171828191, TI11 = 0.9510565162951535721164393333793821;
const TR12 = -0.8090169943749474241022934171828191, TI12 = 0.5877852522924731291687059546390728;

interface Factor {
  ip: number;
  tw: Float64Array;
  tws: Float64Array | null;
}

type Idx = (a: number, b: number, c: number) => number;

/** Index helpers: "K" layout a + ido·(b + l1·c), "P" layout a + ido·(b + ip·c). */
function layouts(ido: number, l1: number, ip: number): { K: Idx; P: Idx } {
  return { K: (a, b, c) => a + ido * (b + l1 * c), P: (a, b, c) => a + ido * (b + ip * c) };
}

function radf2(ido: number, l1: number, cc: Float64Array, ch: Float64Array, wa: Float64Array): void {
  const { K: CC, P: CH } = layouts(ido, l1, 2);
  const WA = (x: number, i: number): number => wa[i + x * (ido - 1)];
  for (let k = 0; k < l1; k++) {
    const a = cc[CC(0, k, 0)], b = cc[CC(0, k, 1)];
    ch[CH(0, 0, k)] = a + b;
    ch[CH(ido - 1, 1, k)] = a - b;
  }
  if ((ido & 1) === 0) {
    for (let k = 0; k < l1; k++) {
      ch[CH(0, 1, k)] = -cc[CC(ido - 1, k, 1)];
      ch[CH(ido - 1, 0, k)] = cc[CC(ido - 1, k, 0)];
    }
  }
  if (ido <= 2) return;
  for (let k = 0; k < l1; k++) {
    for (let i = 2; i < ido; i += 2) {
      const ic = ido - i;
      const c = WA(0, i - 2), d = WA(0, i - 1), e = cc[CC(i - 1, k, 1)], f = cc[CC(i, k, 1)];
      const tr2 = c * e + d * f, ti2 = c * f - d * e;
      const x = cc[CC(i - 1, k, 0)], y = cc[CC(i, k, 0)];
      ch[CH(i - 1, 0, k)] = x + tr2;
      ch[CH(ic - 1, 1, k)] = x - tr2;
      ch[CH(i, 0, k)] = ti2 + y;
      ch[CH(ic, 1, k)] = ti2 - y;
    }
  }
}

function radf3(ido: number, l1: number, cc: Float64Array, ch: Float64Array, wa: Float64Array): void {
  const { K: CC, P: CH } = layouts(ido, l1, 3);
  const WA = (x: number, i: number): number => wa[i + x * (ido - 1)];
  for (let k = 0; k < l1; k++) {
    const cr2 = cc[CC(0, k, 1)] + cc[CC(0, k, 2)];
    ch[CH(0, 0, k)] = cc[CC(0, k, 0)] + cr2;
    ch[CH(0, 2, k)] = TAUI * (cc[CC(0, k, 2)] - cc[CC(0, k, 1)]);
    ch[CH(ido - 1, 1, k)] = cc[CC(0, k, 0)] + TAUR * cr2;
  }
  if (ido === 1) return;
  for (let k = 0; k < l1; k++) {
    for (let i = 2; i < ido; i += 2) {
      const ic = ido - i;
      let c = WA(0, i - 2), d = WA(0, i - 1), e = cc[CC(i - 1, k, 1)], f = cc[CC(i, k, 1)];
      let dr2 = c * e + d * f, di2 = c * f - d * e;
      c = WA(1, i - 2); d = WA(1, i - 1); e = cc[CC(i - 1, k, 2)]; f = cc[CC(i, k, 2)];
      let dr3 = c * e + d * f, di3 = c * f - d * e;
      const t1 = dr2 + dr3, t2 = dr3 - dr2, t3 = di2 + di3, t4 = di2 - di3;
      dr2 = t1; di2 = t3; dr3 = t4; di3 = t2;
      const x = cc[CC(i - 1, k, 0)], y = cc[CC(i, k, 0)];
      ch[CH(i - 1, 0, k)] = x + dr2;
      ch[CH(i, 0, k)] = y + di2;
      const tr2 = x + TAUR * dr2, ti2 = y + TAUR * di2;
      const tr3 = TAUI * dr3, ti3 = TAUI * di3;
      ch[CH(i - 1, 2, k)] = tr2 + tr3;
      ch[CH(ic - 1, 1, k)] = tr2 - tr3;
      ch[CH(i, 2, k)] = ti3 + ti2;
      ch[CH(ic, 1, k)] = ti3 - ti2;
    }
  }
}

function radf4(ido: number, l1: number, cc: Float64Array, ch: Float64Array, wa: Float64Array): void {
  const { K: CC, P: CH } = layouts(ido, l1, 4);
  const WA = (x: number, i: number): number => wa[i + x * (ido - 1)];
  for (let k = 0; k < l1; k++) {
    const tr1 = cc[CC(0, k, 3)] + cc[CC(0, k, 1)];
    ch[CH(0, 2, k)] = cc[CC(0, k, 3)] - cc[CC(0, k, 1)];
    const tr2 = cc[CC(0, k, 0)] + cc[CC(0, k, 2)];
    ch[CH(ido - 1, 1, k)] = cc[CC(0, k, 0)] - cc[CC(0, k, 2)];
    ch[CH(0, 0, k)] = tr2 + tr1;
    ch[CH(ido - 1, 3, k)] = tr2 - tr1;
  }
  if ((ido & 1) === 0) {
    for (let k = 0; k < l1; k++) {
      const ti1 = -HSQT2 * (cc[CC(ido - 1, k, 1)] + cc[CC(ido - 1, k, 3)]);
      const tr1 = HSQT2 * (cc[CC(ido - 1, k, 1)] - cc[CC(ido - 1, k, 3)]);
      ch[CH(ido - 1, 0, k)] = cc[CC(ido - 1, k, 0)] + tr1;
      ch[CH(ido - 1, 2, k)] = cc[CC(ido - 1, k, 0)] - tr1;
      ch[CH(0, 3, k)] = ti1 + cc[CC(ido - 1, k, 2)];
      ch[CH(0, 1, k)] = ti1 - cc[CC(ido - 1, k, 2)];
    }
  }
  if (ido <= 2) return;
  for (let k = 0; k < l1; k++) {
    for (let i = 2; i < ido; i += 2) {
      const ic = ido - i;
      const mul = (x: number, j: number): [number, number] => {
        const c = WA(x, i - 2), d = WA(x, i - 1), e = cc[CC(i - 1, k, j)], f = cc[CC(i, k, j)];
        return [c * e + d * f, c * f - d * e];
      };
      const [cr2, ci2] = mul(0, 1), [cr3, ci3] = mul(1, 2), [cr4, ci4] = mul(2, 3);
      const tr1 = cr4 + cr2, tr4 = cr4 - cr2;
      const ti1 = ci2 + ci4, ti4 = ci2 - ci4;
      const x = cc[CC(i - 1, k, 0)], y = cc[CC(i, k, 0)];
      const tr2 = x + cr3, tr3 = x - cr3;
      const ti2 = y + ci3, ti3 = y - ci3;
      ch[CH(i - 1, 0, k)] = tr2 + tr1; ch[CH(ic - 1, 3, k)] = tr2 - tr1;
      ch[CH(i, 0, k)] = ti1 + ti2; ch[CH(ic, 3, k)] = ti1 - ti2;
      ch[CH(i - 1, 2, k)] = tr3 + ti4; ch[CH(ic - 1, 1, k)] = tr3 - ti4;
      ch[CH(i, 2, k)] = tr4 + ti3; ch[CH(ic, 1, k)] = tr4 - ti3;
    }
  }
}

function radf5(ido: number, l1: number, cc: Float64Array, ch: Float64Array, wa: Float64Array): void {
  const { K: CC, P: CH } = layouts(ido, l1, 5);
  const WA = (x: number, i: number): number => wa[i + x * (ido - 1)];
  for (let k = 0; k < l1; k++) {
    const cr2 = cc[CC(0, k, 4)] + cc[CC(0, k, 1)], ci5 = cc[CC(0, k, 4)] - cc[CC(0, k, 1)];
    const cr3 = cc[CC(0, k, 3)] + cc[CC(0, k, 2)], ci4 = cc[CC(0, k, 3)] - cc[CC(0, k, 2)];
    const c0 = cc[CC(0, k, 0)];
    ch[CH(0, 0, k)] = c0 + cr2 + cr3;
    ch[CH(ido - 1, 1, k)] = c0 + TR11 * cr2 + TR12 * cr3;
    ch[CH(0, 2, k)] = TI11 * ci5 + TI12 * ci4;
    ch[CH(ido - 1, 3, k)] = c0 + TR12 * cr2 + TR11 * cr3;
    ch[CH(0, 4, k)] = TI12 * ci5 - TI11 * ci4;
  }
  if (ido === 1) return;
  for (let k = 0; k < l1; ++k) {
    for (let i = 2; i < ido; i += 2) {
      const ic = ido - i;
      const mul = (x: number, j: number): [number, number] => {
        const c = WA(x, i - 2), d = WA(x, i - 1), e = cc[CC(i - 1, k, j)], f = cc[CC(i, k, j)];
        return [c * e + d * f, c * f - d * e];
      };
      let [dr2, di2] = mul(0, 1), [dr3, di3] = mul(1, 2), [dr4, di4] = mul(2, 3), [dr5, di5] = mul(3, 4);
      {
        const t1 = dr2 + dr5, t2 = dr5 - dr2, t3 = di2 + di5, t4 = di2 - di5;
        dr2 = t1; di2 = t3; dr5 = t4; di5 = t2;
      }
      {
        const t1 = dr3 + dr4, t2 = dr4 - dr3, t3 = di3 + di4, t4 = di3 - di4;
        dr3 = t1; di3 = t3; dr4 = t4; di4 = t2;
      }
      const x = cc[CC(i - 1, k, 0)], y = cc[CC(i, k, 0)];
      ch[CH(i - 1, 0, k)] = x + dr2 + dr3;
      ch[CH(i, 0, k)] = y + di2 + di3;
      const tr2 = x + TR11 * dr2 + TR12 * dr3, ti2 = y + TR11 * di2 + TR12 * di3;
      const tr3 = x + TR12 * dr2 + TR11 * dr3, ti3 = y + TR12 * di2 + TR11 * di3;
      const tr5 = TI11 * dr5 + TI12 * dr4, ti5 = TI11 * di5 + TI12 * di4;
      const tr4 = TI12 * dr5 - TI11 * dr4, ti4 = TI12 * di5 - TI11 * di4;
      ch[CH(i - 1, 2, k)] = tr2 + tr5; ch[CH(ic - 1, 1, k)] = tr2 - tr5;
      ch[CH(i, 2, k)] = ti5 + ti2; ch[CH(ic, 1, k)] = ti5 - ti2;
      ch[CH(i - 1, 4, k)] = tr3 + tr4; ch[CH(ic - 1, 3, k)] = tr3 - tr4;
      ch[CH(i, 4, k)] = ti4 + ti3; ch[CH(ic, 3, k)] = ti4 - ti3;
    }
  }
}

/** Generic odd radix, forward; the result is left in cc. */
function radfg(ido: number, ip: number, l1: number, cc: Float64Array, ch: Float64Array, wa: Float64Array, csarr: Float64Array): void {
  const ipph = (ip + 1) >> 1;
  const idl1 = ido * l1;
  const { K: C1, P: CC } = layouts(ido, l1, ip);
  const CH = C1;
  const X2 = (a: number, b: number): number => a + idl1 * b;

  if (ido > 1) {
    for (let j = 1, jc = ip - 1; j < ipph; ++j, --jc) {
      const is = (j - 1) * (ido - 1), is2 = (jc - 1) * (ido - 1);
      for (let k = 0; k < l1; ++k) {
        let idij = is, idij2 = is2;
        for (let i = 1; i <= ido - 2; i += 2) {
          const t1 = cc[C1(i, k, j)], t2 = cc[C1(i + 1, k, j)], t3 = cc[C1(i, k, jc)], t4 = cc[C1(i + 1, k, jc)];
          const x1 = wa[idij] * t1 + wa[idij + 1] * t2, x2 = wa[idij] * t2 - wa[idij + 1] * t1;
          const x3 = wa[idij2] * t3 + wa[idij2 + 1] * t4, x4 = wa[idij2] * t4 - wa[idij2 + 1] * t3;
          cc[C1(i, k, j)] = x3 + x1; cc[C1(i + 1, k, jc)] = x3 - x1;
          cc[C1(i + 1, k, j)] = x2 + x4; cc[C1(i, k, jc)] = x2 - x4;
          idij += 2; idij2 += 2;
        }
      }
    }
  }
  for (let j = 1, jc = ip - 1; j < ipph; ++j, --jc) {
    for (let k = 0; k < l1; ++k) {
      const a = C1(0, k, jc), b = C1(0, k, j);
      const t = cc[a];
      cc[a] = t - cc[b];
      cc[b] = t + cc[b];
    }
  }
  for (let l = 1, lc = ip - 1; l < ipph; ++l, --lc) {
    for (let ik = 0; ik < idl1; ++ik) {
      ch[X2(ik, l)] = cc[X2(ik, 0)] + csarr[2 * l] * cc[X2(ik, 1)] + csarr[4 * l] * cc[X2(ik, 2)];
      ch[X2(ik, lc)] = csarr[2 * l + 1] * cc[X2(ik, ip - 1)] + csarr[4 * l + 1] * cc[X2(ik, ip - 2)];
    }
    let iang = 2 * l;
    let j = 3, jc = ip - 3;
    const ar = [0, 0, 0, 0], ai = [0, 0, 0, 0];
    const step = (q: number): void => {
      iang += l; if (iang >= ip) iang -= ip;
      ar[q] = csarr[2 * iang]; ai[q] = csarr[2 * iang + 1];
    };
    for (; j < ipph - 3; j += 4, jc -= 4) {
      step(0); step(1); step(2); step(3);
      for (let ik = 0; ik < idl1; ++ik) {
        ch[X2(ik, l)] += ar[0] * cc[X2(ik, j)] + ar[1] * cc[X2(ik, j + 1)] + ar[2] * cc[X2(ik, j + 2)] + ar[3] * cc[X2(ik, j + 3)];
        ch[X2(ik, lc)] += ai[0] * cc[X2(ik, jc)] + ai[1] * cc[X2(ik, jc - 1)] + ai[2] * cc[X2(ik, jc - 2)] + ai[3] * cc[X2(ik, jc - 3)];
      }
    }
    for (; j < ipph - 1; j += 2, jc -= 2) {
      step(0); step(1);
      for (let ik = 0; ik < idl1; ++ik) {
        ch[X2(ik, l)] += ar[0] * cc[X2(ik, j)] + ar[1] * cc[X2(ik, j + 1)];
        ch[X2(ik, lc)] += ai[0] * cc[X2(ik, jc)] + ai[1] * cc[X2(ik, jc - 1)];
      }
    }
    for (; j < ipph; ++j, --jc) {
      step(0);
      for (let ik = 0; ik < idl1; ++ik) {
        ch[X2(ik, l)] += ar[0] * cc[X2(ik, j)];
        ch[X2(ik, lc)] += ai[0] * cc[X2(ik, jc)];
      }
    }
  }
  for (let ik = 0; ik < idl1; ++ik) ch[X2(ik, 0)] = cc[X2(ik, 0)];
  for (let j = 1; j < ipph; ++j) for (let ik = 0; ik < idl1; ++ik) ch[X2(ik, 0)] += cc[X2(ik, j)];

  for (let k = 0; k < l1; ++k) for (let i = 0; i < ido; ++i) cc[CC(i, 0, k)] = ch[CH(i, k, 0)];
  for (let j = 1, jc = ip - 1; j < ipph; ++j, --jc) {
    const j2 = 2 * j - 1;
    for (let k = 0; k < l1; ++k) {
      cc[CC(ido - 1, j2, k)] = ch[CH(0, k, j)];
      cc[CC(0, j2 + 1, k)] = ch[CH(0, k, jc)];
    }
  }
  if (ido === 1) return;
  for (let j = 1, jc = ip - 1; j < ipph; ++j, --jc) {
    const j2 = 2 * j - 1;
    for (let k = 0; k < l1; ++k) {
      for (let i = 1, ic = ido - i - 2; i <= ido - 2; i += 2, ic -= 2) {
        cc[CC(i, j2 + 1, k)] = ch[CH(i, k, j)] + ch[CH(i, k, jc)];
        cc[CC(ic, j2, k)] = ch[CH(i, k, j)] - ch[CH(i, k, jc)];
        cc[CC(i + 1, j2 + 1, k)] = ch[CH(i + 1, k, j)] + ch[CH(i + 1, k, jc)];
        cc[CC(ic + 1, j2, k)] = ch[CH(i + 1, k, jc)] - ch[CH(i + 1, k, j)];
      }
    }
  }
}

function radb2(ido: number, l1: number, cc: Float64Array, ch: Float64Array, wa: Float64Array): void {
  const { K: CH, P: CC } = layouts(ido, l1, 2);
  const WA = (x: number, i: number): number => wa[i + x * (ido - 1)];
  for (let k = 0; k < l1; k++) {
    const a = cc[CC(0, 0, k)], b = cc[CC(ido - 1, 1, k)];
    ch[CH(0, k, 0)] = a + b;
    ch[CH(0, k, 1)] = a - b;
  }
  if ((ido & 1) === 0) {
    for (let k = 0; k < l1; k++) {
      ch[CH(ido - 1, k, 0)] = 2 * cc[CC(ido - 1, 0, k)];
      ch[CH(ido - 1, k, 1)] = -2 * cc[CC(0, 1, k)];
    }
  }
  if (ido <= 2) return;
  for (let k = 0; k < l1; ++k) {
    for (let i = 2; i < ido; i += 2) {
      const ic = ido - i;
      ch[CH(i - 1, k, 0)] = cc[CC(i - 1, 0, k)] + cc[CC(ic - 1, 1, k)];
      const tr2 = cc[CC(i - 1, 0, k)] - cc[CC(ic - 1, 1, k)];
      const ti2 = cc[CC(i, 0, k)] + cc[CC(ic, 1, k)];
      ch[CH(i, k, 0)] = cc[CC(i, 0, k)] - cc[CC(ic, 1, k)];
      const c = WA(0, i - 2), d = WA(0, i - 1);
      ch[CH(i, k, 1)] = c * ti2 + d * tr2;
      ch[CH(i - 1, k, 1)] = c * tr2 - d * ti2;
    }
  }
}

function radb3(ido: number, l1: number, cc: Float64Array, ch: Float64Array, wa: Float64Array): void {
  const { K: CH, P: CC } = layouts(ido, l1, 3);
  const WA = (x: number, i: number): number => wa[i + x * (ido - 1)];
  for (let k = 0; k < l1; k++) {
    const tr2 = 2 * cc[CC(ido - 1, 1, k)];
    const cr2 = cc[CC(0, 0, k)] + TAUR * tr2;
    ch[CH(0, k, 0)] = cc[CC(0, 0, k)] + tr2;
    const ci3 = 2 * TAUI * cc[CC(0, 2, k)];
    ch[CH(0, k, 2)] = cr2 + ci3;
    ch[CH(0, k, 1)] = cr2 - ci3;
  }
  if (ido === 1) return;
  for (let k = 0; k < l1; k++) {
    for (let i = 2; i < ido; i += 2) {
      const ic = ido - i;
      const tr2 = cc[CC(i - 1, 2, k)] + cc[CC(ic - 1, 1, k)];
      const ti2 = cc[CC(i, 2, k)] - cc[CC(ic, 1, k)];
      const cr2 = cc[CC(i - 1, 0, k)] + TAUR * tr2;
      const ci2 = cc[CC(i, 0, k)] + TAUR * ti2;
      ch[CH(i - 1, k, 0)] = cc[CC(i - 1, 0, k)] + tr2;
      ch[CH(i, k, 0)] = cc[CC(i, 0, k)] + ti2;
      const cr3 = TAUI * (cc[CC(i - 1, 2, k)] - cc[CC(ic - 1, 1, k)]);
      const ci3 = TAUI * (cc[CC(i, 2, k)] + cc[CC(ic, 1, k)]);
      const dr3 = cr2 + ci3, dr2 = cr2 - ci3;
      const di2 = ci2 + cr3, di3 = ci2 - cr3;
      let c = WA(0, i - 2), d = WA(0, i - 1);
      ch[CH(i, k, 1)] = c * di2 + d * dr2;
      ch[CH(i - 1, k, 1)] = c * dr2 - d * di2;
      c = WA(1, i - 2); d = WA(1, i - 1);
      ch[CH(i, k, 2)] = c * di3 + d * dr3;
      ch[CH(i - 1, k, 2)] = c * dr3 - d * di3;
    }
  }
}

function radb4(ido: number, l1: number, cc: Float64Array, ch: Float64Array, wa: Float64Array): void {
  const { K: CH, P: CC } = layouts(ido, l1, 4);
  const WA = (x: number, i: number): number => wa[i + x * (ido - 1)];
  for (let k = 0; k < l1; k++) {
    const tr2 = cc[CC(0, 0, k)] + cc[CC(ido - 1, 3, k)], tr1 = cc[CC(0, 0, k)] - cc[CC(ido - 1, 3, k)];
    const tr3 = 2 * cc[CC(ido - 1, 1, k)];
    const tr4 = 2 * cc[CC(0, 2, k)];
    ch[CH(0, k, 0)] = tr2 + tr3; ch[CH(0, k, 2)] = tr2 - tr3;
    ch[CH(0, k, 3)] = tr1 + tr4; ch[CH(0, k, 1)] = tr1 - tr4;
  }
  if ((ido & 1) === 0) {
    for (let k = 0; k < l1; k++) {
      const ti1 = cc[CC(0, 3, k)] + cc[CC(0, 1, k)], ti2 = cc[CC(0, 3, k)] - cc[CC(0, 1, k)];
      const tr2 = cc[CC(ido - 1, 0, k)] + cc[CC(ido - 1, 2, k)], tr1 = cc[CC(ido - 1, 0, k)] - cc[CC(ido - 1, 2, k)];
      ch[CH(ido - 1, k, 0)] = tr2 + tr2;
      ch[CH(ido - 1, k, 1)] = SQRT2 * (tr1 - ti1);
      ch[CH(ido - 1, k, 2)] = ti2 + ti2;
      ch[CH(ido - 1, k, 3)] = -SQRT2 * (tr1 + ti1);
    }
  }
  if (ido <= 2) return;
  for (let k = 0; k < l1; ++k) {
    for (let i = 2; i < ido; i += 2) {
      const ic = ido - i;
      const tr2 = cc[CC(i - 1, 0, k)] + cc[CC(ic - 1, 3, k)], tr1 = cc[CC(i - 1, 0, k)] - cc[CC(ic - 1, 3, k)];
      const ti1 = cc[CC(i, 0, k)] + cc[CC(ic, 3, k)], ti2 = cc[CC(i, 0, k)] - cc[CC(ic, 3, k)];
      const tr4 = cc[CC(i, 2, k)] + cc[CC(ic, 1, k)], ti3 = cc[CC(i, 2, k)] - cc[CC(ic, 1, k)];
      const tr3 = cc[CC(i - 1, 2, k)] + cc[CC(ic - 1, 1, k)], ti4 = cc[CC(i - 1, 2, k)] - cc[CC(ic - 1, 1, k)];
      ch[CH(i - 1, k, 0)] = tr2 + tr3;
      const cr3 = tr2 - tr3;
      ch[CH(i, k, 0)] = ti2 + ti3;
      const ci3 = ti2 - ti3;
      const cr4 = tr1 + tr4, cr2 = tr1 - tr4;
      const ci2 = ti1 + ti4, ci4 = ti1 - ti4;
      const put = (x: number, j: number, ci: number, cr: number): void => {
        const c = WA(x, i - 2), d = WA(x, i - 1);
        ch[CH(i, k, j)] = c * ci + d * cr;
        ch[CH(i - 1, k, j)] = c * cr - d * ci;
      };
      put(0, 1, ci2, cr2);
      put(1, 2, ci3, cr3);
      put(2, 3, ci4, cr4);
    }
  }
}

function radb5(ido: number, l1: number, cc: Float64Array, ch: Float64Array, wa: Float64Array): void {
  const { K: CH, P: CC } = layouts(ido, l1, 5);
  const WA = (x: number, i: number): number => wa[i + x * (ido - 1)];
  for (let k = 0; k < l1; k++) {
    const ti5 = cc[CC(0, 2, k)] + cc[CC(0, 2, k)];
    const ti4 = cc[CC(0, 4, k)] + cc[CC(0, 4, k)];
    const tr2 = cc[CC(ido - 1, 1, k)] + cc[CC(ido - 1, 1, k)];
    const tr3 = cc[CC(ido - 1, 3, k)] + cc[CC(ido - 1, 3, k)];
    const c0 = cc[CC(0, 0, k)];
    ch[CH(0, k, 0)] = c0 + tr2 + tr3;
    const cr2 = c0 + TR11 * tr2 + TR12 * tr3;
    const cr3 = c0 + TR12 * tr2 + TR11 * tr3;
    const ci5 = ti5 * TI11 + ti4 * TI12, ci4 = ti5 * TI12 - ti4 * TI11;
    ch[CH(0, k, 4)] = cr2 + ci5; ch[CH(0, k, 1)] = cr2 - ci5;
    ch[CH(0, k, 3)] = cr3 + ci4; ch[CH(0, k, 2)] = cr3 - ci4;
  }
  if (ido === 1) return;
  for (let k = 0; k < l1; ++k) {
    for (let i = 2; i < ido; i += 2) {
      const ic = ido - i;
      const tr2 = cc[CC(i - 1, 2, k)] + cc[CC(ic - 1, 1, k)], tr5 = cc[CC(i - 1, 2, k)] - cc[CC(ic - 1, 1, k)];
      const ti5 = cc[CC(i, 2, k)] + cc[CC(ic, 1, k)], ti2 = cc[CC(i, 2, k)] - cc[CC(ic, 1, k)];
      const tr3 = cc[CC(i - 1, 4, k)] + cc[CC(ic - 1, 3, k)], tr4 = cc[CC(i - 1, 4, k)] - cc[CC(ic - 1, 3, k)];
      const ti4 = cc[CC(i, 4, k)] + cc[CC(ic, 3, k)], ti3 = cc[CC(i, 4, k)] - cc[CC(ic, 3, k)];
      const x = cc[CC(i - 1, 0, k)], y = cc[CC(i, 0, k)];
      ch[CH(i - 1, k, 0)] = x + tr2 + tr3;
      ch[CH(i, k, 0)] = y + ti2 + ti3;
      const cr2 = x + TR11 * tr2 + TR12 * tr3, ci2 = y + TR11 * ti2 + TR12 * ti3;
      const cr3 = x + TR12 * tr2 + TR11 * tr3, ci3 = y + TR12 * ti2 + TR11 * ti3;
      const cr5 = tr5 * TI11 + tr4 * TI12, cr4 = tr5 * TI12 - tr4 * TI11;
      const ci5 = ti5 * TI11 + ti4 * TI12, ci4 = ti5 * TI12 - ti4 * TI11;
      const dr4 = cr3 + ci4, dr3 = cr3 - ci4;
      const di3 = ci3 + cr4, di4 = ci3 - cr4;
      const dr5 = cr2 + ci5, dr2 = cr2 - ci5;
      const di2 = ci2 + cr5, di5 = ci2 - cr5;
      const put = (xx: number, j: number, di: number, dr: number): void => {
        const c = WA(xx, i - 2), d = WA(xx, i - 1);
        ch[CH(i, k, j)] = c * di + d * dr;
        ch[CH(i - 1, k, j)] = c * dr - d * di;
      };
      put(0, 1, di2, dr2);
      put(1, 2, di3, dr3);
      put(2, 3, di4, dr4);
      put(3, 4, di5, dr5);
    }
  }
}

/** Generic odd radix, backward; the result is in ch. */
function radbg(ido: number, ip: number, l1: number, cc: Float64Array, ch: Float64Array, wa: Float64Array, csarr: Float64Array): void {
  const ipph = (ip + 1) >> 1;
  const idl1 = ido * l1;
  const { K: CH, P: CC } = layouts(ido, l1, ip);
  const C1 = CH;
  const X2 = (a: number, b: number): number => a + idl1 * b;

  for (let k = 0; k < l1; ++k) for (let i = 0; i < ido; ++i) ch[CH(i, k, 0)] = cc[CC(i, 0, k)];
  for (let j = 1, jc = ip - 1; j < ipph; ++j, --jc) {
    const j2 = 2 * j - 1;
    for (let k = 0; k < l1; ++k) {
      ch[CH(0, k, j)] = 2 * cc[CC(ido - 1, j2, k)];
      ch[CH(0, k, jc)] = 2 * cc[CC(0, j2 + 1, k)];
    }
  }
  if (ido !== 1) {
    for (let j = 1, jc = ip - 1; j < ipph; ++j, --jc) {
      const j2 = 2 * j - 1;
      for (let k = 0; k < l1; ++k) {
        for (let i = 1, ic = ido - i - 2; i <= ido - 2; i += 2, ic -= 2) {
          ch[CH(i, k, j)] = cc[CC(i, j2 + 1, k)] + cc[CC(ic, j2, k)];
          ch[CH(i, k, jc)] = cc[CC(i, j2 + 1, k)] - cc[CC(ic, j2, k)];
          ch[CH(i + 1, k, j)] = cc[CC(i + 1, j2 + 1, k)] - cc[CC(ic + 1, j2, k)];
          ch[CH(i + 1, k, jc)] = cc[CC(i + 1, j2 + 1, k)] + cc[CC(ic + 1, j2, k)];
        }
      }
    }
  }
  for (let l = 1, lc = ip - 1; l < ipph; ++l, --lc) {
    for (let ik = 0; ik < idl1; ++ik) {
      cc[X2(ik, l)] = ch[X2(ik, 0)] + csarr[2 * l] * ch[X2(ik, 1)] + csarr[4 * l] * ch[X2(ik, 2)];
      cc[X2(ik, lc)] = csarr[2 * l + 1] * ch[X2(ik, ip - 1)] + csarr[4 * l + 1] * ch[X2(ik, ip - 2)];
    }
    let iang = 2 * l;
    let j = 3, jc = ip - 3;
    const ar = [0, 0, 0, 0], ai = [0, 0, 0, 0];
    const step = (q: number): void => {
      iang += l; if (iang > ip) iang -= ip;
      ar[q] = csarr[2 * iang]; ai[q] = csarr[2 * iang + 1];
    };
    for (; j < ipph - 3; j += 4, jc -= 4) {
      step(0); step(1); step(2); step(3);
      for (let ik = 0; ik < idl1; ++ik) {
        cc[X2(ik, l)] += ar[0] * ch[X2(ik, j)] + ar[1] * ch[X2(ik, j + 1)] + ar[2] * ch[X2(ik, j + 2)] + ar[3] * ch[X2(ik, j + 3)];
        cc[X2(ik, lc)] += ai[0] * ch[X2(ik, jc)] + ai[1] * ch[X2(ik, jc - 1)] + ai[2] * ch[X2(ik, jc - 2)] + ai[3] * ch[X2(ik, jc - 3)];
      }
    }
    for (; j < ipph - 1; j += 2, jc -= 2) {
      step(0); step(1);
      for (let ik = 0; ik < idl1; ++ik) {
        cc[X2(ik, l)] += ar[0] * ch[X2(ik, j)] + ar[1] * ch[X2(ik, j + 1)];
        cc[X2(ik, lc)] += ai[0] * ch[X2(ik, jc)] + ai[1] * ch[X2(ik, jc - 1)];
      }
    }
    for (; j < ipph; ++j, --jc) {
      step(0);
      for (let ik = 0; ik < idl1; ++ik) {
        cc[X2(ik, l)] += ar[0] * ch[X2(ik, j)];
        cc[X2(ik, lc)] += ai[0] * ch[X2(ik, jc)];
      }
    }
  }
  for (let j = 1; j < ipph; ++j) for (let ik = 0; ik < idl1; ++ik) ch[X2(ik, 0)] += ch[X2(ik, j)];
  for (let j = 1, jc = ip - 1; j < ipph; ++j, --jc) {
    for (let k = 0; k < l1; ++k) {
      const a = cc[C1(0, k, j)], b = cc[C1(0, k, jc)];
      ch[CH(0, k, jc)] = a + b;
      ch[CH(0, k, j)] = a - b;
    }
  }
  if (ido === 1) return;
  for (let j = 1, jc = ip - 1; j < ipph; ++j, --jc) {
    for (let k = 0; k < l1; ++k) {
      for (let i = 1; i <= ido - 2; i += 2) {
        ch[CH(i, k, j)] = cc[C1(i, k, j)] - cc[C1(i + 1, k, jc)];
        ch[CH(i, k, jc)] = cc[C1(i, k, j)] + cc[C1(i + 1, k, jc)];
        ch[CH(i + 1, k, j)] = cc[C1(i + 1, k, j)] + cc[C1(i, k, jc)];
        ch[CH(i + 1, k, jc)] = cc[C1(i + 1, k, j)] - cc[C1(i, k, jc)];
      }
    }
  }
  for (let j = 1; j < ip; ++j) {
    const is = (j - 1) * (ido - 1);
    for (let k = 0; k < l1; ++k) {
      let idij = is;
      for (let i = 1; i <= ido - 2; i += 2) {
        const t1 = ch[CH(i, k, j)], t2 = ch[CH(i + 1, k, j)];
        ch[CH(i, k, j)] = wa[idij] * t1 - wa[idij + 1] * t2;
        ch[CH(i + 1, k, j)] = wa[idij] * t2 + wa[idij + 1] * t1;
        idij += 2;
      }
    }
  }
}

/** A planned real transform of one length (pocketfft's rfftp). */
export class RealPlan {
  readonly n: number;
  private readonly fact: Factor[] = [];

  constructor(n: number) {
    this.n = n;
    if (n === 1) return;
    const ips: number[] = [];
    let len = n;
    while (len % 4 === 0) { ips.push(4); len /= 4; }
    if (len % 2 === 0) {
      len /= 2;
      ips.push(2);
      [ips[0], ips[ips.length - 1]] = [ips[ips.length - 1], ips[0]];
    }
    for (let d = 3; d * d <= len; d += 2) {
      while (len % d === 0) { ips.push(d); len /= d; }
    }
    if (len > 1) ips.push(len);
    const roots = new UnitRoots(n);
    let l1 = 1;
    ips.forEach((ip, k) => {
      const ido = n / (l1 * ip);
      const tw = new Float64Array(k < ips.length - 1 ? (ip - 1) * (ido - 1) : 0);
      if (k < ips.length - 1) {
        for (let j = 1; j < ip; ++j) {
          for (let i = 1; i <= (ido - 1) >> 1; ++i) {
            roots.at(j * l1 * i);
            tw[(j - 1) * (ido - 1) + 2 * i - 2] = roots.r;
            tw[(j - 1) * (ido - 1) + 2 * i - 1] = roots.i;
          }
        }
      }
      let tws: Float64Array | null = null;
      if (ip > 5) {
        tws = new Float64Array(2 * ip);
        tws[0] = 1;
        for (let i = 2, ic = 2 * ip - 2; i <= ic; i += 2, ic -= 2) {
          roots.at((i / 2) * (n / ip));
          tws[i] = roots.r; tws[i + 1] = roots.i;
          tws[ic] = roots.r; tws[ic + 1] = -roots.i;
        }
      }
      this.fact.push({ ip, tw, tws });
      l1 *= ip;
    });
  }

  /** In place: real → halfcomplex when `forward`, halfcomplex → real otherwise; scaled by fct. */
  exec(c: Float64Array, fct: number, forward: boolean): void {
    const n = this.n;
    if (n === 1) { c[0] *= fct; return; }
    const nf = this.fact.length;
    const ch = new Float64Array(n);
    let p1: Float64Array = c, p2: Float64Array = ch;
    if (forward) {
      for (let k1 = 0, l1 = n; k1 < nf; ++k1) {
        const f = this.fact[nf - k1 - 1];
        const ip = f.ip, ido = n / l1;
        l1 /= ip;
        if (ip === 4) radf4(ido, l1, p1, p2, f.tw);
        else if (ip === 2) radf2(ido, l1, p1, p2, f.tw);
        else if (ip === 3) radf3(ido, l1, p1, p2, f.tw);
        else if (ip === 5) radf5(ido, l1, p1, p2, f.tw);
        else { radfg(ido, ip, l1, p1, p2, f.tw, f.tws!); [p1, p2] = [p2, p1]; }
        [p1, p2] = [p2, p1];
      }
    } else {
      for (let k = 0, l1 = 1; k < nf; k++) {
        const f = this.fact[k];
        const ip = f.ip, ido = n / (ip * l1);
        if (ip === 4) radb4(ido, l1, p1, p2, f.tw);
        else if (ip === 2) radb2(ido, l1, p1, p2, f.tw);
        else if (ip === 3) radb3(ido, l1, p1, p2, f.tw);
        else if (ip === 5) radb5(ido, l1, p1, p2, f.tw);
        else radbg(ido, ip, l1, p1, p2, f.tw, f.tws!);
        [p1, p2] = [p2, p1];
        l1 *= ip;
      }
    }
    if (p1 !== c) {
      if (fct !== 1) for (let i = 0; i < n; ++i) c[i] = fct * p1[i];
      else c.set(p1);
    } else if (fct !== 1) {
      for (let i = 0; i < n; ++i) c[i] *= fct;
    }
  }
}
