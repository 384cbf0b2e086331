/**
 * PCG64 (O'Neill's permuted congruential generator, 128-bit state, XSL-RR output to 64 bits), the bit
 * generator of NumPy's `default_rng`, as numpy/random/src/pcg64 implements it.
 *
 * Each draw advances the LCG `state = state * MULT + inc (mod 2**128)` and then outputs
 * `rotr64(hi64 ^ lo64, state >> 122)`. Seeding (`pcg_setseq_128_srandom_r`): state = 0, inc = seq*2 + 1,
 * step, state += initstate, step. NumPy takes initstate and seq from SeedSequence.generate_state(4,
 * uint64) as (w0 << 64 | w1, w2 << 64 | w3). `nextUint32` hands out the low half of a 64-bit draw and
 * keeps the high half for the next call (NumPy's has_uint32/uinteger); `nextDouble` is
 * `(next64 >> 11) * 2**-53`.
 *
 * The 128-bit state lives in eight 16-bit limbs (least significant first) so the multiply is exact in
 * double arithmetic: a limb product is below 2**32 and a column sum below 2**36. The step is unrolled
 * over plain fields (no typed arrays, no BigInt) because it runs once per 64-bit draw.
 */
import { BulkBitGenerator } from './bitGenerator';
import { Word64Halves } from './word64';
import { advanceLcg128 } from './lcgAdvance';
import { heap } from '../memory';
import { randomKernels, kernelScratch, SCRATCH_STATE, KERNEL_CHUNK } from './wasmKernels';

const MASK128 = (1n << 128n) - 1n;
// the multiplier 0x2360ed051fc65da44385df649fccf645 in 16-bit limbs, least significant first
const M0 = 0xf645;
const M1 = 0x9fcc;
const M2 = 0xdf64;
const M3 = 0x4385;
const M4 = 0x5da4;
const M5 = 0x1fc6;
const M6 = 0xed05;
const M7 = 0x2360;

export class PCG64 extends Word64Halves implements BulkBitGenerator {
  private s0 = 0; private s1 = 0; private s2 = 0; private s3 = 0;
  private s4 = 0; private s5 = 0; private s6 = 0; private s7 = 0;
  private i0 = 0; private i1 = 0; private i2 = 0; private i3 = 0;
  private i4 = 0; private i5 = 0; private i6 = 0; private i7 = 0;

  /** `pcg_setseq_128_srandom_r(initstate, initseq)`; also clears the 32-bit buffer. */
  seed(initstate: bigint, initseq: bigint): void {
    this.setState(0n, (initseq << 1n) | 1n);
    this.step();
    this.setState(this.getState().state + initstate, this.getState().inc);
    this.step();
    this.hasUint32 = false;
    this.uinteger = 0;
  }

  /** Seed from four 64-bit words of SeedSequence.generate_state(4, uint64), as NumPy's PCG64 does. */
  seedFromWords(w: bigint[]): void {
    this.seed((w[0] << 64n) | w[1], (w[2] << 64n) | w[3]);
  }

  private step(): void {
    const a0 = this.s0, a1 = this.s1, a2 = this.s2, a3 = this.s3, a4 = this.s4, a5 = this.s5, a6 = this.s6, a7 = this.s7;
    // column k of state * MULT + inc; limbs are 16 bits, column sums stay below 2**36
    let t = a0 * M0 + this.i0;
    let r = t & 0xffff;
    this.s0 = r;
    let carry = (t - r) * (1 / 65536);
    t = a0 * M1 + a1 * M0 + this.i1 + carry;
    r = t & 0xffff;
    this.s1 = r;
    carry = (t - r) * (1 / 65536);
    t = a0 * M2 + a1 * M1 + a2 * M0 + this.i2 + carry;
    r = t & 0xffff;
    this.s2 = r;
    carry = (t - r) * (1 / 65536);
    t = a0 * M3 + a1 * M2 + a2 * M1 + a3 * M0 + this.i3 + carry;
    r = t & 0xffff;
    this.s3 = r;
    carry = (t - r) * (1 / 65536);
    t = a0 * M4 + a1 * M3 + a2 * M2 + a3 * M1 + a4 * M0 + this.i4 + carry;
    r = t & 0xffff;
    this.s4 = r;
    carry = (t - r) * (1 / 65536);
    t = a0 * M5 + a1 * M4 + a2 * M3 + a3 * M2 + a4 * M1 + a5 * M0 + this.i5 + carry;
    r = t & 0xffff;
    this.s5 = r;
    carry = (t - r) * (1 / 65536);
    t = a0 * M6 + a1 * M5 + a2 * M4 + a3 * M3 + a4 * M2 + a5 * M1 + a6 * M0 + this.i6 + carry;
    r = t & 0xffff;
    this.s6 = r;
    carry = (t - r) * (1 / 65536);
    t = a0 * M7 + a1 * M6 + a2 * M5 + a3 * M4 + a4 * M3 + a5 * M2 + a6 * M1 + a7 * M0 + this.i7 + carry;
    this.s7 = t & 0xffff;
  }

  next64(): void {
    this.step();
    let xh = ((this.s7 * 65536 + this.s6) ^ (this.s3 * 65536 + this.s2)) >>> 0;
    let xl = ((this.s5 * 65536 + this.s4) ^ (this.s1 * 65536 + this.s0)) >>> 0;
    let rot = this.s7 >>> 10;
    if (rot >= 32) {
      const t = xh;
      xh = xl;
      xl = t;
      rot -= 32;
    }
    if (rot === 0) {
      this.hi = xh;
      this.lo = xl;
    } else {
      this.hi = ((xh >>> rot) | (xl << (32 - rot))) >>> 0;
      this.lo = ((xl >>> rot) | (xh << (32 - rot))) >>> 0;
    }
  }


