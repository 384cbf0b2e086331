/**
 * pocketfft's `cfftp`: the mixed-radix (FFTPACK-style) complex FFT, operation for operation, so results
 * match numpy.fft to the last bit.
 *
 * Data are interleaved complex Float64Arrays (re at 2k, im at 2k+1). A plan factors n into radices —
 * 8s first, then 4s, then one 2 (moved to the front), then odd primes in increasing order — and runs one
 * decimation pass per factor, ping-ponging between the data and a scratch buffer. Radices 2, 4 and 8 have
 * dedicated butterflies; 3, 5, 7 and 11 share `passOdd`, which evaluates exactly the sums pocketfft's
 * PARTSTEP macros spell out (same constants, same association order); any other prime goes through the
 * generic `passg`. Twiddles come from `UnitRoots` (e^(+2πik/n)); the forward transform multiplies by their
 * conjugates (`special_mul<fwd>`). Invariant: `exec` leaves the result in place, scaled by `fct` unless
 * fct === 1.
 */
import { UnitRoots } from './twiddle';

/** cos and sin of 2πk/p, k = 1..(p-1)/2, as pocketfft's constants (rounded to double). */
const ODD_COS: Record<number, number[]> = {
  3: [-0.5],
  5: [0.3090169943749474241022934171828191, -0.8090169943749474241022934171828191],
  7: [0.6234898018587335305250048840042398, -0.2225209339563144042889025644967948, -0.9009688679024191262361023195074451],
  11: [0.8412535328311811688618116489193677, 0.4154150130018864255292741492296232, -0.1423148382732851404437926686163697,
    -0.6548607339452850640569250724662936, -0.9594929736144973898903680570663277],
};
const ODD_SIN: Record<number, number[]> = {
  3: [0.8660254037844386467637231707529362],
  5: [0.9510565162951535721164393333793821, 0.5877852522924731291687059546390728],
  7: [0.7818314824680298087084445266740578, 0.9749279121818236070181316829939312, 0.433883739117558120475768332848359],
  11: [0.5406408174555975821076359543186917, 0.9096319953545183714117153830790285, 0.9898214418809327323760920377767188,
    0.7557495743542582837740358439723444, 0.2817325568414296977114179153466169],
};
const HSQT2 = 0.707106781186547524400844362104849;

interface Factor {
  ip: number;
  /** twiddles, (ip-1)*(ido-1) complex values */
  tw: Float64Array;
  /** ip roots of unity for the generic pass (ip > 11) */
  tws: Float64Array | null;
}

/** out[o] = v·w (backward) or v·conj(w) (forward). */
function smul(out: Float64Array, o: number, vr: number, vi: number, wr: number, wi: number, fwd: boolean): void {
  if (fwd) {
    out[o] = vr * wr + vi * wi;
    out[o + 1] = vi * wr - vr * wi;
  } else {
    out[o] = vr * wr - vi * wi;
    out[o + 1] = vr * wi + vi * wr;
  }
}

function pass2(ido: number, l1: number, cc: Float64Array, ch: Float64Array, wa: Float64Array, fwd: boolean): void {
  for (let k = 0; k < l1; ++k) {
    for (let i = 0; i < ido; ++i) {
      const a = 2 * (i + ido * (2 * k)), b = 2 * (i + ido * (1 + 2 * k));
      const o0 = 2 * (i + ido * k), o1 = 2 * (i + ido * (k + l1));
      ch[o0] = cc[a] + cc[b];
      ch[o0 + 1] = cc[a + 1] + cc[b + 1];
      const dr = cc[a] - cc[b], di = cc[a + 1] - cc[b + 1];
      if (i === 0) { ch[o1] = dr; ch[o1 + 1] = di; }
      else smul(ch, o1, dr, di, wa[2 * (i - 1)], wa[2 * (i - 1) + 1], fwd);
    }
  }
}

