/**
 * NumPy's float32 `exp` and `log` loops, reproduced bit for bit. On x86-64 with AVX512F/AVX2 NumPy does
 * not call libm for float32 exp/log: it evaluates Cody–Waite range reduction and a rational minimax
 * approximation (numerator degree 5, denominator 2 for exp, 5 and 5 for log) in float32 with fused
 * multiply-adds (numpy/_core/src/umath/loops_exponent_log.dispatch.c.src and npy_simd_data.h for the
 * coefficients). Results differ from correctly rounded values by up to ~2.5 ulp, so matching NumPy's
 * printed digits needs the same arithmetic: `fma32` is a float32 FMA (exact product and sum, one
 * rounding), verified against NumPy on 40 000 inputs per function including subnormals and specials.
 */
const f = Math.fround;
const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/** the float32 next to r in direction dir (+1 up, -1 down) */
function nextFloat32(r: number, dir: number): number {
  f32[0] = r;
  if (r === 0) {
    u32[0] = dir > 0 ? 1 : 0x80000001;
    return f32[0];
  }
  u32[0] += r > 0 === dir > 0 ? 1 : -1;
  return f32[0];
}

/** round(a·b + c) to float32 once (a, b, c float32 values) */
export function fma32(a: number, b: number, c: number): number {
  const p = a * b; // exact: 24 + 24 bits
  const s = p + c;
  const bb = s - p;
  const err = p - (s - bb) + (c - bb); // s + err is the exact sum
  let r = f(s);
  if (err !== 0 && r !== s) {
    // s may sit exactly on a float32 midpoint that the exact sum does not: round toward the exact sum
    const other = nextFloat32(r, s > r ? 1 : -1);
    if ((r + other) / 2 === s) r = err > 0 === other > r ? other : r;
  }
  return r;
}

const LOG2E = f(Math.LOG2E), MAGIC = f(12582912); // 0x1.8p23: adding it rounds to an integer
const C1 = f(-6.93145752e-1), C2 = f(-1.42860677e-6);
const EP = [9.999999999980870924916e-1, 7.257664613233124478488e-1, 2.473615434895520810817e-1, 5.114512081637298353406e-2, 6.757896990527504603057e-3, 5.082762527590693718096e-4].map(f);
const EQ = [1, -2.742335390411667452936e-1, 2.159509375685829852307e-2].map(f);

export function expf(x: number): number {
  if (x !== x) return x;
  if (x >= 88.72283935546875) return Infinity;
  if (x <= -103.97208404541015625) return 0;
  let q = f(x * LOG2E);
  q = f(f(q + MAGIC) - MAGIC);
  let y = fma32(q, C1, x);
  y = fma32(q, C2, y);
  let num = fma32(EP[5], y, EP[4]);
  for (let k = 3; k >= 0; k--) num = fma32(num, y, EP[k]);
  let den = fma32(EQ[2], y, EQ[1]);
  den = fma32(den, y, EQ[0]);
  return f(f(num / den) * Math.pow(2, q));
}

const LP = [0, 9.999999999999998702752e-1, 2.112677543073053063722, 1.480000633576506585156, 3.808837741388407920751e-1, 2.589979117907922693523e-2].map(f);
const LQ = [1, 2.612677543073109236779, 2.453006071784736363091, 9.864942958519418960339e-1, 1.546476374983906719538e-1, 5.875095403124574342950e-3].map(f);
const LOGE2 = f(Math.LN2), SQRT1_2 = f(Math.SQRT1_2);

export function logf(x: number): number {
  if (x !== x) return x;
  if (x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return Infinity;
  // x = m · 2^e with m in [0.5, 1); subnormals are scaled by 2^100 first
  let e: number;
  f32[0] = x;
  if (x < 1.1754943508222875e-38) {
    f32[0] = f(x * 2 ** 100);
    e = (u32[0] >>> 23) - 126 - 100;
  } else e = (u32[0] >>> 23) - 126;
  u32[0] = (u32[0] & 0x7fffff) | (126 << 23);
  let m = f32[0];
  if (m <= SQRT1_2) {
    m = f(m + m);
    e -= 1;
  }
  const y = f(m - 1);
  let num = fma32(LP[5], y, LP[4]);
  for (let k = 3; k >= 0; k--) num = fma32(num, y, LP[k]);
  let den = fma32(LQ[5], y, LQ[4]);
  for (let k = 3; k >= 0; k--) den = fma32(den, y, LQ[k]);
  return fma32(f(e), LOGE2, f(num / den));
}

// float32 sin and cos: NumPy's SIMD loop reduces x by the nearest multiple q of π/2 (Cody–Waite, π/2 split
// into three float32 parts, each step one FMA), evaluates a degree-9 odd (sine) or degree-8 even (cosine)
// polynomial of the reduced r, and picks/negates by the quadrant. Beyond the reduction's range the loop
// calls libm's sinf/cosf, which are correctly rounded (as is rounding the double result here).
const TWO_OVER_PI = f(0.6366197723675814);
const PIO2_HI = f(-1.57079601287841796875), PIO2_MED = f(-3.1391647326017846e-7), PIO2_LO = f(-5.390302529957765e-15);
const COS_P = [2.4372266125283204e-5, -1.388652017340064e-3, 4.166661947965622e-2, -0.5, 1].map(f);
const SIN_P = [2.8404097065504175e-6, -1.9856491417158395e-4, 8.333397097885609e-3, -0.1666666716337204].map(f);
/** the largest |x| each function reduces itself (measured against NumPy 2.4 on AVX-512) */
const SIN_MAX = 117435.992, COS_MAX = 71476.0625;

function sincosf(x: number, cos: boolean): number {
  if (x !== x || x === Infinity || x === -Infinity) return NaN;
  if (Math.abs(x) > (cos ? COS_MAX : SIN_MAX)) return f(cos ? Math.cos(x) : Math.sin(x));
  let q = f(x * TWO_OVER_PI);
  q = f(f(q + MAGIC) - MAGIC);
  let r = fma32(q, PIO2_HI, x);
  r = fma32(q, PIO2_MED, r);
  r = fma32(q, PIO2_LO, r);
  const r2 = f(r * r);
  let iq = q | 0;
  if (cos) iq += 1;
  let v: number;
  if ((iq & 1) === 0) {
    v = fma32(SIN_P[0], r2, SIN_P[1]);
    v = fma32(v, r2, SIN_P[2]);
    v = fma32(v, r2, SIN_P[3]);
    v = fma32(v, r2, 0);
    v = fma32(v, r, r);
  } else {
    v = fma32(COS_P[0], r2, COS_P[1]);
    for (let k = 2; k < 5; k++) v = fma32(v, r2, COS_P[k]);
  }
  return (iq & 2) === 2 ? f(0 - v) : v;
}

export const sinf = (x: number): number => sincosf(x, false);
export const cosf = (x: number): number => sincosf(x, true);
