/**
 * NumPy's float64 power loop in an element-wise kernel: when the exponent operand has stride 0 and is -1,
 * 0, 0.5, 1 or 2, NumPy computes 1/x, 1, sqrt(x), x or x·x (runtime/math/svmlPow.ts, powerStride0), and
 * that runs inline here; every other element calls the JS port of SVML's pow8_ha (`host`).
 */
import { Code, Op } from './assembler';

/**
 * Emit power(x, y) for the f64 locals `x`, `y`, leaving the result on the stack; `yStride` is the i32
 * local holding the exponent's byte stride, `host` the import index of (f64, f64) -> f64 bound to svmlPow.
 */
export function emitSvmlPow(c: Code, x: number, y: number, yStride: number, tmp: () => number, host: number): void {
  const res = tmp();
  const fast: [number, () => void][] = [
    [2, () => c.get(x).get(x).op(Op.f64_mul)],
    [-1, () => c.f64(1).get(x).op(Op.f64_div)],
    [0.5, () => c.get(x).op(Op.f64_sqrt)],
    [1, () => c.get(x)],
    [0, () => c.f64(1)],
  ];
  for (const [k, emit] of fast) {
    c.get(yStride).op(Op.i32_eqz).get(y).f64(k).op(Op.f64_eq, Op.i32_and, Op.if, 0x40);
    emit();
    c.set(res).op(Op.else);
  }
  c.get(x).get(y).op(Op.call, host).set(res);
  for (let i = 0; i < fast.length; i++) c.op(Op.end);
  c.get(res);
}
