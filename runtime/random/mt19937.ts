/**
 * MT19937, the Mersenne Twister behind NumPy's legacy `RandomState`, with NumPy's seeding and output
 * conventions so that streams match NumPy bit for bit.
 *
 * Seeding follows numpy/random/src/mt19937 (itself Matsumoto & Nishimura's reference code): an integer
 * seed in [0, 2**32) fills the key with the `init_genrand` recurrence (`seed`); an array of 32-bit words
 * goes through `init_by_array` (`seedByArray`). Both leave `pos` at 624 so the first draw regenerates the
 * whole key. Outputs: `nextUint32` (tempered word), `next64` (two words, the first one high, as NumPy's
 * `mt19937_next64`), and `nextDouble`, NumPy's 53-bit double `((a >> 5) * 2**26 + (b >> 6)) / 2**53`.
 *
 * `seedFromEntropy` (seeding without a seed) draws its OS entropy only when the generator is first used,
 * so `import numpy` and `import random` do not load the host's crypto at start-up.
 *
 * Invariant: `key` holds 624 unsigned 32-bit words and 0 <= pos <= 624, or pos is UNSEEDED (entropy
 * seeding pending; `settle` does it before the key is read).
 */
import { BulkBitGenerator } from './bitGenerator';
import { heap } from '../memory';
import { randomKernels, kernelScratch, SCRATCH_KEY, KERNEL_CHUNK } from './wasmKernels';
import { randomEntropy } from './seedSequence';

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER = 0x80000000;
const LOWER = 0x7fffffff;
const UNSEEDED = N + 1;

export class MT19937 implements BulkBitGenerator {
  readonly key = new Uint32Array(N);
  pos = N;
  hi = 0;
  lo = 0;

  /** NumPy's `mt19937_seed` (Knuth's init_genrand recurrence) for a seed in [0, 2**32). */
  seed(s: number): void {
    const k = this.key;
    let x = s >>> 0;
    for (let i = 0; i < N; i++) {
      k[i] = x;
      // 1812433253 * (x ^ (x >> 30)) + i + 1, modulo 2**32
      x = (Math.imul(1812433253, x ^ (x >>> 30)) + i + 1) >>> 0;
    }
    this.pos = N;
  }

  /** NumPy's `mt19937_init_by_array` for a key of 32-bit words. */
  seedByArray(init: ArrayLike<number>): void {
    this.seed(19650218);
    const mt = this.key;
    const len = init.length;
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, len); k > 0; k--) {
      const p = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(p, 1664525)) + (init[j] >>> 0) + j) >>> 0;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
      if (j >= len) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const p = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(p, 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    mt[0] = 0x80000000;
    this.pos = N;
  }

  /** Seed from 624 words of fresh OS entropy, drawn when the key is first needed. */
  seedFromEntropy(): void {
    this.pos = UNSEEDED;
  }

  private settle(): void {
    if (this.pos === UNSEEDED) this.seedByArray(randomEntropy(N));
  }

  /** Regenerate the 624 words of the key (`mt19937_gen`). */
  private generate(): void {
    this.settle();
    const k = this.key;
    let i = 0;
    let y: number;
    for (; i < N - M; i++) {
      y = (k[i] & UPPER) | (k[i + 1] & LOWER);
      k[i] = k[i + M] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    for (; i < N - 1; i++) {
      y = (k[i] & UPPER) | (k[i + 1] & LOWER);
      k[i] = k[i + M - N] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    y = (k[N - 1] & UPPER) | (k[0] & LOWER);
    k[N - 1] = k[M - 1] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    this.pos = 0;
  }

  nextUint32(): number {
    if (this.pos >= N) this.generate();
    let y = this.key[this.pos++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  next64(): void {
    this.hi = this.nextUint32();
    this.lo = this.nextUint32();
  }

  nextDouble(): number {
    const a = this.nextUint32() >>> 5;
    const b = this.nextUint32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  /**
   * Run a fill kernel (writing `size`-byte draws) with the key copied to the scratch block and back
   * (2.5 KB each way, so only for fills long enough to repay it).
   */
  private runKernel(kernel: (k: number, pos: number, out: number, n: number) => number, size: number, addr: number, n: number): void {
    this.settle();
    const kp = kernelScratch() + SCRATCH_KEY;
    new Uint32Array(heap.buffer, kp, N).set(this.key);
    // in chunks, for the tier-up reason given at PCG64's runKernel
    let pos = this.pos;
    for (let o = 0; o < n; o += KERNEL_CHUNK) pos = kernel(kp, pos, addr + size * o, Math.min(KERNEL_CHUNK, n - o));
    this.pos = pos;
    this.key.set(new Uint32Array(heap.buffer, kp, N));
  }

  /** n doubles (as nextDouble draws them) into float64 memory at heap address `addr`. */
  fillDoubles(addr: number, n: number): void {
    if (n <= 0) return;
    const k = n >= 256 ? randomKernels() : null;
    if (k) {
      this.runKernel(k.mt_doubles, 8, addr, n);
      return;
    }
    const v = new Float64Array(heap.buffer, addr, n);
    for (let i = 0; i < n; i++) v[i] = this.nextDouble();
  }

  /** The next n words (nextUint32 draws) into u32 memory at `addr`. */
  fillWords32(addr: number, n: number): void {
    if (n <= 0) return;
    const k = n >= 512 ? randomKernels() : null;
    if (k) {
      this.runKernel(k.mt_words, 4, addr, n);
      return;
    }
    const v = new Uint32Array(heap.buffer, addr, n);
    for (let i = 0; i < n; i++) v[i] = this.nextUint32();
  }

  snapshot(): { key: Uint32Array; pos: number } {
    return this.getState();
  }

  restore(s: unknown): void {
    const t = s as { key: Uint32Array; pos: number };
    this.setState(t.key, t.pos);
  }

  /** The key (a copy) and position, as `get_state` reports them. */
  getState(): { key: Uint32Array; pos: number } {
    this.settle();
    return { key: this.key.slice(), pos: this.pos };
  }

  setState(key: ArrayLike<number>, pos: number): void {
    for (let i = 0; i < N; i++) this.key[i] = key[i] >>> 0;
    this.pos = pos;
  }
}

export const MT19937_STATE_LEN = N;