function pass4(ido: number, l1: number, cc: Float64Array, ch: Float64Array, wa: Float64Array, fwd: boolean): void {
  const tw = (x: number, i: number): number => 2 * (i - 1 + x * (ido - 1));
  for (let k = 0; k < l1; ++k) {
    for (let i = 0; i < ido; ++i) {
      const c0 = 2 * (i + ido * (4 * k)), c1 = c0 + 2 * ido, c2 = c1 + 2 * ido, c3 = c2 + 2 * ido;
      const t2r = cc[c0] + cc[c2], t2i = cc[c0 + 1] + cc[c2 + 1];
      const t1r = cc[c0] - cc[c2], t1i = cc[c0 + 1] - cc[c2 + 1];
      const t3r = cc[c1] + cc[c3], t3i = cc[c1 + 1] + cc[c3 + 1];
      let t4r = cc[c1] - cc[c3], t4i = cc[c1 + 1] - cc[c3 + 1];
      if (fwd) { const t = -t4r; t4r = t4i; t4i = t; } else { const t = t4r; t4r = -t4i; t4i = t; }
      const o0 = 2 * (i + ido * k), step = 2 * ido * l1;
      const o1 = o0 + step, o2 = o1 + step, o3 = o2 + step;
      ch[o0] = t2r + t3r; ch[o0 + 1] = t2i + t3i;
      if (i === 0) {
        ch[o2] = t2r - t3r; ch[o2 + 1] = t2i - t3i;
        ch[o1] = t1r + t4r; ch[o1 + 1] = t1i + t4i;
        ch[o3] = t1r - t4r; ch[o3 + 1] = t1i - t4i;
      } else {
        let w = tw(0, i);
        smul(ch, o1, t1r + t4r, t1i + t4i, wa[w], wa[w + 1], fwd);
        w = tw(1, i);
        smul(ch, o2, t2r - t3r, t2i - t3i, wa[w], wa[w + 1], fwd);
        w = tw(2, i);
        smul(ch, o3, t1r - t4r, t1i - t4i, wa[w], wa[w + 1], fwd);
      }
    }
  }
}

function pass8(ido: number, l1: number, cc: Float64Array, ch: Float64Array, wa: Float64Array, fwd: boolean): void {
  const a = new Float64Array(16);
  const rot90 = (j: number): void => {
    const r = a[2 * j], i = a[2 * j + 1];
    if (fwd) { a[2 * j] = i; a[2 * j + 1] = -r; } else { a[2 * j] = -i; a[2 * j + 1] = r; }
  };
  const pmInPlace = (x: number, y: number): void => {
    const tr = a[2 * x], ti = a[2 * x + 1];
    a[2 * x] = tr + a[2 * y]; a[2 * x + 1] = ti + a[2 * y + 1];
    a[2 * y] = tr - a[2 * y]; a[2 * y + 1] = ti - a[2 * y + 1];
  };
  const out = (o: number, x: number, y: number, sign: 1 | -1, i: number, w: number): void => {
    const r = sign > 0 ? a[2 * x] + a[2 * y] : a[2 * x] - a[2 * y];
    const im = sign > 0 ? a[2 * x + 1] + a[2 * y + 1] : a[2 * x + 1] - a[2 * y + 1];
    if (i === 0) { ch[o] = r; ch[o + 1] = im; }
    else { const t = 2 * (i - 1 + w * (ido - 1)); smul(ch, o, r, im, wa[t], wa[t + 1], fwd); }
  };
  for (let k = 0; k < l1; ++k) {
    for (let i = 0; i < ido; ++i) {
      const c = (j: number): number => 2 * (i + ido * (j + 8 * k));
      const pm = (x: number, y: number, p: number, q: number): void => {
        const pr = cc[c(p)], pi = cc[c(p) + 1], qr = cc[c(q)], qi = cc[c(q) + 1];
        a[2 * x] = pr + qr; a[2 * x + 1] = pi + qi;
        a[2 * y] = pr - qr; a[2 * y + 1] = pi - qi;
      };
      pm(1, 5, 1, 5);
      pm(3, 7, 3, 7);
      rot90(7);
      pmInPlace(1, 3);
      rot90(3);
      pmInPlace(5, 7);
      {
        const r = a[10], im = a[11];
        if (fwd) { a[10] = HSQT2 * (r + im); a[11] = HSQT2 * (im - r); }
        else { a[10] = HSQT2 * (r - im); a[11] = HSQT2 * (im + r); }
        const r7 = a[14], i7 = a[15];
        if (fwd) { a[14] = HSQT2 * (i7 - r7); a[15] = HSQT2 * (-r7 - i7); }
        else { a[14] = HSQT2 * (-r7 - i7); a[15] = HSQT2 * (r7 - i7); }
      }
      pm(0, 4, 0, 4);
      pm(2, 6, 2, 6);
      pmInPlace(0, 2);
      const o = (j: number): number => 2 * (i + ido * (k + l1 * j));
      out(o(0), 0, 1, 1, 0, 0);
      out(o(4), 0, 1, -1, i, 3);
      out(o(2), 2, 3, 1, i, 1);
      out(o(6), 2, 3, -1, i, 5);
      rot90(6);
      pmInPlace(4, 6);
      out(o(1), 4, 5, 1, i, 0);
      out(o(5), 4, 5, -1, i, 4);
      out(o(3), 6, 7, 1, i, 2);
      out(o(7), 6, 7, -1, i, 6);
    }
  }
}

