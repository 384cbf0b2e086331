/**
 * Strided copies in WebAssembly: `run(n, dst, dstStep, src, srcStep)` moves n elements from one strided
 * row to another, either unchanged (any itemsize 1, 2, 4 or 8 — a transposed copy, `ravel`, `copy()`)
 * or converted where the conversion is exact IEEE/two's-complement arithmetic with no special cases:
 * float64 ↔ float32 (round to nearest even), and integers or booleans to float64/float32. Casts with
 * out-of-range or NaN cases (float → int) stay in JS, which reproduces x86's results and NumPy's
 * warnings. Cached per (from, to) pair. Also `maskedCopyKernel`: `run(n, dst, dstStep, src, srcStep, mask,
 * maskStep)` copies the elements whose mask byte is non-zero (np.where).
 */
import { DType } from '../dtype';
import { heap } from '../memory';
import { Code, Op, I32, assemble } from './assembler';
import { compileModule } from './module';

export type CopyKernel = (n: number, dst: number, dstStep: number, src: number, srcStep: number) => void;

const N = 0, DST = 1, DS = 2, SRC = 3, SS = 4;

/** load of one element of d onto the stack (as i32, i64, f32 or f64), with its natural alignment */
function load(c: Code, d: DType): void {
  c.get(SRC);
  switch (d.char) {
    case '?': case 'B': c.mem(Op.i32_load8_u, 0); return;
    case 'b': c.mem(Op.i32_load8_s, 0); return;
    case 'h': c.mem(Op.i32_load16_s, 1); return;
    case 'H': c.mem(Op.i32_load16_u, 1); return;
    case 'i': case 'I': c.mem(Op.i32_load, 2); return;
    case 'l': case 'L': case 'q': case 'Q': c.mem(Op.i64_load, 3); return;
    case 'f': c.mem(Op.f32_load, 2); return;
    case 'd': c.mem(Op.f64_load, 3); return;
  }
}

/** the conversion from `from`'s loaded value to `to`'s, or null when not one of the exact ones */
function convert(c: Code, from: DType, to: DType): boolean {
  if (from === to) return true;
  const unsigned = from.kind === 'u' || from.kind === 'b';
  const wide = from.itemsize === 8;
  if (to.char === 'd') {
    if (from.char === 'f') return c.op(Op.f64_promote_f32), true;
    if (from.kind === 'i' || from.kind === 'u' || from.kind === 'b') return c.op(wide ? (unsigned ? Op.f64_convert_i64_u : Op.f64_convert_i64_s) : unsigned ? Op.f64_convert_i32_u : Op.f64_convert_i32_s), true;
  }
  if (to.char === 'f') {
    if (from.char === 'd') return c.op(Op.f32_demote_f64), true;
    if (from.kind === 'i' || from.kind === 'u' || from.kind === 'b') return c.op(wide ? (unsigned ? Op.f32_convert_i64_u : Op.f32_convert_i64_s) : unsigned ? Op.f32_convert_i32_u : Op.f32_convert_i32_s), true;
  }
  return false;
}

function store(c: Code, d: DType): void {
  switch (d.itemsize) {
    case 1: c.mem(Op.i32_store8, 0); return;
    case 2: c.mem(Op.i32_store16, 1); return;
    case 4: c.mem(d.char === 'f' ? Op.f32_store : Op.i32_store, 2); return;
    case 8: c.mem(d.char === 'd' ? Op.f64_store : Op.i64_store, 3); return;
  }
}

const CHARS = new Set(['?', 'b', 'B', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'f', 'd']);

function build(from: DType, to: DType): CopyKernel | null {
  const c = new Code();
  c.op(Op.block, 0x40, Op.loop, 0x40);
  c.get(N).op(Op.i32_eqz, Op.br_if, 1);
  c.get(DST);
  load(c, from);
  if (!convert(c, from, to)) return null;
  store(c, to);
  c.get(DST).get(DS).op(Op.i32_add).set(DST);
  c.get(SRC).get(SS).op(Op.i32_add).set(SRC);
  c.get(N).i32(1).op(Op.i32_sub).set(N);
  c.op(Op.br, 0, Op.end, Op.end);
  return instantiate(c);
}

