/**
 * Array data lives in one WebAssembly linear memory, so kernels work on it in place (DESIGN.md, "Where
 * array data lives"). This file owns that memory: a first-fit allocator with size-class bins and
 * coalescing, `Block` handles, and reclamation.
 *
 * Lifetimes. A `Block` is owned by the JS objects that reference it (an array and all its views share
 * their base's block). The JS garbage collector is the one component that knows exactly which blocks are
 * still reachable from the program — from Python variables held in JS locals of compiled functions,
 * containers, temporaries on the stack — so we ask it: each block is registered with a
 * FinalizationRegistry, and when allocation pressure builds up (bytes handed out since the last
 * collection exceed the live set, or the memory would have to grow) the host-provided `collect` hook runs
 * a full collection and then `cleanupSome` delivers the dead blocks synchronously, in the middle of a
 * running script. Without the hook (a browser), dead blocks come back when the registry's callbacks run
 * between turns of the event loop.
 *
 * Invariants: an allocation may collect, so callers allocate outputs *before* taking raw addresses of
 * inputs, and keep the input objects referenced until the kernel has run. Typed-array views over
 * `memory.buffer` go stale when the memory grows: take them from `view()` after any allocation.
 */
import { trace } from './debug';

const PAGE = 65536;
const ALIGN = 16;
/** memory32 addresses at most 4 GiB; V8 caps a memory at 65536 pages */
const MAX_PAGES = 65536;
/** requests this big may split any free block; smaller ones only blocks up to 2**SPLIT_CLASSES times their size class */
const LARGE = 1 << 20;
const SPLIT_CLASSES = 8;
/** free blocks up to this many ALIGN units are binned by exact size */
const EXACT_BINS = 128;
/** blocks handed out between collections at least (see `alloc`) */
const BLOCKS_PER_COLLECT = 1 << 15;
/** an allocation big enough that kernels over it may want a second thread */
const BIG = 16 << 20;

/** Thrown when memory cannot be had; the Python layer turns it into MemoryError. */
export class OutOfMemory extends Error {
  constructor(readonly bytes: number) {
    super(`Unable to allocate ${bytes} bytes`);
  }
}

/**
 * Fills a block's bytes on demand (a memory-mapped file, src/modules/numpy/memmap.ts): `ensure(lo, hi)`
 * makes bytes [lo, hi) of the block, relative to its start, hold their data. NDArray.addr calls it with
 * the byte extent of the array before handing out an address.
 */
export interface Pager {
  ensure(lo: number, hi: number): void;
}

/** A piece of linear memory; `ptr` is its byte address. Zero-size blocks own nothing. */
export class Block {
  constructor(
    readonly ptr: number,
    readonly size: number,
  ) {}
  freed = false;
  /** set for blocks whose contents are loaded lazily; null for ordinary memory */
  pager: Pager | null = null;
}

/** What a host can provide to reclaim dead blocks synchronously (see the header). */
export interface Collector {
  /** runs a full garbage collection */
  gc(): void;
  /** a FinalizationRegistry constructor whose instances have `cleanupSome` */
  Registry: typeof FinalizationRegistry;
}

export class Heap {
  private mem: WebAssembly.Memory | null = null;
  /** top of the used region; everything at or above it is free */
  private top = ALIGN;
  /** the highest `top` so far: memory below it has been written (its pages are mapped in) */
  private highWater = ALIGN;
  /** free blocks: start → size, end → start, and per-size-class sets of starts */
  private freeStart = new Map<number, number>();
  private freeEnd = new Map<number, number>();
  private bins: Set<number>[] = [];
  /** one bit per exact-size bin: set while it holds a free block */
  private exactUsed = new Uint32Array(EXACT_BINS / 32);
  private registry: FinalizationRegistry<number>;
  /** callbacks to run when a watched object dies (see `watch`) */
  private watchers: FinalizationRegistry<() => void>;
  private collector: Collector | null = null;
  private sinceCollect = 0;
  /** bytes currently allocated (live or not yet known dead) */
  live = 0;
  /** when non-zero, allocations that would take `live` above this many bytes throw OutOfMemory */
  limit = 0;
  private liveAfterCollect = 0;
  /** blocks allocated (live or not yet known dead) after the last collection */
  private blocksAfterCollect = 0;
  /** allocation sizes by address */
  private sizes = new Map<number, number>();
  private cachedBuffer: ArrayBuffer | null = null;
  private dv: DataView | null = null;

  constructor(private readonly initialPages = 16) {
    this.registry = new FinalizationRegistry((ptr: number) => this.release(ptr));
    this.watchers = new FinalizationRegistry((f: () => void) => f());
    for (let i = 0; i < EXACT_BINS + 22; i++) this.bins.push(new Set());
  }

  /**
   * The linear memory, made on first use: a process may load this module where WebAssembly is not yet
   * available (the command line's start-up snapshot is built without it).
   */
  get memory(): WebAssembly.Memory {
    return (this.mem ??= new WebAssembly.Memory({ initial: this.initialPages, maximum: MAX_PAGES, shared: this.wantShared } as WebAssembly.MemoryDescriptor));
  }

