/**
 * Bit-level float helpers shared by the `math` kernels: the IEEE-754 bit pattern of a double, C's frexp /
 * ldexp (exact, with a single rounding into the subnormal range), nextafter, ulp and copysign (which reads
 * the sign bit, so it also sees the sign of -0.0 and of a negative NaN).
 *
 * Invariants: all bit access goes through one shared 8-byte DataView (big-endian view of the double);
 * results are bit-identical to the C library functions of the same name (C99 Annex F semantics; ulp is
 * CPython's math_ulp from mathmodule.c).
 */

const dv = new DataView(new ArrayBuffer(8));
export function bitsOf(x: number): bigint {
  dv.setFloat64(0, x);
  return dv.getBigUint64(0);
}
export function fromBits(b: bigint): number {
  dv.setBigUint64(0, b);
  return dv.getFloat64(0);
}

/** C frexp: x = m * 2**e with 0.5 <= |m| < 1 (m = x, e = 0 for 0, inf, nan). */
export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  dv.setFloat64(0, x);
  let hi = dv.getUint32(0);
  let e = (hi >>> 20) & 0x7ff;
  let adj = 0;
  if (e === 0) {
    // subnormal: scale into the normal range first (exact)
    dv.setFloat64(0, x * 2 ** 64);
    hi = dv.getUint32(0);
    e = (hi >>> 20) & 0x7ff;
    adj = -64;
  }
  dv.setUint32(0, (hi & 0x800fffff) | (1022 << 20));
  return [dv.getFloat64(0), e - 1022 + adj];
}

/** C ldexp with a single correct rounding (also into the subnormal range). */
export function ldexp(x: number, n: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const [m, e] = frexp(x);
  const k = e + n;
  if (k > 1024) return m > 0 ? Infinity : -Infinity;
  if (k >= -1021) {
    // normal result: m * 2**k exactly
    return k > 1000 ? m * 2 ** (k - 1000) * 2 ** 1000 : m * 2 ** k;
  }
  if (k < -1075) return m > 0 ? 0 : -0;
  // subnormal: one rounding in the final multiplication by 2**-1074
  return m * 2 ** (k + 1074) * 2 ** -1074;
}

export function nextafter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  const b = bitsOf(x);
  const up = (y > x) === (x > 0);
  return fromBits(up ? b + 1n : b - 1n);
}

export function ulp(x: number): number {
  if (Number.isNaN(x)) return x;
  x = Math.abs(x);
  if (!Number.isFinite(x)) return x;
  const x2 = nextafter(x, Infinity);
  if (!Number.isFinite(x2)) return x - nextafter(x, -Infinity);
  return x2 - x;
}

export function copysign(x: number, y: number): number {
  const neg = y < 0 || Object.is(y, -0) || (Number.isNaN(y) && bitsOf(y) >> 63n === 1n);
  const a = Math.abs(x);
  return neg ? -a : a;
}
