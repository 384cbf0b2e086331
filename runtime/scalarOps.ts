/**
 * The scalar semantics of every ufunc, per value domain (see dtype.ts): what one element of a loop
 * computes. These are NumPy's C loops restated: integer division and modulo floor toward -inf and give 0
 * on division by zero, shifts past the bit width saturate, float `divmod` is npy_divmod, min/max propagate
 * NaN while fmin/fmax ignore it, complex ordering is lexicographic, and the transcendental functions are
 * the correctly rounded ones from math/libm.ts (NumPy's float64 loops call glibc, which is).
 * Results are returned in the loop's output domain; the writer rounds floats to the output width and
 * wraps integers, so `int8 127 + 1` stores -128 as NumPy's does.
 */
import { DType, float64 as float64Type } from './dtype';
import { Complex } from './elements';
import * as m from './math/libm';
import { hypot } from './math/hypot';
import { catan, catanh } from './math/complexAtan';
import { fma } from './math/fma';
import { cosf, expf, logf, sinf } from './math/float32Simd';
import { toHalfBits, fromHalfBits } from './half';
import { frexp as frexp2, ldexp as ldexp2, nextafter as nextafter2, ulp } from './math/floatBits';

export type ScalarFn = (...xs: any[]) => any;

const C = (re: number, im: number) => new Complex(re, im);

// ---- float helpers ----
export function roundEven(x: number): number {
  if (!Number.isFinite(x)) return x;
  const r = Math.round(x);
  if (r - x === 0.5 && r % 2 !== 0) return r - 1;
  return Object.is(x, -0) || (r === 0 && x < 0) ? -0 : r;
}

/** NumPy's npy_divmod for floats: [floor quotient, remainder with the divisor's sign]. */
export function floatDivmod(a: number, b: number): [number, number] {
  let mod = a % b;
  if (!b) return [a / b, mod];
  let div = (a - mod) / b;
  // C's tests, in which a NaN counts as non-zero (np.inf // 3.0 is nan)
  if (mod !== 0) {
    if (b < 0 !== mod < 0) {
      mod += b;
      div -= 1;
    }
  } else mod = b < 0 ? -0 : 0;
  let fl: number;
  if (div !== 0) {
    fl = Math.floor(div);
    if (div - fl > 0.5) fl += 1;
  } else fl = a / b < 0 || Object.is(a / b, -0) ? -0 : 0;
  return [fl, mod];
}

function fmax(a: number, b: number): number {
  if (a !== a) return b;
  if (b !== b) return a;
  return a >= b ? a : b;
}
function fmin(a: number, b: number): number {
  if (a !== a) return b;
  if (b !== b) return a;
  return a <= b ? a : b;
}
// NumPy's SIMD loops: maximum/minimum return the second operand on ties (so the sign of equal zeros
// comes from b) and propagate NaN; fmax/fmin return the first on ties and skip NaN.
function maximum(a: number, b: number): number {
  if (a !== a) return a;
  if (b !== b) return b;
  return a > b ? a : b;
}
function minimum(a: number, b: number): number {
  if (a !== a) return a;
  if (b !== b) return b;
  return a < b ? a : b;
}
function copysign(a: number, b: number): number {
  const neg = b < 0 || Object.is(b, -0) || (b !== b && signbitNaN(b));
  return neg ? -Math.abs(a) : Math.abs(a);
}
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
function signbitNaN(x: number): boolean {
  f64[0] = x;
  return (u32[1] >>> 31) === 1;
}
function signbit(a: number): number {
  if (a !== a) return signbitNaN(a) ? 1 : 0;
  return a < 0 || Object.is(a, -0) ? 1 : 0;
}
function logaddexp(a: number, b: number): number {
  if (a === b) return a + Math.LN2;
  const d = a - b;
  if (d > 0) return a + Math.log1p(Math.exp(-d));
  if (d <= 0) return b + Math.log1p(Math.exp(d));
  return d; // NaN
}
function logaddexp2(a: number, b: number): number {
  if (a === b) return a + 1;
  const d = a - b;
  if (d > 0) return a + Math.log1p(Math.pow(2, -d)) / Math.LN2;
  if (d <= 0) return b + Math.log1p(Math.pow(2, d)) / Math.LN2;
  return d;
}
/** log1p, correctly rounded when 1 + x is exact (V8's fdlibm port is an ulp off there, e.g. log1p(2)). */
function log1p(x: number): number {
  const u = 1 + x;
  if (u - 1 === x && x !== 0 && Number.isFinite(u)) return m.crLog(u);
  return Math.log1p(x);
}

