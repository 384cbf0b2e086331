/**
 * A WebAssembly scan for non-finite values in contiguous float32/float64 data: `allFinite(p, n) → 1 | 0`.
 * Floating-point error reporting (src/modules/numpy/fpErrors.ts) runs it over every float ufunc result;
 * a JS loop over a typed array on the WebAssembly memory cost ~7 ns/element, this ~0.5.
 *
 * x − x is 0 for every finite x and NaN for ±inf and NaN, so one subtraction and compare per element.
 */
import { heap } from '../memory';
import { Code, Op, I32, assemble } from './assembler';

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
  const P = 0, N = 1, END = 2;
  const f64 = char === 'd';
  const size = f64 ? 8 : 4;
  const c = new Code();
  // end = p + n * size
  c.get(P).get(N).i32(size).op(Op.i32_mul, Op.i32_add).set(END);
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
    const bytes = assemble([{ name: 'scan', params: [I32, I32], results: [I32], locals: [I32], body: c }]);
    const inst = new WebAssembly.Instance(new WebAssembly.Module(bytes as BufferSource), { env: { mem: heap.memory } });
    return inst.exports.scan as FiniteScan;
  } catch {
    return null;
  }
}
