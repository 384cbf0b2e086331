/**
 * A WebAssembly scan for non-finite values in contiguous float32/float64 data: `allFinite(p, n) → 1 | 0`.
 * Floating-point error reporting (src/modules/numpy/fpErrors.ts) runs it over every float ufunc result;
 * a JS loop over a typed array on the WebAssembly memory cost ~7 ns/element, a scalar WASM loop ~2,
this runs at memory speed.
 *
 * x − x is 0 for every finite x and NaN for ±inf and NaN: 64 bytes per step are subtracted from themselves
 * as four SIMD vectors and OR-ed; any nonzero bit (NaN's pattern) ends the scan.
 */
import { heap } from '../memory';
import { Code, Op, Simd, I32, V128, assemble } from './assembler';
import { compileModule } from './module';

export type FiniteScan = (p: number, n: number) => number;

const cache = new Map<string, FiniteScan | null>();

/** The scan for 'd' (float64) or 'f' (float32) data, or null where WebAssembly is unavailable. */
export function finiteScan(char: 'd' | 'f'): FiniteScan | null {
  let k = cache.get(char);
  if (k === undefined) {
    k = build(char);
    cache.set(char, k);
  }
  return k;
}

function build(char: 'd' | 'f'): FiniteScan | null {
  const P = 0, N = 1, END = 2, ACC = 3;
  const f64 = char === 'd';
  const size = f64 ? 8 : 4;
  const sub = f64 ? Simd.f64x2_sub : Simd.f32x4_sub;
  const c = new Code();
  // end = p + n * size
  c.get(P).get(N).i32(size).op(Op.i32_mul, Op.i32_add).set(END);
  // 64 bytes per step: acc |= (v - v) != 0 on four vectors; checked every step so a NaN stops the scan early
  c.op(Op.block, 0x40, Op.loop, 0x40);
  c.get(P).i32(64).op(Op.i32_add).get(END).op(Op.i32_gt_u, Op.br_if, 1);
  for (let k = 0; k < 4; k++) {
    c.get(P).simdMem(Simd.v128_load, 16 * k).get(P).simdMem(Simd.v128_load, 16 * k).simd(sub);
    if (k > 0) c.simd(Simd.v128_or);
  }
  c.tee(ACC).simd(Simd.v128_any_true).op(Op.if, 0x40).i32(0).op(Op.return, Op.end);
  c.get(P).i32(64).op(Op.i32_add).set(P);
  c.op(Op.br, 0, Op.end, Op.end);
  // the tail, one element at a time
  c.op(Op.block, 0x40, Op.loop, 0x40);
  c.get(P).get(END).op(Op.i32_ge_u, Op.br_if, 1);
  c.get(P);
  if (f64) {
    c.mem(Op.f64_load, 0).get(P).mem(Op.f64_load, 0).op(Op.f64_sub).f64(0).op(Op.f64_ne);
  } else {
    c.mem(Op.f32_load, 0).get(P).mem(Op.f32_load, 0).op(Op.f32_sub).f32(0).op(Op.f32_ne);
  }
  c.op(Op.if, 0x40).i32(0).op(Op.return, Op.end);
  c.get(P).i32(size).op(Op.i32_add).set(P);
  c.op(Op.br, 0, Op.end, Op.end);
  c.i32(1);
  try {
    const bytes = assemble([{ name: 'scan', params: [I32, I32], results: [I32], locals: [I32, V128], body: c }]);
    const inst = new WebAssembly.Instance(compileModule(bytes, 'finiteness scan'), { env: { mem: heap.memory } });
    return inst.exports.scan as FiniteScan;
  } catch {
    return null;
  }
}
