/**
 * Whether generated WebAssembly can round a·b + c once in hardware. WebAssembly's only fused
 * multiply-add is relaxed SIMD's `f64x2.relaxed_madd`, which an engine may compute fused or not; V8 fuses
 * it on x64 with FMA3 and on ARM64. So it is used only after a probe shows it fused here: 1 + 2⁻³⁰ times
 * 1 - 2⁻³⁰ minus 1 is -2⁻⁶⁰ exactly, and 0 when the product is rounded first. Otherwise fmaCode.ts emits
 * the exact software sequence (about ten times the work). Node 20 has relaxed SIMD behind a V8 flag,
 * which is turned on at run time; browsers that ship it need nothing.
 */
import { Simd } from './assembler';

/** `f64x2.relaxed_madd` (0xfd-prefixed) */
export const RELAXED_MADD_F64X2 = 0x107;

let fused: boolean | null = null;
let forced: boolean | null = null;

/** Tests: make kernels built from now on use (true) or not use (false) the hardware FMA; null = probe. */
export function forceHardwareFma(v: boolean | null): void {
  forced = v;
}

export function hardwareFma(): boolean {
  if (forced !== null) return forced && probe();
  return probe();
}

function probe(): boolean {
  if (fused !== null) return fused;
  fused = false;
  try {
    const getBuiltin = (globalThis as any).process?.getBuiltinModule;
    if (typeof getBuiltin === 'function') getBuiltin('v8')?.setFlagsFromString('--experimental-wasm-relaxed-simd');
  } catch {
    // not Node: the engine has relaxed SIMD or the probe fails
  }
  // (func (param f64 f64 f64) (result f64)): splat the three, relaxed_madd, extract lane 0
  const body = [
    0x00, 0x20, 0x00, 0xfd, Simd.f64x2_splat, 0x20, 0x01, 0xfd, Simd.f64x2_splat, 0x20, 0x02, 0xfd, Simd.f64x2_splat,
    0xfd, 0x87, 0x02, 0xfd, Simd.f64x2_extract_lane, 0x00, 0x0b,
  ];
  const bytes = new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    0x01, 0x08, 0x01, 0x60, 0x03, 0x7c, 0x7c, 0x7c, 0x01, 0x7c,
    0x03, 0x02, 0x01, 0x00,
    0x07, 0x05, 0x01, 0x01, 0x66, 0x00, 0x00,
    0x0a, body.length + 2, 0x01, body.length, ...body,
  ]);
  try {
    const f = new WebAssembly.Instance(new WebAssembly.Module(bytes)).exports.f as (a: number, b: number, c: number) => number;
    const a = 1 + 2 ** -30, b = 1 - 2 ** -30;
    // the tiers of the engine compile it alike; ask twice to be sure of a settled answer
    fused = f(a, b, -1) === -(2 ** -60) && f(b, a, -1) === -(2 ** -60);
  } catch {
    fused = false;
  }
  return fused;
}