  private wantShared = false;
  /** run once, on the first allocation of BIG bytes or more (runtime/parallel.ts starts its helper) */
  onFirstBig: (() => void) | null = null;

  /**
   * Make the memory shareable with other threads (runtime/parallel.ts); true when it is or will be. Only
   * possible before the memory exists, and where SharedArrayBuffer is.
   */
  shareMemory(): boolean {
    if (this.mem === null && typeof SharedArrayBuffer === 'function') this.wantShared = true;
    return this.shared;
  }

  /** whether the memory is (or, made now, would be) shared: modules then import it as shared */
  get shared(): boolean {
    return this.mem === null ? this.wantShared : typeof SharedArrayBuffer === 'function' && this.mem.buffer instanceof SharedArrayBuffer;
  }

  /** Install the synchronous collector (Node); blocks registered from now on use its registry. */
  setCollector(c: Collector): void {
    this.collector = c;
    this.registry = new c.Registry((ptr: number) => this.release(ptr));
    this.watchers = new c.Registry((f: () => void) => f());
  }

  /**
   * Run `f` once `target` has been garbage-collected: inside `collect()` (before dead blocks are
   * reclaimed, so `f` may still read memory it keeps alive, and may `free` it) on hosts with a collector,
   * between turns of the event loop elsewhere. `f` must not reference `target`.
   */
  watch(target: object, f: () => void): void {
    this.watchers.register(target, f);
  }

  /** A DataView over the whole memory, valid until the next allocation. */
  view(): DataView {
    const b = this.memory.buffer;
    if (b !== this.cachedBuffer) {
      this.cachedBuffer = b as ArrayBuffer;
      this.dv = new DataView(b);
    }
    return this.dv!;
  }

  get buffer(): ArrayBuffer {
    return this.memory.buffer as ArrayBuffer;
  }

  /** Allocate `bytes` (zeroed when `zero`); throws OutOfMemory when impossible. */
  alloc(bytes: number, zero = false): Block {
    if (bytes === 0) return new Block(0, 0);
    if (!Number.isFinite(bytes) || bytes < 0 || bytes >= MAX_PAGES * PAGE) throw new OutOfMemory(bytes);
    const size = Math.ceil(bytes / ALIGN) * ALIGN;
    if (this.limit && this.live + size > this.limit) {
      // a host's cap on live array memory: reclaim what is dead first, then refuse
      if (this.collector) this.collect();
      if (this.live + size > this.limit) throw new OutOfMemory(bytes);
    }
    // many small blocks weigh on the engine more than on this memory: each is a FinalizationRegistry
    // entry the JS collector keeps visiting, so their number triggers a collection too — but a full
    // collection costs tens of ms, so for small arrays made in a loop not more than a fifth of the time
    if (this.collector && (this.sinceCollect > Math.max(192 << 20, this.liveAfterCollect) || (this.sizes.size > this.blocksAfterCollect + Math.max(BLOCKS_PER_COLLECT, this.blocksAfterCollect) && this.collectDue()))) this.collect();
    let p = this.take(size);
    if (p < 0) {
      // before taking memory never used before, reclaim when enough has been handed out since the last
      // collection; memory used before (below the high-water mark) is cheaper to take than a collection
      const fresh = this.top + size > this.highWater;
      if (fresh && this.collector && this.sinceCollect > Math.max(32 << 20, this.liveAfterCollect / 2)) {
        this.collect();
        p = this.take(size);
      }
      if (p < 0) p = this.bump(size);
    }
    if (size >= BIG && this.onFirstBig) {
      const f = this.onFirstBig;
      this.onFirstBig = null;
      f();
    }
    this.sizes.set(p, size);
    this.live += size;
    this.sinceCollect += size;
    const b = new Block(p, bytes);
    this.registry.register(b, p, b);
    if (zero) new Uint8Array(this.memory.buffer, p, size).fill(0);
    return b;
  }

  /** Free a block now (the caller guarantees nothing references its memory any more). */
  free(b: Block): void {
    if (b.size === 0 || b.freed) return;
    this.registry.unregister(b);
    b.freed = true;
    // memory given back by hand is not garbage a collection would find
    this.sinceCollect = Math.max(0, this.sinceCollect - (this.sizes.get(b.ptr) ?? 0));
    this.release(b.ptr);
  }

  /** when the last collection ended and how long it took (ms) */
  private collectEnd = 0;
  private collectMs = 0;
  /** whether enough time has passed since the last collection for another to cost at most a fifth of it */
  private collectDue(): boolean {
    return performance.now() - this.collectEnd > 4 * this.collectMs;
  }

