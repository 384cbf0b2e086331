/**
 * SFC64 (Chris Doty-Humphrey's Small Fast Chaotic generator) as numpy/random/src/sfc64 implements it:
 * state words a, b, c and a counter w; each step outputs tmp = a + b + w (w then incremented) and sets
 * a = b ^ (b >> 11), b = c + (c << 3), c = rotl(c, 24) + tmp. Seeding takes three words from
 * SeedSequence.generate_state(3, uint64), sets w = 1 and discards twelve outputs.
 */
import { Word64Generator, MASK64 } from './word64';

export class SFC64 extends Word64Generator {
  /** [a, b, c, w] */
  s: bigint[] = [0n, 0n, 0n, 1n];

  seedFromWords(w: bigint[]): void {
    this.s = [w[0], w[1], w[2], 1n];
    for (let i = 0; i < 12; i++) this.nextWord();
    this.hasUint32 = false;
    this.uinteger = 0;
  }

  protected nextWord(): bigint {
    const s = this.s;
    const tmp = (s[0] + s[1] + s[3]) & MASK64;
    s[3] = (s[3] + 1n) & MASK64;
    s[0] = s[1] ^ (s[1] >> 11n);
    s[1] = (s[2] + (s[2] << 3n)) & MASK64;
    s[2] = (((s[2] << 24n) | (s[2] >> 40n)) + tmp) & MASK64;
    return tmp;
  }
}