/** glibc's atanh (log1p-based), which NumPy's float64 loop calls. */
function atanh(x: number): number {
  const xa = Math.abs(x);
  let t: number;
  if (xa < 0.5) {
    if (xa < 2 ** -28) return x;
    t = xa + xa;
    t = 0.5 * log1p(t + (t * xa) / (1.0 - xa));
  } else if (xa < 1.0) t = 0.5 * log1p((xa + xa) / (1.0 - xa));
  else if (xa > 1.0) return NaN;
  else if (xa === 1) return x / 0;
  else return NaN;
  return x < 0 || Object.is(x, -0) ? -t : t;
}

/** nextafter in float32 (size 4) or float16 (size 2): one step of the narrow type's bit pattern toward b */
function nextNarrow(a: number, b: number, size: number): number {
  if (a !== a || b !== b) return NaN;
  if (a === b) return b;
  const up = b > a;
  if (size === 4) {
    if (a === 0) return up ? 2 ** -149 : -(2 ** -149);
    f32b[0] = a;
    u32b[0] += (a > 0) === up ? 1 : -1;
    return f32b[0];
  }
  if (a === 0) return up ? 2 ** -24 : -(2 ** -24);
  const h = toHalfBits(a);
  return fromHalfBits((a > 0) === up ? h + 1 : h - 1);
}
const f32b = new Float32Array(1);
const u32b = new Uint32Array(f32b.buffer);

function floatSign(a: number): number {
  return a > 0 ? 1 : a < 0 ? -1 : a === 0 ? 0 : NaN;
}

// ---- integer helpers (number domain: ≤ 32 bits; results wrap when written) ----
function intFloorDiv(a: number, b: number): number {
  if (b === 0) return 0;
  return Math.floor(a / b);
}
function intMod(a: number, b: number): number {
  if (b === 0) return 0;
  const r = a % b;
  return r !== 0 && r < 0 !== b < 0 ? r + b : r;
}
function intPow(d: DType): ScalarFn {
  // every product wraps to the dtype's width, as NumPy's integer power loop does
  const shift = 32 - 8 * d.itemsize;
  const wrap = d.kind === 'u' ? (v: number) => (v << shift) >>> shift : (v: number) => (v << shift) >> shift;
  const mul = Math.imul;
  return (a: number, b: number) => {
    if (b < 0) throw new RangeError('Integers to negative integer powers are not allowed.');
    let r = 1;
    let base = a;
    let e = b;
    while (e > 0) {
      if (e & 1) r = wrap(mul(r, base));
      base = wrap(mul(base, base));
      e = Math.floor(e / 2);
    }
    return r;
  };
}
function gcd(a: number, b: number): number {
  a = Math.abs(a);
  b = Math.abs(b);
  while (b) [a, b] = [b, a % b];
  return a;
}
function bgcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b) [a, b] = [b, a % b];
  return a;
}
function bFloorDiv(a: bigint, b: bigint): bigint {
  if (b === 0n) return 0n;
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}
function bMod(a: bigint, b: bigint): bigint {
  if (b === 0n) return 0n;
  const r = a % b;
  return r !== 0n && r < 0n !== b < 0n ? r + b : r;
}
function bPow(a: bigint, b: bigint, d: DType): bigint {
  if (b < 0n) throw new RangeError('Integers to negative integer powers are not allowed.');
  const wrap = (v: bigint) => (d.kind === 'u' ? BigInt.asUintN(64, v) : BigInt.asIntN(64, v));
  let r = 1n, base = a, e = b;
  while (e > 0n) {
    if (e & 1n) r = wrap(r * base);
    base = wrap(base * base);
    e >>= 1n;
  }
  return r;
}

