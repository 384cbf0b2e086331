/**
 * Bulk sampling: draws taken from a bit generator in blocks (the WebAssembly fill kernels, or their JS
 * loops) into a scratch buffer on the heap, and samplers that run over the buffer in tight loops — the
 * float64 ziggurat normal (Generator.standard_normal / normal), the legacy polar Gaussian (RandomState's
 * randn / standard_normal / normal) and 32-bit bounded integers (integers / randint).
 *
 * A source hands out exactly the draws the bit generator would have produced one at a time. The sampler
 * declares a lower bound on how many draws the whole fill consumes (`budget`); refills never ask for
 * more than what is still certainly needed (at least a small block), and `finish()` rewinds the
 * generator over any draws buffered but not used (restore the state from before the last block, then
 * redraw the used part), so the generator's state afterwards is the one NumPy leaves.
 *
 * Not re-entrant: one fill at a time uses the shared scratch block (no Python code runs during a fill).
 */
import { heap } from '../memory';
import { BitGenerator, BulkBitGenerator } from './bitGenerator';
import { PCG64 } from './pcg64';
import { MT19937 } from './mt19937';
import { kernelScratch, SCRATCH_BUF, SCRATCH_BUF_BYTES } from './wasmKernels';
import { standardNormalFrom, GaussCache } from './distributions';
import { glibcLog } from './glibcLog';
import { KI_DOUBLE, WI_DOUBLE } from './zigguratNormal';

const EMPTY = new Uint32Array(0);
/** the smallest block a refill draws (finish() rewinds what is left over) */
const MIN_BLOCK = 64;

/** The buffering shared by both sources; `unit` is the number of u32 words per draw (1 or 2). */
abstract class BufferedSource {
  /** a lower bound on the draws (units) this fill consumes in all */
  budget = 0;
  /** the buffered words, the next one to hand out, and the end (tight loops read them directly) */
  w: Uint32Array = EMPTY;
  p = 0;
  end = 0;
  private consumedBefore = 0;
  private snap: unknown = null;

  constructor(
    readonly bg: BulkBitGenerator,
    private readonly unit: 1 | 2,
  ) {
    kernelScratch(); // allocate up front: no heap allocation may happen while callers hold views
  }

  protected abstract fillUnits(addr: number, count: number): void;

  /** Draw the next block into `w` (call with p === end). */
  refill(): void {
    const unit = this.unit;
    this.consumedBefore += this.end / unit;
    const cap = SCRATCH_BUF_BYTES / 4 / unit;
    // past the budget, blocks grow with what the fill has taken so far (a quarter of it)
    const count = Math.min(cap, Math.max(MIN_BLOCK, this.budget - this.consumedBefore, this.consumedBefore >> 2));
    this.snap = this.bg.snapshot();
    const addr = kernelScratch() + SCRATCH_BUF;
    this.fillUnits(addr, count);
    this.w = new Uint32Array(heap.buffer, addr, count * unit);
    this.p = 0;
    this.end = count * unit;
  }

  /** Leave the bit generator just after the draws consumed, as if they had been taken one by one. */
  finish(): void {
    if (this.p < this.end) {
      this.bg.restore(this.snap);
      const used = this.p / this.unit;
      if (used > 0) this.fillUnits(kernelScratch() + SCRATCH_BUF, used);
    }
    this.consumedBefore = 0;
    this.w = EMPTY;
    this.p = this.end = 0;
  }
}

/** PCG64's next64 draws from a buffer (nextDouble is next64 >> 11, as PCG64's). */
export class Draw64Source extends BufferedSource implements BitGenerator {
  hi = 0;
  lo = 0;

  constructor(readonly pcg: PCG64) {
    super(pcg, 2);
  }

  protected fillUnits(addr: number, count: number): void {
    this.pcg.fillRaw64(addr, count);
  }

  next64(): void {
    if (this.p === this.end) this.refill();
    const p = this.p;
    this.lo = this.w[p];
    this.hi = this.w[p + 1];
    this.p = p + 2;
  }

  nextDouble(): number {
    this.next64();
    return (this.hi * 2097152 + (this.lo >>> 11)) / 9007199254740992;
  }

  nextUint32(): number {
    throw new Error('Draw64Source serves 64-bit draws only');
  }
}

/** nextUint32 draws from a buffer; next64 and nextDouble too when the generator is MT19937 (word pairs). */
export class Word32Source extends BufferedSource implements BitGenerator {
  hi = 0;
  lo = 0;
  private readonly words64: boolean;

  constructor(bg: BulkBitGenerator) {
    super(bg, 1);
    this.words64 = bg instanceof MT19937;
  }

  protected fillUnits(addr: number, count: number): void {
    this.bg.fillWords32(addr, count);
  }

  nextUint32(): number {
    if (this.p === this.end) this.refill();
    return this.w[this.p++];
  }

