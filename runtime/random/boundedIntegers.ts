/**
 * Uniform integers in a closed range [0, rng], drawn exactly as NumPy draws them
 * (numpy/random/src/distributions/distributions.c), so `randint`/`integers`/`shuffle` reproduce NumPy's
 * values and consume the same bits.
 *
 * Two methods: the legacy masked rejection (`RandomState`: draw, AND with the smallest all-ones mask
 * covering rng, retry while above rng) and Lemire's multiply-shift with rejection (`Generator`). Types of
 * 8 and 16 bits take their draws from a buffered 32-bit word (`DrawBuffer`, NumPy's bcnt/buf: one
 * next_uint32 serves four 8-bit or two 16-bit draws, low bits first; booleans take one bit at a time);
 * 32-bit types, and 64-bit types whose range fits 32 bits, call next_uint32 per draw. A range equal to the
 * type's maximum returns the raw draw; rng = 0 draws nothing. Ranges beyond 32 bits use 64-bit draws
 * with BigInt arithmetic (Lemire's 128-bit product).
 */
import { BitGenerator, nextUint64Big } from './bitGenerator';

/** NumPy's bcnt/buf pair: the bits left over from the last 32-bit draw. Start a fill with a fresh one. */
export interface DrawBuffer {
  bcnt: number;
  buf: number;
}

export function newDrawBuffer(): DrawBuffer {
  return { bcnt: 0, buf: 0 };
}

/** The smallest 2**k - 1 covering `rng` (NumPy's gen_mask), for 0 <= rng < 2**32. */
function mask32(rng: number): number {
  return rng === 0 ? 0 : 0xffffffff >>> Math.clz32(rng);
}

function mask64(rng: bigint): bigint {
  let m = rng;
  for (let s = 1n; s <= 32n; s <<= 1n) m |= m >> s;
  return m;
}

function buffered8(bg: BitGenerator, b: DrawBuffer): number {
  if (b.bcnt === 0) {
    b.buf = bg.nextUint32();
    b.bcnt = 3;
  } else {
    b.buf >>>= 8;
    b.bcnt--;
  }
  return b.buf & 0xff;
}

function buffered16(bg: BitGenerator, b: DrawBuffer): number {
  if (b.bcnt === 0) {
    b.buf = bg.nextUint32();
    b.bcnt = 1;
  } else {
    b.buf >>>= 16;
    b.bcnt--;
  }
  return b.buf & 0xffff;
}

/** The high 32 bits of x * y for x, y < 2**32 (exact: split x into 16-bit halves). */
function mulHi32(x: number, y: number): number {
  const p = (x & 0xffff) * y;
  const q = (x >>> 16) * y;
  return Math.floor((q + Math.floor(p / 65536)) / 65536);
}

/** Lemire's method for 32-bit draws, rng < 2**32 - 1. */
function lemire32(bg: BitGenerator, rng: number): number {
  const excl = rng + 1;
  let x = bg.nextUint32();
  let leftover = Math.imul(x, excl) >>> 0;
  if (leftover < excl) {
    const threshold = (0xffffffff - rng) % excl;
    while (leftover < threshold) {
      x = bg.nextUint32();
      leftover = Math.imul(x, excl) >>> 0;
    }
  }
  return mulHi32(x, excl);
}

/** Lemire's method on buffered draws of `bits` (8 or 16) bits, rng < 2**bits - 1. */
function lemireSmall(bg: BitGenerator, rng: number, bits: number, b: DrawBuffer): number {
  const max = bits === 8 ? 0xff : 0xffff;
  const draw = bits === 8 ? buffered8 : buffered16;
  const excl = rng + 1;
  let m = draw(bg, b) * excl;
  let leftover = m & max;
  if (leftover < excl) {
    const threshold = (max - rng) % excl;
    while (leftover < threshold) {
      m = draw(bg, b) * excl;
      leftover = m & max;
    }
  }
  return m >>> bits;
}

/**
 * One value in [0, rng] for an integer type of `bits` = 8, 16 or 32 bits (and for 64-bit types whose
 * range fits 32 bits), by the masked (`masked`) or Lemire method. `b` carries the sub-word buffer.
 */
export function bounded(bg: BitGenerator, rng: number, bits: number, masked: boolean, b: DrawBuffer): number {
  if (rng === 0) return 0;
  if (bits === 32 || bits === 64) {
    if (rng === 0xffffffff) return bg.nextUint32();
    if (!masked) return lemire32(bg, rng);
    const mask = mask32(rng);
    let v: number;
    while ((v = (bg.nextUint32() & mask) >>> 0) > rng);
    return v;
  }
  const draw = bits === 8 ? buffered8 : buffered16;
  if (rng === (bits === 8 ? 0xff : 0xffff)) return draw(bg, b);
  if (!masked) return lemireSmall(bg, rng, bits, b);
  const mask = mask32(rng);
  let v: number;
  while ((v = draw(bg, b) & mask) > rng);
  return v;
}

/** One boolean draw for rng in {0, 1} (NumPy's buffered_bounded_bool: one bit of a 32-bit word at a time). */
export function boundedBool(bg: BitGenerator, rng: number, b: DrawBuffer): number {
  if (rng === 0) return 0;
  if (b.bcnt === 0) {
    b.buf = bg.nextUint32();
    b.bcnt = 31;
  } else {
    b.buf >>>= 1;
    b.bcnt--;
  }
  return b.buf & 1;
}

/** One value in [0, rng] for 2**32 <= rng < 2**64, by 64-bit draws (masked, or Lemire's 128-bit product). */
export function bounded64(bg: BitGenerator, rng: bigint, masked: boolean): bigint {
  if (rng === 0xffffffffffffffffn) return nextUint64Big(bg);
  if (masked) {
    const mask = mask64(rng);
    let v: bigint;
    while ((v = nextUint64Big(bg) & mask) > rng);
    return v;
  }
  const excl = rng + 1n;
  const M64 = 0xffffffffffffffffn;
  let m = nextUint64Big(bg) * excl;
  let leftover = m & M64;
  if (leftover < excl) {
    const threshold = (M64 - rng) % excl;
    while (leftover < threshold) {
      m = nextUint64Big(bg) * excl;
      leftover = m & M64;
    }
  }
  return m >> 64n;
}

/**
 * A value in [0, max] by masked rejection (NumPy's random_interval, used by shuffle and permutation):
 * 32-bit draws when max fits 32 bits, 64-bit draws otherwise.
 */
export function randomInterval(bg: BitGenerator, max: number): number {
  if (max === 0) return 0;
  if (max <= 0xffffffff) {
    const mask = mask32(max);
    let v: number;
    while ((v = (bg.nextUint32() & mask) >>> 0) > max);
    return v;
  }
  return Number(bounded64(bg, BigInt(max), true));
}