// ---- complex helpers ----
function cdiv(a: Complex, b: Complex): Complex {
  // Smith's algorithm, as NumPy's loops
  const ar = a.re, ai = a.im, br = b.re, bi = b.im;
  const abr = Math.abs(br), abi = Math.abs(bi);
  if (abr >= abi) {
    if (abr === 0 && abi === 0) return C(ar / abr, ai / abi);
    const rat = bi / br;
    const scl = 1.0 / (br + bi * rat);
    return C((ar + ai * rat) * scl, (ai - ar * rat) * scl);
  }
  const rat = br / bi;
  const scl = 1.0 / (bi + br * rat);
  return C((ar * rat + ai) * scl, (ai * rat - ar) * scl);
}
/** cdiv for complex64: NumPy's loop runs the same steps in float32, each rounded. */
function cdiv32(a: Complex, b: Complex): Complex {
  const f = Math.fround;
  const ar = a.re, ai = a.im, br = b.re, bi = b.im;
  const abr = Math.abs(br), abi = Math.abs(bi);
  if (abr >= abi) {
    if (abr === 0 && abi === 0) return C(ar / abr, ai / abi);
    const rat = f(bi / br);
    const scl = f(1.0 / f(br + f(bi * rat)));
    return C(f(f(ar + f(ai * rat)) * scl), f(f(ai - f(ar * rat)) * scl));
  }
  const rat = f(br / bi);
  const scl = f(1.0 / f(bi + f(br * rat)));
  return C(f(f(f(ar * rat) + ai) * scl), f(f(f(ai * rat) - ar) * scl));
}
/** 1/z as NumPy's reciprocal loop: its own steps, not division's (1/7 is 1/7 - 0j), float32 ones for complex64. */
function creciprocal(single: boolean): (a: Complex) => Complex {
  const f = single ? Math.fround : (x: number) => x;
  return (a) => {
    const ar = a.re, ai = a.im;
    if (Math.abs(ai) <= Math.abs(ar)) {
      const r = f(ai / ar), d = f(ar + f(ai * r));
      return C(f(1 / d), f(-r / d));
    }
    const r = f(ar / ai), d = f(f(ar * r) + ai);
    return C(f(r / d), f(-1 / d));
  };
}
const cmul = (a: Complex, b: Complex) => C(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re);
/**
 * The multiply and square loops' product: NumPy's SIMD kernel fuses one product of each part
 * (re = fma(ar, br, -(ai·bi)), im = fma(ar, bi, ai·br)); for complex64 the unfused product is rounded to
 * float32 first. Scalar operators (scalarmath) and power use the plain cmul.
 */
const cmulFused = (a: Complex, b: Complex) => C(fusedPart(a.re, b.re, -(a.im * b.im)), fusedPart(a.re, b.im, a.im * b.re));
/** fma(x, y, z) also when z, the other product, is not finite (a finite x·y then leaves z unchanged). */
function fusedPart(x: number, y: number, z: number): number {
  if (Number.isFinite(z)) return fma(x, y, z);
  return Number.isFinite(x) && Number.isFinite(y) ? z : x * y + z;
}
const cmulFused32 = (a: Complex, b: Complex) =>
  C(a.re * b.re - Math.fround(a.im * b.im), a.re * b.im + Math.fround(a.im * b.re));
/**
 * |z| as NumPy's absolute loop computes it (its SIMD kernel serves contiguous, strided and scalar calls
 * alike): larger · sqrt(fma(r, r, 1)) with r = smaller / larger — not libm's hypot.
 */
function cabs(a: Complex): number {
  const x = Math.abs(a.re), y = Math.abs(a.im);
  if (x === Infinity || y === Infinity) return Infinity;
  if (x !== x || y !== y) return NaN;
  const big = Math.max(x, y), r = big === 0 ? 0 : Math.min(x, y) / big;
  return Math.sqrt(fma(r, r, 1)) * big;
}
function cexp(a: Complex): Complex {
  const e = m.crExp(a.re);
  if (a.im === 0) return C(e, a.im);
  return C(e * m.crCos(a.im), e * m.crSin(a.im));
}
function clog(a: Complex): Complex {
  return C(m.crLog(cabs(a)), m.crAtan2(a.im, a.re));
}
function csqrt(a: Complex): Complex {
  const x = a.re, y = a.im;
  if (x === 0 && y === 0) return C(0, y);
  if (!Number.isFinite(y) && y === y) return C(Infinity, y);
  if (x !== x) return C(x, y !== y ? y : NaN);
  if (x === -Infinity) return y !== y ? C(NaN, Infinity) : C(0, copysign(Infinity, y));
  if (x === Infinity) return y !== y ? C(x, y) : C(x, copysign(0, y));
  const t = Math.sqrt((Math.abs(x) + hypot(x, y)) * 0.5);
  if (x >= 0) return C(t, y / (2 * t));
  return C(Math.abs(y) / (2 * t), copysign(t, y));
}
function cpow(a: Complex, b: Complex): Complex {
  const br = b.re, bi = b.im;
  if (br === 0 && bi === 0) return C(1, 0);
  if (a.re === 0 && a.im === 0) {
    if (br > 0 && bi === 0) return C(0, 0);
    return C(NaN, NaN);
  }
  if (bi === 0 && br === Math.trunc(br) && Math.abs(br) < 100) {
    // NumPy's nc_pow: small powers are plain products (the sign of a zero part depends on it)
    if (br === 1) return a;
    if (br === 2) return cmul(a, a);
    if (br === 3) return cmul(a, cmul(a, a));
    const n = Math.abs(br);
    let r = C(1, 0), p = a, k = n;
    while (k > 0) {
      if (k & 1) r = cmul(r, p);
      p = cmul(p, p);
      k >>= 1;
    }
    return br < 0 ? cdiv(C(1, 0), r) : r;
  }
  return cexp(cmul(b, clog(a)));
}
/**
 * cpow for complex64: NumPy's nc_pow in float arithmetic, whose small integer powers are products and
 * a reciprocal each rounded to float32; other exponents as cpow (in double, rounded once when stored).
 */