  next64(): void {
    if (!this.words64) throw new Error('Word32Source: 64-bit draws need MT19937');
    this.hi = this.nextUint32();
    this.lo = this.nextUint32();
  }

  nextDouble(): number {
    if (!this.words64) throw new Error('Word32Source: doubles need MT19937');
    const a = this.nextUint32() >>> 5;
    const b = this.nextUint32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }
}

/** n float64 standard normals (NumPy's random_standard_normal) at heap address `addr`, from PCG64. */
export function fillStandardNormal(pcg: PCG64, addr: number, n: number): void {
  const src = new Draw64Source(pcg);
  src.budget = n;
  const v = new Float64Array(heap.buffer, addr, n);
  for (let i = 0; i < n; i++) {
    src.next64();
    const hi = src.hi, lo = src.lo;
    const idx = lo & 0xff;
    const rabs = (hi & 0x1fffffff) * 8388608 + (lo >>> 9);
    if (rabs < KI_DOUBLE[idx]) {
      const x = rabs * WI_DOUBLE[idx];
      v[i] = (lo >>> 8) & 1 ? -x : x;
    } else v[i] = standardNormalFrom(src, hi, lo);
  }
  src.finish();
}

/** n legacy Gaussians (NumPy's legacy_gauss, with RandomState's cache `c`) at `addr`, from MT19937. */
export function fillLegacyGauss(mt: MT19937, c: GaussCache, addr: number, n: number): void {
  const src = new Word32Source(mt);
  // each pair of outputs after a cached one takes at least two doubles (four words)
  src.budget = 2 * (n - 1);
  const v = new Float64Array(heap.buffer, addr, n);
  let i = 0;
  if (c.hasGauss && n > 0) {
    v[i++] = c.gauss;
    c.hasGauss = false;
    c.gauss = 0;
  }
  for (; i < n; i++) {
    let x1: number, x2: number, r2: number;
    do {
      x1 = 2.0 * src.nextDouble() - 1.0;
      x2 = 2.0 * src.nextDouble() - 1.0;
      r2 = x1 * x1 + x2 * x2;
    } while (r2 >= 1.0 || r2 === 0.0);
    const f = Math.sqrt((-2.0 * glibcLog(r2)) / r2);
    v[i] = f * x2;
    if (i + 1 < n) v[++i] = f * x1;
    else {
      c.gauss = f * x1;
      c.hasGauss = true;
    }
  }
  src.finish();
}

/**
 * n values off + [0, rng] for 0 < rng <= 0xffffffff by 32-bit draws — Lemire's method (Generator) or
 * masked rejection (`masked`, RandomState), as NumPy's buffered_bounded_lemire_uint32 /
 * buffered_bounded_masked_uint32 — written as u32 words (`stride` 1) or as the low words of u64
 * elements (`stride` 2, high words offHi plus the carry).
 */
export function fillBounded32(bg: BulkBitGenerator, rng: number, masked: boolean, addr: number, n: number, offLo: number, offHi: number, wide: boolean): void {
  const src = new Word32Source(bg);
  src.budget = n;
  const out = new Uint32Array(heap.buffer, addr, wide ? 2 * n : n);
  const excl = rng + 1;
  const threshold = rng === 0xffffffff ? 0 : (0xffffffff - rng) % excl;
  const mask = 0xffffffff >>> Math.clz32(rng);
  const mode = rng === 0xffffffff ? 0 : masked ? 1 : 2;
  // the source's buffer in locals; `src.refill()` when it runs out
  let w = src.w, p = src.p, end = src.end;
  for (let i = 0; i < n; i++) {
    if (p === end) {
      src.p = p;
      src.refill();
      w = src.w;
      p = src.p;
      end = src.end;
    }
    let x = w[p++];
    let r: number;
    if (mode === 2) {
      let leftover = Math.imul(x, excl) >>> 0;
      if (leftover < threshold) {
        while (leftover < threshold) {
          if (p === end) {
            src.p = p;
            src.refill();
            w = src.w;
            p = src.p;
            end = src.end;
          }
          x = w[p++];
          leftover = Math.imul(x, excl) >>> 0;
        }
      }
      // the high word of x * excl, from 16-bit halves of x
      r = Math.floor(((x >>> 16) * excl + Math.floor(((x & 0xffff) * excl) / 65536)) / 65536);
    } else if (mode === 1) {
      r = (x & mask) >>> 0;
      while (r > rng) {
        if (p === end) {
          src.p = p;
          src.refill();
          w = src.w;
          p = src.p;
          end = src.end;
        }
        r = (w[p++] & mask) >>> 0;
      }
    } else r = x;
    if (wide) {
      const lo = offLo + r;
      out[2 * i] = lo >>> 0;
      out[2 * i + 1] = (offHi + (lo > 0xffffffff ? 1 : 0)) >>> 0;
    } else out[i] = offLo + r;
  }
  src.p = p;
  src.finish();
}