  /** Run the collector and return the blocks it found dead. */
  collect(): void {
    const c = this.collector;
    if (!c) return;
    const t0 = performance.now();
    const live0 = this.live;
    c.gc();
    (this.watchers as any).cleanupSome?.((f: () => void) => f());
    (this.registry as any).cleanupSome?.((ptr: number) => this.release(ptr));
    this.sinceCollect = 0;
    this.liveAfterCollect = this.live;
    this.blocksAfterCollect = this.sizes.size;
    this.collectEnd = performance.now();
    this.collectMs = this.collectEnd - t0;
    if (trace.level) trace.write(`ndpy: collect ${(performance.now() - t0).toFixed(3)} ms, freed ${((live0 - this.live) / 1048576).toFixed(1)} MiB, ${(this.live / 1048576).toFixed(1)} MiB live\n`);
  }

  private release(ptr: number): void {
    const size = this.sizes.get(ptr);
    if (size === undefined) return;
    this.sizes.delete(ptr);
    this.live -= size;
    this.addFree(ptr, size);
  }

  private bump(size: number): number {
    const need = this.top + size;
    const have = this.memory.buffer.byteLength;
    if (need > have) {
      const pages = Math.ceil((need - have) / PAGE);
      // grow geometrically (doubling, at most 1 GiB at a time): each grow may copy the whole memory
      const grow = Math.max(pages, Math.min(have / PAGE, 16384, MAX_PAGES - have / PAGE));
      try {
        this.memory.grow(Math.max(grow, pages));
      } catch {
        try {
          this.memory.grow(pages);
        } catch {
          throw new OutOfMemory(size);
        }
      }
    }
    const p = this.top;
    this.top = need;
    this.highWater = Math.max(this.highWater, need);
    return p;
  }

  /** the bin of a free block's size: one per size up to EXACT_BINS * ALIGN bytes, then one per power of two */
  private binOf(size: number): number {
    return size <= EXACT_BINS * ALIGN ? size / ALIGN - 1 : EXACT_BINS + 31 - Math.clz32(size / (EXACT_BINS * ALIGN));
  }

  /** the first exact-size bin at or after `i` holding a free block, or -1 */
  private nextExact(i: number): number {
    for (let w = i >>> 5; w < EXACT_BINS / 32; w++) {
      let bits = this.exactUsed[w];
      if (w === i >>> 5) bits &= ~0 << (i & 31);
      if (bits !== 0) return w * 32 + 31 - Math.clz32(bits & -bits);
    }
    return -1;
  }

  /**
   * Best fit among small blocks (a free block of exactly the size, else the smallest bigger one), then
   * first fit by powers of two — but a small request does not split a block more than 2**SPLIT_CLASSES
   * times its size: a few bytes cut from the front of a freed 40 MB array would leave the next 40 MB
   * array no room there, and send it to memory never used before. Small ones go to the top. Repeated
   * small arrays of a few sizes (loops over small vectors) so find a block in constant time.
   */
  private take(size: number): number {
    let first = this.binOf(size);
    if (first < EXACT_BINS) {
      const c = this.nextExact(first);
      if (c >= 0) return this.takeFrom(c, size);
      first = EXACT_BINS;
    }
    const last = size >= LARGE ? this.bins.length - 1 : Math.min(this.bins.length - 1, this.binOf(Math.max(size, ALIGN) * 2 ** SPLIT_CLASSES));
    for (let c = first; c <= last; c++) {
      // blocks of the request's own class may be too small: look at a few of them only
      let looked = 0;
      for (const start of this.bins[c]) {
        const s = this.freeStart.get(start)!;
        if (s >= size) return this.takeFrom(c, size, start);
        if (++looked === 16) break;
      }
    }
    return -1;
  }

  /** take `size` bytes from the front of a free block of bin `c` (its first, or the one at `start`) */
  private takeFrom(c: number, size: number, start = this.bins[c].values().next().value as number): number {
    const s = this.freeStart.get(start)!;
    this.removeFree(start, s);
    if (s > size) this.addFree(start + size, s - size);
    return start;
  }

  private removeFree(start: number, size: number): void {
    this.freeStart.delete(start);
    this.freeEnd.delete(start + size);
    const c = this.binOf(size);
    const bin = this.bins[c];
    bin.delete(start);
    if (c < EXACT_BINS && bin.size === 0) this.exactUsed[c >>> 5] &= ~(1 << (c & 31));
  }

  private addFree(start: number, size: number): void {
    const before = this.freeEnd.get(start);
    if (before !== undefined) {
      const bs = this.freeStart.get(before)!;
      this.removeFree(before, bs);
      start = before;
      size += bs;
    }
    const after = this.freeStart.get(start + size);
    if (after !== undefined) {
      this.removeFree(start + size, after);
      size += after;
    }
    if (start + size === this.top) {
      this.top = start;
      return;
    }
    this.freeStart.set(start, size);
    this.freeEnd.set(start + size, start);
    const c = this.binOf(size);
    this.bins[c].add(start);
    if (c < EXACT_BINS) this.exactUsed[c >>> 5] |= 1 << (c & 31);
  }

  /** bytes of linear memory in use by the allocator (top of heap) */
  get extent(): number {
    return this.top;
  }
}

/** The process-wide heap every array allocates from. */
export const heap = new Heap();