function cpow32(a: Complex, b: Complex): Complex {
  const br = b.re;
  if (b.im !== 0 || br !== Math.trunc(br) || Math.abs(br) >= 100 || br === 0 || (a.re === 0 && a.im === 0)) return cpow(a, b);
  const f = Math.fround;
  const mul = (x: Complex, y: Complex) => C(f(f(x.re * y.re) - f(x.im * y.im)), f(f(x.re * y.im) + f(x.im * y.re)));
  if (br === 1) return a;
  if (br === 2) return mul(a, a);
  if (br === 3) return mul(a, mul(a, a));
  let r = C(1, 0), p = a, k = Math.abs(br);
  while (k > 0) {
    if (k & 1) r = mul(r, p);
    k >>= 1;
    if (k > 0) p = mul(p, p);
  }
  return br < 0 ? cdiv32(C(1, 0), r) : r;
}
function clt(a: Complex, b: Complex): boolean {
  return a.re < b.re || (a.re === b.re && a.im < b.im);
}
const cnan = (a: Complex) => a.re !== a.re || a.im !== a.im;
function csin(a: Complex): Complex {
  return C(m.crSin(a.re) * Math.cosh(a.im), m.crCos(a.re) * Math.sinh(a.im));
}
function ccos(a: Complex): Complex {
  return C(m.crCos(a.re) * Math.cosh(a.im), -m.crSin(a.re) * Math.sinh(a.im));
}
function csinh(a: Complex): Complex {
  return C(Math.sinh(a.re) * m.crCos(a.im), Math.cosh(a.re) * m.crSin(a.im));
}
function ccosh(a: Complex): Complex {
  return C(Math.cosh(a.re) * m.crCos(a.im), Math.sinh(a.re) * m.crSin(a.im));
}
function ctanh(a: Complex): Complex {
  const x = a.re, y = a.im;
  if (Math.abs(x) > 22) return C(Math.sign(x), copysign(0, Math.sin(2 * y)));
  const t = Math.tan(y), beta = 1 + t * t, s = Math.sinh(x), rho = Math.sqrt(1 + s * s);
  const den = 1 + beta * s * s;
  return C((beta * rho * s) / den, t / den);
}
function ctan(a: Complex): Complex {
  const r = ctanh(C(-a.im, a.re));
  return C(r.im, -r.re);
}
function casinh(a: Complex): Complex {
  // odd and conjugate-symmetric: evaluate in the first quadrant so signed zeros pick C99's branch
  if (a.re < 0 || Object.is(a.re, -0)) {
    const r = casinh(C(-a.re, -a.im));
    return C(-r.re, -r.im);
  }
  if (a.im < 0 || Object.is(a.im, -0)) {
    const r = casinh(C(a.re, -a.im));
    return C(r.re, -r.im);
  }
  // log(z + sqrt(z*z + 1))
  return clog(cadd(a, csqrt(cadd(cmul(a, a), C(1, 0)))));
}
const cadd = (a: Complex, b: Complex) => C(a.re + b.re, a.im + b.im);
const csub = (a: Complex, b: Complex) => C(a.re - b.re, a.im - b.im);
function casin(a: Complex): Complex {
  const r = casinh(C(-a.im, a.re));
  return C(r.im, -r.re);
}
function cacos(a: Complex): Complex {
  const s = casin(a);
  return C(Math.PI / 2 - s.re, -s.im);
}
function cacosh(a: Complex): Complex {
  // log(z + sqrt(z+1)*sqrt(z-1)); adding the real 1 keeps a signed-zero imaginary part (the cut's side)
  return clog(cadd(a, cmul(csqrt(C(a.re + 1, a.im)), csqrt(C(a.re - 1, a.im)))));
}

