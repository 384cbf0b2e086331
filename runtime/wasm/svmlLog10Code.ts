/**
 * NumPy's float64 log10 (SVML's log108_ha, runtime/math/svmlLog10.ts) emitted inline into an element-wise
 * kernel. Positive normal arguments run here; zeros, negatives, subnormals, infinities and NaN call the JS
 * reference. The reciprocal step table is log's (svmlLogCode.ts); the 16-entry -log10(rcp) table (hi, lo)
 * lives in the array heap, allocated on first use and never freed. Each SVML FMA becomes
 * runtime/wasm/fmaCode.ts's exact sequence; E·log10(2)hi and the j·m halves are exact plain operations.
 */
import { Code, Op } from './assembler';
import { Emitter } from './fmaCode';
import { f64Table, pairs } from './heapTable';
import { LOG10_CONST as K, LOG10_TH, LOG10_TL } from '../math/svmlLog10';
import { tableAddress as rcpAddress, emitLogReduction } from './svmlLogCode';

/** byte address of 16 × (Th, Tl) */
const tableAddress = f64Table(() => pairs(LOG10_TH, LOG10_TL));

/**
 * Emit NumPy's log10 of the f64 local `x`, leaving the result on the stack. `tmp` and `tmpI32` allocate
 * f64 and i32 locals; `host` is the import index of a function (f64) -> f64 bound to `svmlLog10`.
 */
export function emitSvmlLog10(c: Code, x: number, tmp: () => number, tmpI32: () => number, host: number): void {
  const e = new Emitter(c, tmp);
  const rcp = rcpAddress();
  const base = tableAddress();
  const res = tmp();
  c.get(x).f64(2.2250738585072014e-308).op(Op.f64_ge);
  c.get(x).f64(Infinity).op(Op.f64_lt, Op.i32_and, Op.if, 0x40);
  const { j, E, R } = emitLogReduction(c, x, tmp, tmpI32, rcp);
  const Rf = e.factor(R);
  const R2 = e.mul(R, R);
  const R2f = e.factor(R2);
  // |R| < 1/32: in the polynomial the addend dominates each product
  const a = e.fma(R2f, e.factor(e.fma(Rf, e.konst(K.C8), { k: K.C7 }, true)), e.fma(Rf, e.konst(K.C6), { k: K.C5 }, true), true);
  const b = e.fma(R2f, e.factor(e.fma(Rf, e.konst(K.C4), { k: K.C3 }, true)), e.fma(Rf, e.konst(K.C2), { k: K.C1 }, true), true);
  const p = e.fma(e.factor(e.mul(R2, R2)), e.factor(a), b, true);
  const at = tmpI32();
  c.get(j).i32(15).op(Op.i32_and).i32(4).op(Op.i32_shl).i32(base).op(Op.i32_add).set(at);
  const kth = tmp();
  c.get(E).f64(K.L2H).op(Op.f64_mul).get(at).mem(Op.f64_load, 3, 0).op(Op.f64_add).set(kth);
  const c0h = e.konst(K.C0H);
  const high = e.fma(Rf, c0h, kth);
  const negDiff = tmp();
  c.get(kth).get(high).op(Op.f64_sub).set(negDiff);
  const low = e.fma(Rf, c0h, negDiff);
  const tl = tmp();
  c.get(at).mem(Op.f64_load, 3, 8).set(tl);
  const sum = e.add(e.fma(e.factor(E), e.konst(K.L2L), tl), low);
  const q = e.fma(Rf, e.factor(e.fma(Rf, e.factor(p), { k: K.C0L })), sum);
  c.get(q).get(high).op(Op.f64_add).set(res);
  c.op(Op.else);
  c.get(x).op(Op.call, host).set(res);
  c.op(Op.end);
  c.get(res);
}
