/**
 * NumPy's float64 tanh (its SIMD loop from SVML's tanh8_la, runtime/math/svmlTanh.ts) emitted inline into an
 * element-wise kernel: the interval from the high word, y = |x| - b, and the degree-16 Horner chain of FMAs
 * (runtime/wasm/fmaCode.ts's exact sequence) over coefficients loaded from the 16 × 18 table, which lives in
 * the array heap, allocated on first use and never freed. |x| >= 24 gives ±1 directly (the last interval's
 * polynomial is the constant 1), NaN gives NaN; every other argument runs the polynomial here.
 */
import { Code, Op } from './assembler';
import { Emitter } from './fmaCode';
import { f64Table } from './heapTable';
import { TANH_TABLE } from '../math/svmlTanh';

/** byte address of TANH_TABLE */
const tableAddress = f64Table(() => TANH_TABLE);

/**
 * Emit NumPy's tanh of the f64 local `x`, leaving the result on the stack. `tmp` and `tmpI32` allocate
 * f64 and i32 locals.
 */
export function emitSvmlTanh(c: Code, x: number, tmp: () => number, tmpI32: () => number): void {
  const e = new Emitter(c, tmp);
  const base = tableAddress();
  const res = tmp();
  c.get(x).get(x).op(Op.f64_eq, Op.if, 0x40);
  // exponent and first fraction bit of |x|
  const hw = tmpI32();
  c.get(x).op(Op.i64_reinterpret_f64).i64(32).op(Op.i64_shr_u, Op.i32_wrap_i64).i32(0x7ff80000).op(Op.i32_and).set(hw);
  // |x| >= 24: the last interval's polynomial is exactly 1 (and huge y would overflow the FMA's splitting)
  c.get(hw).i32(0x40380000).op(Op.i32_ge_u, Op.if, 0x40);
  c.f64(1).set(res);
  c.op(Op.else);
  // row address: base + 144·max((hw - 0x3fc00000) >> 19, 0)
  const at = tmpI32(), k = tmpI32();
  c.get(hw).i32(0x3fc00000).op(Op.i32_sub).set(k);
  c.get(k).i32(0).get(k).i32(0).op(Op.i32_gt_s, Op.select).i32(19).op(Op.i32_shr_u).i32(144).op(Op.i32_mul).i32(base).op(Op.i32_add).set(at);
  const y = tmp();
  c.get(x).op(Op.f64_abs).get(at).mem(Op.f64_load, 3, 0).op(Op.f64_sub).set(y);
  const yf = e.factor(y);
  const load = (j: number) => {
    const v = tmp();
    c.get(at).mem(Op.f64_load, 3, 8 * j).set(v);
    return v;
  };
  let r = e.fma(e.factor(load(17)), yf, load(16));
  for (let j = 15; j >= 1; j--) r = e.fma(e.factor(r), yf, load(j));
  c.get(r).set(res);
  c.op(Op.end);
  c.get(res).get(x).op(Op.f64_copysign).set(res);
  c.op(Op.else);
  c.f64(NaN).set(res);
  c.op(Op.end);
  c.get(res);
}