/** Ordering comparisons of real values (numbers, bigints, strings): one definition for every domain. */
const ORDERING: Record<string, ScalarFn> = {
  equal: (a, b) => (a === b ? 1 : 0),
  not_equal: (a, b) => (a !== b ? 1 : 0),
  less: (a, b) => (a < b ? 1 : 0),
  less_equal: (a, b) => (a <= b ? 1 : 0),
  greater: (a, b) => (a > b ? 1 : 0),
  greater_equal: (a, b) => (a >= b ? 1 : 0),
};

/** Implementation of ufunc `name` for a loop with input dtypes `ins` (output dtypes `outs`). */
export function scalarImpl(name: string, ins: DType[], outs: DType[]): ScalarFn | null {
  const d = ins[0];
  if (d.domain !== 'complex' && d.domain !== 'record' && d.domain !== 'object' && ORDERING[name]) return ORDERING[name];
  switch (d.domain) {
    case 'record':
    case 'object':
      // object loops call Python's operators: the Python layer runs them (src/modules/numpy/objectUfuncs.ts)
      return null;
    case 'str':
      return strImpl(name);
    case 'float':
      return outs[0].itemsize === 2 && HALF_VIA_FLOAT32.has(name) ? halfViaFloat32(name) : floatImpl(name, outs[0]);
    case 'complex':
      return complexImpl(name, d.itemsize === 8);
    case 'bigint':
      return bigImpl(name, d, ins[1] ?? d);
    case 'int':
      return intImpl(name, d);
    case 'bool':
      return boolImpl(name) ?? intImpl(name, d);
  }
}

/**
 * Transcendental float16 loops: NumPy converts to float32, runs the float32 routine and rounds back to
 * float16, so the value is rounded twice (first to float32, then to float16). (cbrt and cosh matched NumPy
 * better without the float32 step, measured over all float16 values.)
 */
const HALF_VIA_FLOAT32 = new Set(['sin', 'cos', 'tan', 'exp', 'exp2', 'expm1', 'log', 'log2', 'log10', 'log1p',
  'arcsin', 'arccos', 'arctan', 'sinh', 'tanh', 'arcsinh', 'arccosh', 'arctanh']);

function halfViaFloat32(name: string): ScalarFn | null {
  const g = floatImpl(name, float64Type);
  if (!g) return null;
  return (a) => Math.fround(g(a) as number);
}