/** Radix 3, 5, 7 or 11 (pocketfft's pass3/5/7/11). */
function passOdd(p: number, ido: number, l1: number, cc: Float64Array, ch: Float64Array, wa: Float64Array, fwd: boolean): void {
  const h = (p - 1) / 2;
  const cosT = ODD_COS[p], sinT = ODD_SIN[p];
  const X = new Float64Array(h * h), Y = new Float64Array(h * h);
  for (let u = 1; u <= h; ++u) {
    for (let m = 1; m <= h; ++m) {
      const idx = (u * m) % p;
      const refl = idx > h;
      const j = refl ? p - idx : idx;
      X[(u - 1) * h + m - 1] = cosT[j - 1];
      Y[(u - 1) * h + m - 1] = (refl ? -1 : 1) * ((fwd ? -1 : 1) * sinT[j - 1]);
    }
  }
  const tpr = new Float64Array(h), tpi = new Float64Array(h), tmr = new Float64Array(h), tmi = new Float64Array(h);
  for (let k = 0; k < l1; ++k) {
    for (let i = 0; i < ido; ++i) {
      const c = (j: number): number => 2 * (i + ido * (j + p * k));
      const t0r = cc[c(0)], t0i = cc[c(0) + 1];
      let sr = t0r, si = t0i;
      for (let m = 1; m <= h; ++m) {
        const a = c(m), b = c(p - m);
        tpr[m - 1] = cc[a] + cc[b]; tpi[m - 1] = cc[a + 1] + cc[b + 1];
        tmr[m - 1] = cc[a] - cc[b]; tmi[m - 1] = cc[a + 1] - cc[b + 1];
        sr += tpr[m - 1]; si += tpi[m - 1];
      }
      const o = (j: number): number => 2 * (i + ido * (k + l1 * j));
      ch[o(0)] = sr; ch[o(0) + 1] = si;
      for (let u = 1; u <= h; ++u) {
        let car = t0r, cai = t0i, cbi = 0, cbr = 0;
        const row = (u - 1) * h;
        for (let m = 0; m < h; ++m) {
          car += X[row + m] * tpr[m];
          cai += X[row + m] * tpi[m];
          if (m === 0) { cbi = Y[row] * tmr[0]; cbr = Y[row] * tmi[0]; }
          else { cbi += Y[row + m] * tmr[m]; cbr += Y[row + m] * tmi[m]; }
        }
        cbr = -cbr;
        const o1 = o(u), o2 = o(p - u);
        if (i === 0) {
          ch[o1] = car + cbr; ch[o1 + 1] = cai + cbi;
          ch[o2] = car - cbr; ch[o2 + 1] = cai - cbi;
        } else {
          let w = 2 * (i - 1 + (u - 1) * (ido - 1));
          smul(ch, o1, car + cbr, cai + cbi, wa[w], wa[w + 1], fwd);
          w = 2 * (i - 1 + (p - u - 1) * (ido - 1));
          smul(ch, o2, car - cbr, cai - cbi, wa[w], wa[w + 1], fwd);
        }
      }
    }
  }
}