  /** Write the state and increment as four u64 words (eight u32, least significant first) at w[o..o+8). */
  private saveWords(w: Uint32Array, o: number): void {
    w[o] = this.s1 * 65536 + this.s0;
    w[o + 1] = this.s3 * 65536 + this.s2;
    w[o + 2] = this.s5 * 65536 + this.s4;
    w[o + 3] = this.s7 * 65536 + this.s6;
    w[o + 4] = this.i1 * 65536 + this.i0;
    w[o + 5] = this.i3 * 65536 + this.i2;
    w[o + 6] = this.i5 * 65536 + this.i4;
    w[o + 7] = this.i7 * 65536 + this.i6;
  }

  /** Read back the state words saveWords wrote (the increment does not change). */
  private loadWords(w: Uint32Array, o: number): void {
    const a = w[o], b = w[o + 1], c = w[o + 2], d = w[o + 3];
    this.s0 = a & 0xffff;
    this.s1 = a >>> 16;
    this.s2 = b & 0xffff;
    this.s3 = b >>> 16;
    this.s4 = c & 0xffff;
    this.s5 = c >>> 16;
    this.s6 = d & 0xffff;
    this.s7 = d >>> 16;
  }

  /** Run a kernel over `n` draws with the state copied to the scratch block and back. */
  private runKernel(kernel: (st: number, out: number, n: number) => void, addr: number, n: number): void {
    const st = kernelScratch() + SCRATCH_STATE;
    this.saveWords(new Uint32Array(heap.buffer, st, 8), 0);
    // in chunks: WebAssembly has no on-stack replacement, so a single long call would run entirely in
    // the baseline tier; the optimized code takes over at a call boundary
    for (let o = 0; o < n; o += KERNEL_CHUNK) kernel(st, addr + 8 * o, Math.min(KERNEL_CHUNK, n - o));
    this.loadWords(new Uint32Array(heap.buffer, st, 8), 0);
  }

  /** n doubles (as nextDouble draws them) into float64 memory at heap address `addr`. */
  fillDoubles(addr: number, n: number): void {
    if (n <= 0) return;
    const k = n >= 16 ? randomKernels() : null;
    if (k) {
      this.runKernel(k.pcg_doubles, addr, n);
      return;
    }
    const v = new Float64Array(heap.buffer, addr, n);
    for (let i = 0; i < n; i++) v[i] = this.nextDouble();
  }

  /** n next64 draws into memory at `addr`, each as its low then its high u32. */
  fillRaw64(addr: number, n: number): void {
    if (n <= 0) return;
    const k = n >= 16 ? randomKernels() : null;
    if (k) {
      this.runKernel(k.pcg_raw, addr, n);
      return;
    }
    const w = new Uint32Array(heap.buffer, addr, 2 * n);
    for (let i = 0; i < n; i++) {
      this.next64();
      w[2 * i] = this.lo;
      w[2 * i + 1] = this.hi;
    }
  }

  /** The next n words of the nextUint32 stream into u32 memory at `addr` (the buffered half included). */
  fillWords32(addr: number, n: number): void {
    if (n <= 0) return;
    let i = 0;
    if (this.hasUint32) {
      new Uint32Array(heap.buffer, addr, 1)[0] = this.uinteger;
      this.hasUint32 = false;
      i = 1;
    }
    const pairs = (n - i) >> 1;
    this.fillRaw64(addr + 4 * i, pairs);
    i += 2 * pairs;
    if (i < n) new Uint32Array(heap.buffer, addr + 4 * i, 1)[0] = this.nextUint32();
  }

  snapshot(): number[] {
    return [this.s0, this.s1, this.s2, this.s3, this.s4, this.s5, this.s6, this.s7, this.hasUint32 ? 1 : 0, this.uinteger];
  }

  restore(s: unknown): void {
    const a = s as number[];
    [this.s0, this.s1, this.s2, this.s3, this.s4, this.s5, this.s6, this.s7] = a;
    this.hasUint32 = a[8] === 1;
    this.uinteger = a[9];
  }

  /** Move the LCG `delta` steps ahead (NumPy's `advance`), dropping any buffered 32-bit half. */
  advance(delta: bigint): void {
    const { state, inc } = this.getState();
    this.setState(advanceLcg128(state, inc, 0x2360ed051fc65da44385df649fccf645n, delta), inc);
    this.hasUint32 = false;
    this.uinteger = 0;
  }

  /** The LCG state and increment as 128-bit integers. */
  getState(): { state: bigint; inc: bigint } {
    const join = (l: number[]) => l.reduceRight((v, x) => (v << 16n) | BigInt(x), 0n);
    return {
      state: join([this.s0, this.s1, this.s2, this.s3, this.s4, this.s5, this.s6, this.s7]),
      inc: join([this.i0, this.i1, this.i2, this.i3, this.i4, this.i5, this.i6, this.i7]),
    };
  }

  setState(state: bigint, inc: bigint): void {
    const limb = (v: bigint, k: number) => Number((v >> BigInt(16 * k)) & 0xffffn);
    const st = state & MASK128, ic = inc & MASK128;
    [this.s0, this.s1, this.s2, this.s3, this.s4, this.s5, this.s6, this.s7] = [0, 1, 2, 3, 4, 5, 6, 7].map((k) => limb(st, k));
    [this.i0, this.i1, this.i2, this.i3, this.i4, this.i5, this.i6, this.i7] = [0, 1, 2, 3, 4, 5, 6, 7].map((k) => limb(ic, k));
  }
}
