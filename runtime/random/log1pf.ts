/**
 * `log1pf` — log(1 + x) in float32 — computed step for step like the glibc implementation NumPy calls in
 * its float32 ziggurat tails (fdlibm's s_log1pf.c by Ian Lance Taylor / Sun: argument reduction
 * 1 + x = 2**k * (1 + f) with a correction term c, then a degree-14 odd polynomial in s = f / (2 + f)).
 * glibc's result is often an ulp away from the correctly rounded one, so reproducing NumPy's float32
 * samples bit for bit needs this exact sequence of float operations: every operation is rounded to
 * float32 (`f32`), as C evaluates float expressions on x86-64 (no contraction into FMA).
 * Checked exhaustively against glibc 2.36 on x = -k * 2**-24, the arguments NumPy passes.
 */

const f32 = Math.fround;
const F = new Float32Array(1);
const I = new Int32Array(F.buffer);
function bits(x: number): number {
  F[0] = x;
  return I[0];
}
function fromBits(i: number): number {
  I[0] = i;
  return F[0];
}

const LN2_HI = f32(6.9313812256e-1);
const LN2_LO = f32(9.0580006145e-6);
const TWO_THIRDS = f32(0.66666666666666666);
const LP1 = f32(6.6666668653e-1);
const LP2 = f32(4.0000000596e-1);
const LP3 = f32(2.8571429849e-1);
const LP4 = f32(2.2222198546e-1);
const LP5 = f32(1.818357259e-1);
const LP6 = f32(1.5313838422e-1);
const LP7 = f32(1.479819864e-1);

/** log(1 + x) for a float32 x, as glibc's log1pf computes it. */
export function log1pf(x: number): number {
  const hx = bits(x);
  const ax = hx & 0x7fffffff;
  let k = 1, f = 0, c = 0, hu = 0;
  if (hx < 0x3ed413d0) {
    // 1 + x < sqrt(2)
    if (ax >= 0x3f800000) return x === -1 ? -Infinity : NaN;
    if (ax < 0x31000000) {
      // |x| < 2**-29
      if (ax < 0x24800000) return x;
      return f32(x - f32(f32(x * x) * 0.5));
    }
    if (hx > 0 || hx <= (0xbe95f61f | 0)) {
      // sqrt(2)/2 <= 1 + x < sqrt(2): no reduction
      k = 0;
      f = x;
      hu = 1;
    }
  }
  if (hx >= 0x7f800000) return x + x;
  if (k !== 0) {
    let u: number;
    if (hx < 0x5a000000) {
      u = f32(1 + x);
      hu = bits(u);
      k = (hu >> 23) - 127;
      c = k > 0 ? f32(1 - f32(u - x)) : f32(x - f32(u - 1));
      c = f32(c / u);
    } else {
      u = x;
      hu = bits(u);
      k = (hu >> 23) - 127;
      c = 0;
    }
    hu &= 0x007fffff;
    if (hu < 0x3504f4) {
      u = fromBits(hu | 0x3f800000);
    } else {
      k += 1;
      u = fromBits(hu | 0x3f000000);
      hu = (0x00800000 - hu) >> 2;
    }
    f = f32(u - 1);
  }
  const kf = f32(k);
  const hfsq = f32(f32(0.5 * f) * f);
  if (hu === 0) {
    // |f| < 2**-20
    if (f === 0) {
      if (k === 0) return 0;
      c = f32(c + f32(kf * LN2_LO));
      return f32(f32(kf * LN2_HI) + c);
    }
    const r = f32(hfsq * f32(1 - f32(TWO_THIRDS * f)));
    if (k === 0) return f32(f - r);
    return f32(f32(kf * LN2_HI) - f32(f32(r - f32(f32(kf * LN2_LO) + c)) - f));
  }
  const s = f32(f / f32(2 + f));
  const z = f32(s * s);
  let p = f32(LP6 + f32(z * LP7));
  p = f32(LP5 + f32(z * p));
  p = f32(LP4 + f32(z * p));
  p = f32(LP3 + f32(z * p));
  p = f32(LP2 + f32(z * p));
  p = f32(LP1 + f32(z * p));
  const r = f32(z * p);
  if (k === 0) return f32(f - f32(hfsq - f32(s * f32(hfsq + r))));
  return f32(f32(kf * LN2_HI) - f32(f32(hfsq - f32(f32(s * f32(hfsq + r)) + f32(f32(kf * LN2_LO) + c))) - f));
}
