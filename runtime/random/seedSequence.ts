/**
 * NumPy's SeedSequence (numpy/random/bit_generator.pyx, after Melissa O'Neill's seed_seq design): it
 * hashes any amount of entropy — an integer of any size, or a sequence of them, plus a spawn key — into a
 * pool of 32-bit words, and expands the pool into as many well-mixed state words as a bit generator asks
 * for (`generateState`).
 *
 * Entropy arrives as 32-bit words: an integer is split into little-endian 32-bit words (0 gives one zero
 * word), a sequence concatenates the words of its items. When a spawn key is present, the run entropy is
 * first padded with zeros to the pool size. All arithmetic is modulo 2**32 (Math.imul and >>> 0).
 */

const INIT_A = 0x43b0d7e5;
const MULT_A = 0x931e8875;
const INIT_B = 0x8b51f9dd;
const MULT_B = 0x58f38ded;
const MIX_MULT_L = 0xca01f9dd;
const MIX_MULT_R = 0x4973f715;
const XSHIFT = 16;

/** NumPy's DEFAULT_POOL_SIZE. */
export const DEFAULT_POOL_SIZE = 4;

/** A non-negative integer as little-endian 32-bit words (`_int_to_uint32_array`). */
export function intToWords(n: bigint): number[] {
  if (n === 0n) return [0];
  const out: number[] = [];
  for (let v = n; v > 0n; v >>= 32n) out.push(Number(v & 0xffffffffn));
  return out;
}

function mix(x: number, y: number): number {
  let r = (Math.imul(MIX_MULT_L, x) - Math.imul(MIX_MULT_R, y)) >>> 0;
  r ^= r >>> XSHIFT;
  return r >>> 0;
}

export class SeedSequence {
  readonly pool: Uint32Array;

  /** `run`: the entropy words; `spawnKey`: the words of the spawn key (empty for a root sequence). */
  constructor(run: number[], spawnKey: number[] = [], poolSize = DEFAULT_POOL_SIZE) {
    let entropy = run.slice();
    if (spawnKey.length > 0 && entropy.length < poolSize) {
      while (entropy.length < poolSize) entropy.push(0);
    }
    entropy = entropy.concat(spawnKey);
    this.pool = new Uint32Array(poolSize);
    this.mixEntropy(entropy);
  }

  private mixEntropy(entropy: number[]): void {
    const pool = this.pool;
    let hc = INIT_A;
    const hashmix = (value: number): number => {
      let v = (value ^ hc) >>> 0;
      hc = Math.imul(hc, MULT_A) >>> 0;
      v = Math.imul(v, hc) >>> 0;
      v ^= v >>> XSHIFT;
      return v >>> 0;
    };
    const n = pool.length;
    for (let i = 0; i < n; i++) pool[i] = hashmix(i < entropy.length ? entropy[i] : 0);
    // mix all bits together so late bits can affect earlier bits
    for (let src = 0; src < n; src++) {
      for (let dst = 0; dst < n; dst++) {
        if (src !== dst) pool[dst] = mix(pool[dst], hashmix(pool[src]));
      }
    }
    // entropy beyond the pool size is mixed into every pool word
    for (let src = n; src < entropy.length; src++) {
      for (let dst = 0; dst < n; dst++) pool[dst] = mix(pool[dst], hashmix(entropy[src]));
    }
  }

  /** `n` state words of 32 bits. */
  generateState32(n: number): number[] {
    const out = new Array<number>(n);
    let hc = INIT_B;
    for (let i = 0; i < n; i++) {
      let v = (this.pool[i % this.pool.length] ^ hc) >>> 0;
      hc = Math.imul(hc, MULT_B) >>> 0;
      v = Math.imul(v, hc) >>> 0;
      v ^= v >>> XSHIFT;
      out[i] = v >>> 0;
    }
    return out;
  }

  /** `n` state words of 64 bits (pairs of 32-bit words, low word first, as NumPy views them). */
  generateState64(n: number): bigint[] {
    const w = this.generateState32(2 * n);
    const out: bigint[] = [];
    for (let i = 0; i < n; i++) out.push((BigInt(w[2 * i + 1]) << 32n) | BigInt(w[2 * i]));
    return out;
  }
}

/** Fresh OS entropy as 32-bit words (crypto.getRandomValues; Math.random where there is none). */
export function randomEntropy(nWords: number): number[] {
  const w = new Uint32Array(nWords);
  const c = (globalThis as any).crypto;
  if (c?.getRandomValues) c.getRandomValues(w);
  else for (let i = 0; i < nWords; i++) w[i] = Math.floor(Math.random() * 4294967296);
  return Array.from(w);
}
