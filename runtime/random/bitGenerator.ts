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

/**
 * A bit generator that can also write many draws at once into heap memory (addresses into the array
 * heap, runtime/memory.ts), leaving its state exactly as that many single draws would.
 */
export interface BulkBitGenerator extends BitGenerator {
  /** n nextDouble draws as float64 at `addr`. */
  fillDoubles(addr: number, n: number): void;
  /** The next n nextUint32 draws as u32 at `addr`. */
  fillWords32(addr: number, n: number): void;
  /** A copy of the whole state (for `restore`). */
  snapshot(): unknown;
  restore(s: unknown): void;
}

/** Whether `bg` offers the bulk fills. */
export function isBulk(bg: BitGenerator): bg is BulkBitGenerator {
  return typeof (bg as BulkBitGenerator).fillDoubles === 'function';
}

/** A 64-bit draw as a BigInt (for the rare paths that need full 64-bit arithmetic). */
export function nextUint64Big(bg: BitGenerator): bigint {
  bg.next64();
  return (BigInt(bg.hi) << 32n) | BigInt(bg.lo);
}