/** Generic prime radix; the result is left in cc (pocketfft's passg). */
function passg(ido: number, ip: number, l1: number, cc: Float64Array, ch: Float64Array, wa: Float64Array, csarr: Float64Array, fwd: boolean): void {
  const ipph = (ip + 1) >> 1;
  const idl1 = ido * l1;
  const CH = (a: number, b: number, c: number): number => 2 * (a + ido * (b + l1 * c));
  const CC = (a: number, b: number, c: number): number => 2 * (a + ido * (b + ip * c));
  const CX = CH; // cc viewed with l1 layout
  const X2 = (a: number, b: number): number => 2 * (a + idl1 * b);
  const walr = new Float64Array(ip), wali = new Float64Array(ip);
  walr[0] = 1;
  for (let i = 1; i < ip; ++i) { walr[i] = csarr[2 * i]; wali[i] = fwd ? -csarr[2 * i + 1] : csarr[2 * i + 1]; }

  for (let k = 0; k < l1; ++k) {
    for (let i = 0; i < ido; ++i) { const d = CH(i, k, 0), s = CC(i, 0, k); ch[d] = cc[s]; ch[d + 1] = cc[s + 1]; }
  }
  for (let j = 1, jc = ip - 1; j < ipph; ++j, --jc) {
    for (let k = 0; k < l1; ++k) {
      for (let i = 0; i < ido; ++i) {
        const a = CC(i, j, k), b = CC(i, jc, k), d1 = CH(i, k, j), d2 = CH(i, k, jc);
        ch[d1] = cc[a] + cc[b]; ch[d1 + 1] = cc[a + 1] + cc[b + 1];
        ch[d2] = cc[a] - cc[b]; ch[d2 + 1] = cc[a + 1] - cc[b + 1];
      }
    }
  }
  for (let k = 0; k < l1; ++k) {
    for (let i = 0; i < ido; ++i) {
      let tr = ch[CH(i, k, 0)], ti = ch[CH(i, k, 0) + 1];
      for (let j = 1; j < ipph; ++j) { tr += ch[CH(i, k, j)]; ti += ch[CH(i, k, j) + 1]; }
      cc[CX(i, k, 0)] = tr; cc[CX(i, k, 0) + 1] = ti;
    }
  }
  for (let l = 1, lc = ip - 1; l < ipph; ++l, --lc) {
    for (let ik = 0; ik < idl1; ++ik) {
      const h0 = X2(ik, 0), h1 = X2(ik, 1), h2 = X2(ik, 2), hm1 = X2(ik, ip - 1), hm2 = X2(ik, ip - 2);
      const dl = X2(ik, l), dlc = X2(ik, lc);
      cc[dl] = ch[h0] + walr[l] * ch[h1] + walr[2 * l] * ch[h2];
      cc[dl + 1] = ch[h0 + 1] + walr[l] * ch[h1 + 1] + walr[2 * l] * ch[h2 + 1];
      cc[dlc] = -wali[l] * ch[hm1 + 1] - wali[2 * l] * ch[hm2 + 1];
      cc[dlc + 1] = wali[l] * ch[hm1] + wali[2 * l] * ch[hm2];
    }
    let iwal = 2 * l;
    let j = 3, jc = ip - 3;
    for (; j < ipph - 1; j += 2, jc -= 2) {
      iwal += l; if (iwal > ip) iwal -= ip;
      const xr = walr[iwal], xi = wali[iwal];
      iwal += l; if (iwal > ip) iwal -= ip;
      const x2r = walr[iwal], x2i = wali[iwal];
      for (let ik = 0; ik < idl1; ++ik) {
        const dl = X2(ik, l), dlc = X2(ik, lc);
        const hj = X2(ik, j), hj1 = X2(ik, j + 1), hc = X2(ik, jc), hc1 = X2(ik, jc - 1);
        cc[dl] += ch[hj] * xr + ch[hj1] * x2r;
        cc[dl + 1] += ch[hj + 1] * xr + ch[hj1 + 1] * x2r;
        cc[dlc] -= ch[hc + 1] * xi + ch[hc1 + 1] * x2i;
        cc[dlc + 1] += ch[hc] * xi + ch[hc1] * x2i;
      }
    }
    for (; j < ipph; ++j, --jc) {
      iwal += l; if (iwal > ip) iwal -= ip;
      const xr = walr[iwal], xi = wali[iwal];
      for (let ik = 0; ik < idl1; ++ik) {
        const dl = X2(ik, l), dlc = X2(ik, lc), hj = X2(ik, j), hc = X2(ik, jc);
        cc[dl] += ch[hj] * xr;
        cc[dl + 1] += ch[hj + 1] * xr;
        cc[dlc] -= ch[hc + 1] * xi;
        cc[dlc + 1] += ch[hc] * xi;
      }
    }
  }
  // shuffling and twiddling
  for (let j = 1, jc = ip - 1; j < ipph; ++j, --jc) {
    for (let k = 0; k < l1; ++k) {
      for (let i = 0; i < ido; ++i) {
        const a = CX(i, k, j), b = CX(i, k, jc);
        const x1r = cc[a] + cc[b], x1i = cc[a + 1] + cc[b + 1];
        const x2r = cc[a] - cc[b], x2i = cc[a + 1] - cc[b + 1];
        if (i === 0) {
          cc[a] = x1r; cc[a + 1] = x1i; cc[b] = x2r; cc[b + 1] = x2i;
        } else {
          let w = 2 * ((j - 1) * (ido - 1) + i - 1);
          smul(cc, a, x1r, x1i, wa[w], wa[w + 1], fwd);
          w = 2 * ((jc - 1) * (ido - 1) + i - 1);
          smul(cc, b, x2r, x2i, wa[w], wa[w + 1], fwd);
        }
      }
    }
  }
}

