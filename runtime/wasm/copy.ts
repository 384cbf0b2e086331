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
import { Code, Op, I32, ValType } from './assembler';
import { singleKernel } from './module';
import { emitElementLoad, emitElementStore } from './elementAccess';
import { emitConvert } from './elementwise';

export type CopyKernel = (n: number, dst: number, dstStep: number, src: number, srcStep: number) => void;

const N = 0, DST = 1, DS = 2, SRC = 3, SS = 4, M = 5, MS = 6;

const CHARS = new Set(['?', 'b', 'B', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'f', 'd']);

/**
 * `while (n--) { body; dst += ds; src += ss; (mask += ms) }`: the row loop every kernel here shares; the
 * body leaves nothing on the stack, and returns false when it cannot be generated
 */
function rowLoop(c: Code, body: () => boolean, mask = false): boolean {
  c.op(Op.block, 0x40, Op.loop, 0x40);
  c.get(N).op(Op.i32_eqz, Op.br_if, 1);
  if (!body()) return false;
  c.get(DST).get(DS).op(Op.i32_add).set(DST);
  c.get(SRC).get(SS).op(Op.i32_add).set(SRC);
  if (mask) c.get(M).get(MS).op(Op.i32_add).set(M);
  c.get(N).i32(1).op(Op.i32_sub).set(N);
  c.op(Op.br, 0, Op.end, Op.end);
  return true;
}

/** the load and store of an item of `itemsize` bytes as an integer (bits kept: NaN payloads survive) */
function intMove(itemsize: number): [number, number, number] | null {
  switch (itemsize) {
    case 1: return [Op.i32_load8_u, Op.i32_store8, 0];
    case 2: return [Op.i32_load16_u, Op.i32_store16, 1];
    case 4: return [Op.i32_load, Op.i32_store, 2];
    case 8: return [Op.i64_load, Op.i64_store, 3];
  }
  return null;
}

const COPY_PARAMS: ValType[] = [I32, I32, I32, I32, I32];

function build(from: DType, to: DType): CopyKernel | null {
  const c = new Code();
  // only the exact conversions: to a float type, from a float, integer or boolean one
  if (to.kind !== 'f' || !'fiub'.includes(from.kind)) return null;
  const ok = rowLoop(c, () => {
    c.get(DST).get(SRC);
    return emitElementLoad(c, from) && emitConvert(c, from, to, true) && emitElementStore(c, to);
  });
  return ok ? singleKernel<CopyKernel>('copy', COPY_PARAMS, [], [], c) : null;
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

/** same dtype: move the bytes */
function buildSame(d: DType): CopyKernel | null {
  const mv = intMove(d.itemsize);
  if (mv === null) return null;
  const [ld, st, align] = mv;
  const c = new Code();
  rowLoop(c, () => (c.get(DST).get(SRC).mem(ld, align).mem(st, align), true));
  return singleKernel<CopyKernel>('copy', COPY_PARAMS, [], [], c);
}

export type MaskedCopy = (n: number, dst: number, ds: number, src: number, ss: number, mask: number, ms: number) => void;
const masked = new Map<number, MaskedCopy | null>();

/** Copy, of elements `itemsize` bytes wide, of those whose mask byte is set (the others keep dst's value). */
export function maskedCopyKernel(itemsize: number): MaskedCopy | null {
  let k = masked.get(itemsize);
  if (k !== undefined) return k;
  const mv = intMove(itemsize);
  k = null;
  if (mv !== null) {
    const [ld, st, align] = mv;
    const c = new Code();
    // *dst = *mask ? *src : *dst (branch-free)
    rowLoop(c, () => (c.get(DST).get(SRC).mem(ld, align).get(DST).mem(ld, align).get(M).mem(Op.i32_load8_u, 0).op(Op.select).mem(st, align), true), true);
    k = singleKernel<MaskedCopy>('masked copy', [...COPY_PARAMS, I32, I32], [], [], c);
  }
  masked.set(itemsize, k);
  return k;
}
