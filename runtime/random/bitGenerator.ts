/**
 * The interface every bit generator offers to the samplers (NumPy's `bitgen_t`): 32 random bits, 64
 * random bits and a double in [0, 1). A 64-bit draw is delivered as two unsigned 32-bit halves in `hi`
 * and `lo` (read them right after `next64()`), which keeps the hot paths free of BigInt.
 */
export interface BitGenerator {
  /** An unsigned 32-bit draw (NumPy's next_uint32). */
  nextUint32(): number;
  /** A 64-bit draw (NumPy's next_uint64), left in `hi` and `lo`. */
  next64(): void;
  hi: number;
  lo: number;
  /** A double in [0, 1) (NumPy's next_double for this generator). */
  nextDouble(): number;
}

/** A 64-bit draw as a BigInt (for the rare paths that need full 64-bit arithmetic). */
export function nextUint64Big(bg: BitGenerator): bigint {
  bg.next64();
  return (BigInt(bg.hi) << 32n) | BigInt(bg.lo);
}