function floatImpl(name: string, out: DType): ScalarFn | null {
  switch (name) {
    case 'add': return (a, b) => a + b;
    case 'subtract': return (a, b) => a - b;
    case 'multiply': return (a, b) => a * b;
    case 'divide': case 'true_divide': return (a, b) => a / b;
    case 'floor_divide': return (a, b) => floatDivmod(a, b)[0];
    case 'remainder': return (a, b) => floatDivmod(a, b)[1];
    case 'divmod': return (a, b) => floatDivmod(a, b);
    case 'fmod': return (a, b) => a % b;
    case 'power': case 'float_power': return (a, b) => m.crPow(a, b);
    case 'negative': return (a) => -a;
    case 'positive': return (a) => a;
    case 'absolute': case 'fabs': return (a) => Math.abs(a);
    case 'sign': return floatSign;
    case 'sqrt': return Math.sqrt;
    case 'cbrt': return Math.cbrt;
    case 'square': return (a) => a * a;
    case 'reciprocal': return (a) => 1 / a;
    case 'exp': return out.itemsize === 4 ? expf : m.crExp;
    case 'exp2': return m.crExp2;
    case 'expm1': return Math.expm1;
    case 'log': return out.itemsize === 4 ? logf : m.crLog;
    case 'log2': return m.crLog2;
    case 'log10': return m.crLog10;
    case 'log1p': return log1p;
    case 'sin': return out.itemsize === 4 ? sinf : m.crSin;
    case 'cos': return out.itemsize === 4 ? cosf : m.crCos;
    case 'tan': return m.crTan;
    case 'arcsin': return m.crAsin;
    case 'arccos': return m.crAcos;
    case 'arctan': return m.crAtan;
    case 'arctan2': return m.crAtan2;
    case 'hypot': return hypot;
    case 'sinh': return m.crSinh;
    case 'cosh': return m.crCosh;
    case 'tanh': return Math.tanh;
    case 'arcsinh': return m.crAsinh;
    case 'arccosh': return m.crAcosh;
    case 'arctanh': return atanh;
    // float32 and float16 loops multiply by NumPy's float32 constants (pi/180, 180/(float)pi)
    case 'deg2rad': case 'radians': {
      if (out.itemsize === 8) return (a) => a * (Math.PI / 180);
      const k = Math.fround(Math.PI / 180);
      return (a) => Math.fround(a * k);
    }
    case 'rad2deg': case 'degrees': {
      if (out.itemsize === 8) return (a) => a * (180 / Math.PI);
      const k = Math.fround(180 / Math.fround(Math.PI));
      return (a) => Math.fround(a * k);
    }
    case 'floor': return Math.floor;
    case 'ceil': return Math.ceil;
    case 'trunc': return Math.trunc;
    case 'rint': return roundEven;
    case 'maximum': return maximum;
    case 'minimum': return minimum;
    case 'fmax': return fmax;
    case 'fmin': return fmin;
    case 'isnan': return (a) => (a !== a ? 1 : 0);
    case 'isinf': return (a) => (a === Infinity || a === -Infinity ? 1 : 0);
    case 'isfinite': return (a) => (Number.isFinite(a) ? 1 : 0);
    case 'signbit': return signbit;
    case 'copysign': return copysign;
    case 'logaddexp': return logaddexp;
    case 'logaddexp2': return logaddexp2;
    case 'heaviside': return (a, b) => (a !== a ? a : a < 0 ? 0 : a > 0 ? 1 : b);
    case 'nextafter': return out.itemsize === 8 ? nextafter2 : (a, b) => nextNarrow(a, b, out.itemsize);
    case 'spacing':
      if (out.itemsize === 8) return (a) => (a < 0 ? -ulp(a) : ulp(a));
      // float32 steps away from zero like float64; NumPy's float16 loop always steps toward +inf
      if (out.itemsize === 2) return (a) => (Number.isFinite(a) ? nextNarrow(a, Infinity, 2) - a : NaN);
      return (a) => (Number.isFinite(a) ? nextNarrow(a, a < 0 ? -Infinity : Infinity, 4) - a : NaN);
    case 'ldexp': return (a, b) => ldexp2(a, Number(b));
    case 'frexp': return (a) => { const [f, e] = frexp2(a); return [f, Number.isFinite(a) ? e : 0]; };
    // C's modf: the fractional part carries the argument's sign (modf(-7.0) is (-0.0, -7.0))
    case 'modf': return (a) => { const i = Number.isFinite(a) ? Math.trunc(a) : a; return [Number.isFinite(a) ? copysign(a - i, a) : a !== a ? a : copysign(0, a), i]; };
    case 'conjugate': return (a) => a;
    case 'logical_and': return (a, b) => (a !== 0 && b !== 0 ? 1 : 0);
    case 'logical_or': return (a, b) => (a !== 0 || b !== 0 ? 1 : 0);
    case 'logical_xor': return (a, b) => ((a !== 0) !== (b !== 0) ? 1 : 0);
    case 'logical_not': return (a) => (a === 0 ? 1 : 0);
  }
  return null;
}

function intImpl(name: string, d: DType): ScalarFn | null {
  const bits = d.itemsize * 8;
  const unsigned = d.kind === 'u' || d.kind === 'b';
  switch (name) {
    case 'add': return (a, b) => a + b;
    case 'subtract': return (a, b) => a - b;
    case 'multiply': return bits === 32 ? Math.imul : (a, b) => a * b;
    case 'floor_divide': return intFloorDiv;
    case 'remainder': return intMod;
    case 'divmod': return (a, b) => [intFloorDiv(a, b), intMod(a, b)];
    case 'fmod': return (a, b) => (b === 0 ? 0 : a % b);
    case 'power': return intPow(d);
    case 'negative': return (a) => -a;
    case 'positive': case 'conjugate': case 'floor': case 'ceil': case 'trunc': return (a) => a;
    case 'absolute': return (a) => Math.abs(a);
    case 'sign': return (a) => (a > 0 ? 1 : a < 0 ? -1 : 0);
    case 'square': return bits === 32 ? (a) => Math.imul(a, a) : (a) => a * a;
    case 'reciprocal': return (a) => (a === 0 ? (unsigned ? 0 : -(2 ** (bits - 1))) : Math.trunc(1 / a));
    case 'maximum': case 'fmax': return (a, b) => (a >= b ? a : b);
    case 'minimum': case 'fmin': return (a, b) => (a <= b ? a : b);
    case 'isnan': case 'isinf': return () => 0;
    case 'isfinite': return () => 1;
    case 'bitwise_and': return (a, b) => a & b;
    case 'bitwise_or': return (a, b) => a | b;
    case 'bitwise_xor': return (a, b) => a ^ b;
    case 'invert': return (a) => ~a;
    case 'bitwise_count': return popcount;
    case 'left_shift': return (a, b) => (b >= bits || b < 0 ? 0 : bits === 32 ? a << b : a * 2 ** b);
    case 'right_shift':
      if (unsigned) return (a, b) => (b >= bits || b < 0 ? 0 : bits === 32 ? a >>> b : Math.floor(a / 2 ** b));
      return (a, b) => (b >= bits || b < 0 ? (a < 0 ? -1 : 0) : a >> b);
    case 'gcd': return gcd;
    case 'lcm': return (a, b) => (a === 0 || b === 0 ? 0 : Math.abs((a / gcd(a, b)) * b));
    case 'logical_and': return (a, b) => (a !== 0 && b !== 0 ? 1 : 0);
    case 'logical_or': return (a, b) => (a !== 0 || b !== 0 ? 1 : 0);
    case 'logical_xor': return (a, b) => ((a !== 0) !== (b !== 0) ? 1 : 0);
    case 'logical_not': return (a) => (a === 0 ? 1 : 0);
  }
  return null;
}

