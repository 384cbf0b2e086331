/**
 * PCG64DXSM as numpy/random/src/pcg64 implements it (pcg_cm_random_r): the 128-bit LCG of PCG64 with
 * the "cheap" 64-bit multiplier, and the DXSM output taken from the state before the step:
 * hi ^= hi >> 32; hi *= CHEAP; hi ^= hi >> 48; hi *= (lo | 1). Seeding is PCG64's, full 128-bit
 * multiplier included (NumPy's pcg64_set_seed serves both): state = 0, inc = seq*2 + 1, step,
 * state += initstate, step, from SeedSequence.generate_state(4, uint64) read as (w0 << 64 | w1,
 * w2 << 64 | w3).
 */
import { Word64Generator, MASK64 } from './word64';
import { advanceLcg128 } from './lcgAdvance';

const MASK128 = (1n << 128n) - 1n;
const CHEAP = 0xda942042e4dd58b5n;
/** PCG64's default multiplier, used by the seeding steps */
const MULT = 0x2360ed051fc65da44385df649fccf645n;

export class PCG64DXSM extends Word64Generator {
  state = 0n;
  inc = 0n;

  seedFromWords(w: bigint[]): void {
    this.inc = ((((w[2] << 64n) | w[3]) << 1n) | 1n) & MASK128;
    // the first step from state 0 leaves inc; add initstate, step again
    const start = (this.inc + ((w[0] << 64n) | w[1])) & MASK128;
    this.state = (start * MULT + this.inc) & MASK128;
    this.hasUint32 = false;
    this.uinteger = 0;
  }

  /** Move the LCG `delta` steps ahead (NumPy's `advance`), dropping any buffered 32-bit half. */
  advance(delta: bigint): void {
    this.state = advanceLcg128(this.state, this.inc, CHEAP, delta);
    this.hasUint32 = false;
    this.uinteger = 0;
  }

  private step(): void {
    this.state = (this.state * CHEAP + this.inc) & MASK128;
  }

  protected nextWord(): bigint {
    let hi = this.state >> 64n;
    const lo = (this.state & MASK64) | 1n;
    hi ^= hi >> 32n;
    hi = (hi * CHEAP) & MASK64;
    hi ^= hi >> 48n;
    hi = (hi * lo) & MASK64;
    this.step();
    return hi;
  }
}
