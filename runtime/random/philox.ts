/**
 * Philox4x64-10 (Salmon et al., Random123) as numpy/random/src/philox uses it: a 256-bit counter and a
 * 128-bit key; each block increments the counter (with carry) and runs ten rounds, each round two
 * 64×64→128-bit products of fixed multipliers with counter words, mixed with the key, the key bumped by
 * the Weyl constants between rounds. The four output words are handed out in order. NumPy seeds the key
 * from SeedSequence.generate_state(2, uint64) with a zero counter and an empty buffer.
 */
import { Word64Generator, MASK64 } from './word64';

const M0 = 0xd2e7470ee14c6c93n;
const M1 = 0xca5a826395121157n;
const W0 = 0x9e3779b97f4a7c15n;
const W1 = 0xbb67ae8584caa73bn;
const ROUNDS = 10;

export class Philox extends Word64Generator {
  ctr: bigint[] = [0n, 0n, 0n, 0n];
  key: bigint[] = [0n, 0n];
  buffer: bigint[] = [0n, 0n, 0n, 0n];
  bufferPos = 4;

  seedFromWords(w: bigint[]): void {
    this.key = [w[0], w[1]];
    this.ctr = [0n, 0n, 0n, 0n];
    this.buffer = [0n, 0n, 0n, 0n];
    this.bufferPos = 4;
    this.hasUint32 = false;
    this.uinteger = 0;
  }

  /** NumPy's `advance`: add `delta` (mod 2**256) to the counter and drop any buffered output. */
  advance(delta: bigint): void {
    let c = this.ctr.reduceRight((v, w) => (v << 64n) | w, 0n);
    c = (c + delta) & ((1n << 256n) - 1n);
    this.ctr = [0, 1, 2, 3].map((i) => (c >> BigInt(64 * i)) & MASK64);
    this.bufferPos = 4;
    this.hasUint32 = false;
    this.uinteger = 0;
  }

  protected nextWord(): bigint {
    if (this.bufferPos < 4) return this.buffer[this.bufferPos++];
    for (let i = 0; i < 4; i++) {
      this.ctr[i] = (this.ctr[i] + 1n) & MASK64;
      if (this.ctr[i] !== 0n) break;
    }
    let c = this.ctr.slice();
    let k0 = this.key[0], k1 = this.key[1];
    for (let r = 0; r < ROUNDS; r++) {
      if (r > 0) {
        k0 = (k0 + W0) & MASK64;
        k1 = (k1 + W1) & MASK64;
      }
      const p0 = M0 * c[0], p1 = M1 * c[2];
      c = [(p1 >> 64n) ^ c[1] ^ k0, p1 & MASK64, (p0 >> 64n) ^ c[3] ^ k1, p0 & MASK64];
    }
    this.buffer = c;
    this.bufferPos = 1;
    return c[0];
  }
}
