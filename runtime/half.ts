/**
 * IEEE 754 binary16 ("float16", NumPy's 'e') as storage: conversion from a double with correct
 * round-half-to-even (including subnormals, overflow to infinity and NaN payload quieting) and back.
 * Arithmetic on float16 happens in double precision and is rounded back, as NumPy's loops do.
 */

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

function roundEven(q: number): number {
  const f = Math.floor(q);
  const d = q - f;
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

/** The binary16 bit pattern nearest to x. */
export function toHalfBits(x: number): number {
  f64[0] = x;
  const hi = u32[1];
  const sign = (hi >>> 16) & 0x8000;
  const bexp = (hi >>> 20) & 0x7ff;
  if (bexp === 0x7ff) return sign | 0x7c00 | ((hi & 0xfffff) | u32[0] ? 0x200 : 0);
  const e = bexp - 1023;
  if (e < -25) return sign;
  const ax = Math.abs(x);
  if (e >= -14) {
    let n = roundEven(ax / Math.pow(2, e - 10));
    let ee = e;
    if (n === 2048) {
      n = 1024;
      ee++;
    }
    if (ee + 15 >= 31) return sign | 0x7c00;
    return sign | ((ee + 15) << 10) | (n - 1024);
  }
  return sign | roundEven(ax / Math.pow(2, -24));
}

/** The double value of a binary16 bit pattern. */
export function fromHalfBits(h: number): number {
  const s = h & 0x8000 ? -1 : 1;
  const exp = (h >>> 10) & 0x1f;
  const m = h & 0x3ff;
  if (exp === 0) return s * m * Math.pow(2, -24);
  if (exp === 31) return m ? NaN : s * Infinity;
  return s * (1024 + m) * Math.pow(2, exp - 25);
}

/** x rounded to the nearest float16 value. */
export function roundHalf(x: number): number {
  return fromHalfBits(toHalfBits(x));
}