function instantiate(c: Code): CopyKernel | null {
  try {
    const bytes = assemble([{ name: 'run', params: [I32, I32, I32, I32, I32], results: [], locals: [], body: c }]);
    const inst = new WebAssembly.Instance(compileModule(bytes, 'copy'), { env: { mem: heap.memory } });
    return inst.exports.run as CopyKernel;
  } catch (e) {
    if ((globalThis as any).process?.env?.NDPY_DEBUG_WASM) throw e;
    return null;
  }
}

const cache = new Map<string, CopyKernel | null>();

/** The kernel copying elements of `from` into `to`, or null when that copy is not one of these. */
export function copyKernel(from: DType, to: DType): CopyKernel | null {
  if (!from.isNative || !to.isNative || from.timeUnit !== null || to.timeUnit !== null || !CHARS.has(from.char) || !CHARS.has(to.char)) return null;
  const key = `${from.char}>${to.char}`;
  let k = cache.get(key);
  if (k === undefined) {
    k = from.char === to.char ? buildSame(from) : build(from, to);
    cache.set(key, k);
  }
  return k;
}

/** same dtype: move the bytes (as integers of the item's width, so NaN payloads survive) */
function buildSame(d: DType): CopyKernel | null {
  const c = new Code();
  c.op(Op.block, 0x40, Op.loop, 0x40);
  c.get(N).op(Op.i32_eqz, Op.br_if, 1);
  c.get(DST).get(SRC);
  switch (d.itemsize) {
    case 1: c.mem(Op.i32_load8_u, 0).mem(Op.i32_store8, 0); break;
    case 2: c.mem(Op.i32_load16_u, 1).mem(Op.i32_store16, 1); break;
    case 4: c.mem(Op.i32_load, 2).mem(Op.i32_store, 2); break;
    case 8: c.mem(Op.i64_load, 3).mem(Op.i64_store, 3); break;
    default: return null;
  }
  c.get(DST).get(DS).op(Op.i32_add).set(DST);
  c.get(SRC).get(SS).op(Op.i32_add).set(SRC);
  c.get(N).i32(1).op(Op.i32_sub).set(N);
  c.op(Op.br, 0, Op.end, Op.end);
  return instantiate(c);
}

export type MaskedCopy = (n: number, dst: number, ds: number, src: number, ss: number, mask: number, ms: number) => void;
const masked = new Map<number, MaskedCopy | null>();

/** Copy, of elements `itemsize` bytes wide, of those whose mask byte is set (the others keep dst's value). */
export function maskedCopyKernel(itemsize: number): MaskedCopy | null {
  let k = masked.get(itemsize);
  if (k !== undefined) return k;
  const M = 5, MS = 6;
  const [ld, st, align] =
    itemsize === 1 ? [Op.i32_load8_u, Op.i32_store8, 0] : itemsize === 2 ? [Op.i32_load16_u, Op.i32_store16, 1] : itemsize === 4 ? [Op.i32_load, Op.i32_store, 2] : itemsize === 8 ? [Op.i64_load, Op.i64_store, 3] : [0, 0, 0];
  k = null;
  if (ld !== 0) {
    const c = new Code();
    c.op(Op.block, 0x40, Op.loop, 0x40);
    c.get(N).op(Op.i32_eqz, Op.br_if, 1);
    // *dst = *mask ? *src : *dst (branch-free)
    c.get(DST);
    c.get(SRC).mem(ld, align);
    c.get(DST).mem(ld, align);
    c.get(M).mem(Op.i32_load8_u, 0);
    c.op(Op.select).mem(st, align);
    c.get(DST).get(DS).op(Op.i32_add).set(DST);
    c.get(SRC).get(SS).op(Op.i32_add).set(SRC);
    c.get(M).get(MS).op(Op.i32_add).set(M);
    c.get(N).i32(1).op(Op.i32_sub).set(N);
    c.op(Op.br, 0, Op.end, Op.end);
    try {
      const bytes = assemble([{ name: 'run', params: [I32, I32, I32, I32, I32, I32, I32], results: [], locals: [], body: c }]);
      const inst = new WebAssembly.Instance(compileModule(bytes, 'masked copy'), { env: { mem: heap.memory } });
      k = inst.exports.run as unknown as MaskedCopy;
    } catch (e) {
      if ((globalThis as any).process?.env?.NDPY_DEBUG_WASM) throw e;
    }
  }
  masked.set(itemsize, k);
  return k;
}