/** A planned complex transform of one length (pocketfft's cfftp). */
export class ComplexPlan {
  readonly n: number;
  private readonly fact: Factor[] = [];

  constructor(n: number) {
    this.n = n;
    if (n === 1) return;
    const ips: number[] = [];
    let len = n;
    while (len % 8 === 0) { ips.push(8); len /= 8; }
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
    for (const ip of ips) {
      const ido = n / (l1 * ip);
      const tw = new Float64Array(2 * (ip - 1) * (ido - 1));
      for (let j = 1; j < ip; ++j) {
        for (let i = 1; i < ido; ++i) {
          roots.at(j * l1 * i);
          const t = 2 * ((j - 1) * (ido - 1) + i - 1);
          tw[t] = roots.r; tw[t + 1] = roots.i;
        }
      }
      let tws: Float64Array | null = null;
      if (ip > 11) {
        tws = new Float64Array(2 * ip);
        for (let j = 0; j < ip; ++j) { roots.at(j * l1 * ido); tws[2 * j] = roots.r; tws[2 * j + 1] = roots.i; }
      }
      this.fact.push({ ip, tw, tws });
      l1 *= ip;
    }
  }

  /** In-place transform of c (n interleaved complex values), scaled by fct. */
  exec(c: Float64Array, fct: number, fwd: boolean): void {
    const n = this.n;
    if (n === 1) { c[0] *= fct; c[1] *= fct; return; }
    let l1 = 1;
    const ch = new Float64Array(2 * n);
    let p1: Float64Array = c, p2: Float64Array = ch;
    for (const f of this.fact) {
      const ip = f.ip, l2 = ip * l1, ido = n / l2;
      if (ip === 4) pass4(ido, l1, p1, p2, f.tw, fwd);
      else if (ip === 8) pass8(ido, l1, p1, p2, f.tw, fwd);
      else if (ip === 2) pass2(ido, l1, p1, p2, f.tw, fwd);
      else if (ip === 3 || ip === 5 || ip === 7 || ip === 11) passOdd(ip, ido, l1, p1, p2, f.tw, fwd);
      else { passg(ido, ip, l1, p1, p2, f.tw, f.tws!, fwd); [p1, p2] = [p2, p1]; }
      [p1, p2] = [p2, p1];
      l1 = l2;
    }
    if (p1 !== c) {
      if (fct !== 1) for (let i = 0; i < 2 * n; ++i) c[i] = p1[i] * fct;
      else c.set(p1);
    } else if (fct !== 1) {
      for (let i = 0; i < 2 * n; ++i) c[i] *= fct;
    }
  }
}