function strImpl(name: string): ScalarFn | null {
  switch (name) {
    case 'add': return (a, b) => a + b;
  }
  return null;
}

/** the number of 1 bits of |a| (np.bitwise_count), for integers up to 53 bits */
function popcount(a: number): number {
  let x = Math.abs(a), n = 0;
  while (x !== 0) {
    n += x % 2;
    x = Math.floor(x / 2);
  }
  return n;
}

function boolImpl(name: string): ScalarFn | null {
  switch (name) {
    case 'add': case 'maximum': case 'fmax': case 'bitwise_or': return (a, b) => a | b;
    case 'multiply': case 'minimum': case 'fmin': case 'bitwise_and': return (a, b) => a & b;
    case 'bitwise_xor': return (a, b) => a ^ b;
    case 'invert': return (a) => (a ? 0 : 1);
    case 'absolute': return (a) => a;
  }
  return null;
}

function bigImpl(name: string, d: DType, d2: DType): ScalarFn | null {
  const unsigned = d.kind === 'u';
  switch (name) {
    case 'add': return (a, b) => a + b;
    case 'subtract': return (a, b) => a - b;
    case 'multiply': return (a, b) => a * b;
    case 'floor_divide': return bFloorDiv;
    case 'remainder': return bMod;
    case 'divmod': return (a, b) => [bFloorDiv(a, b), bMod(a, b)];
    case 'fmod': return (a, b) => (b === 0n ? 0n : a % b);
    case 'power': return (a, b) => bPow(a, b, d);
    case 'negative': return (a) => -a;
    case 'positive': case 'conjugate': case 'floor': case 'ceil': case 'trunc': return (a) => a;
    case 'absolute': return (a) => (a < 0n ? -a : a);
    case 'sign': return (a) => (a > 0n ? 1n : a < 0n ? -1n : 0n);
    case 'square': return (a) => a * a;
    case 'reciprocal': return (a) => (a === 0n ? (unsigned ? 0n : -(2n ** 63n)) : a === 1n ? 1n : a === -1n ? -1n : 0n);
    case 'maximum': case 'fmax': return (a, b) => (a >= b ? a : b);
    case 'minimum': case 'fmin': return (a, b) => (a <= b ? a : b);
    case 'isnan': case 'isinf': return () => 0;
    case 'isfinite': return () => 1;
    case 'bitwise_and': return (a, b) => a & b;
    case 'bitwise_or': return (a, b) => a | b;
    case 'bitwise_xor': return (a, b) => a ^ b;
    case 'invert': return (a) => ~a;
    case 'bitwise_count': return (a) => { let x = a < 0n ? -a : a, n = 0; for (; x !== 0n; x >>= 1n) n += Number(x & 1n); return n; };
    case 'left_shift': return (a, b) => (b >= 64n || b < 0n ? 0n : a << b);
    case 'right_shift': return (a, b) => (b >= 64n || b < 0n ? (a < 0n ? -1n : 0n) : a >> b);
    case 'gcd': return bgcd;
    case 'lcm': return (a, b) => { if (a === 0n || b === 0n) return 0n; const r = (a / bgcd(a, b)) * b; return r < 0n ? -r : r; };
    case 'logical_and': return (a, b) => (a !== 0n && b !== 0n ? 1 : 0);
    case 'logical_or': return (a, b) => (a !== 0n || b !== 0n ? 1 : 0);
    case 'logical_xor': return (a, b) => ((a !== 0n) !== (b !== 0n) ? 1 : 0);
    case 'logical_not': return (a) => (a === 0n ? 1 : 0);
  }
  void d2;
  return null;
}

