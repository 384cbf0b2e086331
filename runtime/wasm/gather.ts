/**
 * A WebAssembly gather for `a[idx]` with one int64 index array (src/modules/numpy/indexing.ts):
 * `gather(src, step, len, idx, n, out) → 0 | k + 1` copies, for each of the n indices (negative ones
 * counted from the end), the `size`-byte element at src + i·step to out, consecutively; it stops at the
 * first index outside [-len, len) and returns its position + 1 so the caller can raise NumPy's
 * IndexError naming it. Random reads dominate: in WASM several are in flight at once, where the JS loop
 * waited on each.
 */
import { heap } from '../memory';
import { Code, Op, I32, I64, assemble } from './assembler';

export type Gather = (src: number, step: number, len: number, idx: number, n: number, out: number) => number;

const cache = new Map<number, Gather | null>();

/** The gather for elements of `size` bytes (4 or 8), or null. */
export function gatherKernel(size: number): Gather | null {
  if (size !== 4 && size !== 8) return null;
  let g = cache.get(size);
  if (g === undefined) {
    g = build(size);
    cache.set(size, g);
  }
  return g;
}

function build(size: number): Gather | null {
  const SRC = 0, STEP = 1, LEN = 2, IDX = 3, N = 4, OUT = 5, K = 6, I = 7;
  const c = new Code();
  c.op(Op.block, 0x40, Op.loop, 0x40);
  c.get(K).get(N).op(Op.i32_ge_u, Op.br_if, 1);
  // i = idx[k]; if (i < 0) i += len; if (i < 0 || i >= len) return k + 1
  c.get(IDX).get(K).i32(8).op(Op.i32_mul, Op.i32_add).mem(Op.i64_load, 3).set(I);
  c.get(I).i64(0).op(Op.i64_lt_s, Op.if, 0x40);
  c.get(I).get(LEN).op(Op.i64_extend_i32_u, Op.i64_add).set(I);
  c.op(Op.end);
  c.get(I).i64(0).op(Op.i64_lt_s).get(I).get(LEN).op(Op.i64_extend_i32_u, Op.i64_ge_s, Op.i32_or, Op.if, 0x40);
  c.get(K).i32(1).op(Op.i32_add, Op.return);
  c.op(Op.end);
  // out[k] = *(src + i * step)
  c.get(OUT).get(K).i32(size).op(Op.i32_mul, Op.i32_add);
  c.get(SRC).get(I).op(Op.i32_wrap_i64).get(STEP).op(Op.i32_mul, Op.i32_add);
  c.mem(size === 8 ? Op.i64_load : Op.i32_load, 0).mem(size === 8 ? Op.i64_store : Op.i32_store, 0);
  c.get(K).i32(1).op(Op.i32_add).set(K);
  c.op(Op.br, 0, Op.end, Op.end);
  c.i32(0);
  try {
    const bytes = assemble([{ name: 'gather', params: [I32, I32, I32, I32, I32, I32], results: [I32], locals: [I32, I64], body: c }]);
    const inst = new WebAssembly.Instance(new WebAssembly.Module(bytes as BufferSource), { env: { mem: heap.memory } });
    return inst.exports.gather as Gather;
  } catch (e) {
    if ((globalThis as any).process?.env?.NDPY_DEBUG_WASM) throw e;
    return null;
  }
}
