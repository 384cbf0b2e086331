/**
 * The common shape of NumPy's bit generators that produce one 64-bit word per step (SFC64, PCG64DXSM,
 * Philox): a subclass supplies `nextWord()` as a BigInt, and this base derives the bitgen_t interface the
 * samplers use exactly as those generators' C headers do — `next_uint32` hands out the low half of a
 * word and keeps the high half for the next call (has_uint32/uinteger), `next_double` is
 * `(word >> 11) * 2**-53`. BigInt arithmetic keeps these rarely used generators short; the default PCG64
 * has its own limb-based fast path (pcg64.ts).
 */
import { BitGenerator } from './bitGenerator';

export const MASK64 = (1n << 64n) - 1n;

/**
 * What every 64-bit-word generator derives from its words (PCG64's fast path included): `next64()` leaves
 * a word in hi/lo; `nextUint32` hands out its low half and keeps the high half for the next call,
 * `nextDouble` is `(word >> 11) * 2**-53`.
 */
export abstract class Word64Halves {
  hasUint32 = false;
  uinteger = 0;
  hi = 0;
  lo = 0;

  abstract next64(): void;

  nextUint32(): number {
    if (this.hasUint32) {
      this.hasUint32 = false;
      return this.uinteger;
    }
    this.next64();
    this.hasUint32 = true;
    this.uinteger = this.hi;
    return this.lo;
  }

  nextDouble(): number {
    this.next64();
    return (this.hi * 2097152 + (this.lo >>> 11)) / 9007199254740992;
  }
}

export abstract class Word64Generator extends Word64Halves implements BitGenerator {

  /** The generator's next 64-bit output. */
  protected abstract nextWord(): bigint;

  next64(): void {
    const w = this.nextWord();
    this.hi = Number(w >> 32n);
    this.lo = Number(w & 0xffffffffn);
  }
}