function complexImpl(name: string, single: boolean): ScalarFn | null {
  const product = single ? cmulFused32 : cmulFused;
  const cdivide = single ? cdiv32 : cdiv;
  switch (name) {
    case 'add': return cadd;
    case 'subtract': return csub;
    case 'multiply': return product;
    case 'divide': case 'true_divide': return cdivide;
    case 'power': return single ? cpow32 : cpow;
    case 'float_power': return cpow;
    case 'negative': return (a) => C(-a.re, -a.im);
    case 'positive': return (a) => a;
    case 'conjugate': return (a) => C(a.re, -a.im);
    case 'rint': return (a) => C(roundEven(a.re), roundEven(a.im));
    case 'absolute': return cabs;
    case 'sign': return (a) => { const r = cabs(a); return r === 0 ? C(0, 0) : cnan(a) ? C(NaN, NaN) : C(a.re / r, a.im / r); };
    case 'square': return (a) => product(a, a);
    case 'reciprocal': return creciprocal(single);
    case 'sqrt': return csqrt;
    case 'exp': return cexp;
    case 'exp2': return (a) => cexp(C(a.re * Math.LN2, a.im * Math.LN2));
    case 'expm1': return (a) => { const e = cexp(a); return C(e.re - 1, e.im); };
    case 'log': return clog;
    case 'log2': return (a) => { const l = clog(a); return C(l.re * Math.LOG2E, l.im * Math.LOG2E); };
    case 'log10': return (a) => { const l = clog(a); return C(l.re * Math.LOG10E, l.im * Math.LOG10E); };
    case 'log1p': return (a) => clog(C(a.re + 1, a.im));
    case 'sin': return csin;
    case 'cos': return ccos;
    case 'tan': return ctan;
    case 'sinh': return csinh;
    case 'cosh': return ccosh;
    case 'tanh': return ctanh;
    case 'arcsin': return casin;
    case 'arccos': return cacos;
    case 'arctan': return catan;
    case 'arcsinh': return casinh;
    case 'arccosh': return cacosh;
    case 'arctanh': return catanh;
    case 'isnan': return (a) => (cnan(a) ? 1 : 0);
    case 'isinf': return (a) => (Math.abs(a.re) === Infinity || Math.abs(a.im) === Infinity ? 1 : 0);
    case 'isfinite': return (a) => (Number.isFinite(a.re) && Number.isFinite(a.im) ? 1 : 0);
    case 'equal': return (a, b) => (a.re === b.re && a.im === b.im ? 1 : 0);
    case 'not_equal': return (a, b) => (a.re !== b.re || a.im !== b.im ? 1 : 0);
    case 'less': return (a, b) => (clt(a, b) ? 1 : 0);
    case 'less_equal': return (a, b) => (clt(a, b) || (a.re === b.re && a.im === b.im) ? 1 : 0);
    case 'greater': return (a, b) => (clt(b, a) ? 1 : 0);
    case 'greater_equal': return (a, b) => (clt(b, a) || (a.re === b.re && a.im === b.im) ? 1 : 0);
    case 'maximum': return (a, b) => (cnan(a) ? a : cnan(b) ? b : clt(a, b) ? b : a);
    case 'minimum': return (a, b) => (cnan(a) ? a : cnan(b) ? b : clt(b, a) ? b : a);
    case 'fmax': return (a, b) => (cnan(a) ? b : cnan(b) ? a : clt(a, b) ? b : a);
    case 'fmin': return (a, b) => (cnan(a) ? b : cnan(b) ? a : clt(b, a) ? b : a);
    case 'logical_and': return (a, b) => ((a.re || a.im) && (b.re || b.im) ? 1 : 0);
    case 'logical_or': return (a, b) => (a.re || a.im || b.re || b.im ? 1 : 0);
    case 'logical_xor': return (a, b) => (!(a.re || a.im) !== !(b.re || b.im) ? 1 : 0);
    case 'logical_not': return (a) => (a.re || a.im ? 0 : 1);
  }
  return null;
}
