/**
 * NumPy's float64 log10 (SVML's log108_ha, runtime/math/svmlLog10.ts) emitted inline into an element-wise
 * kernel. Positive normal arguments run here; zeros, negatives, subnormals, infinities and NaN call the JS
 * reference. The reciprocal step table is log's (svmlLogCode.ts); the 16-entry -log10(rcp) table (hi, lo)
 * lives in the array heap, allocated on first use and never freed. Each SVML FMA becomes
 * runtime/wasm/fmaCode.ts's exact sequence; E·log10(2)hi and the j·m halves are exact plain operations.
 */
import { Code, Op } from './assembler';
import { Emitter } from './fmaCode';
import { heap, Block } from '../memory';
import { LOG10_CONST as K, LOG10_TH, LOG10_TL } from '../math/svmlLog10';
import { tableAddress as rcpAddress } from './svmlLogCode';

let table: Block | null = null;
/** byte address of 16 × (Th, Tl) */
function tableAddress(): number {
  if (!table) {
    table = heap.alloc(16 * 16);
    const dv = heap.view();
    for (let i = 0; i < 16; i++) {
      dv.setFloat64(table.ptr + 16 * i, LOG10_TH[i], true);
      dv.setFloat64(table.ptr + 16 * i + 8, LOG10_TL[i], true);
    }
  }
  return table.ptr;
}

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
  // high word of x: exponent and the top 20 fraction bits
  const hw = tmpI32();
  c.get(x).op(Op.i64_reinterpret_f64).i64(32).op(Op.i64_shr_u, Op.i32_wrap_i64).set(hw);
  // j = 32·rcp from the fraction's top 16 bits
  const j = tmpI32();
  c.get(hw).i32(4).op(Op.i32_shr_u).i32(0xffff).op(Op.i32_and).i32(rcp).op(Op.i32_add).mem(Op.i32_load8_u, 0).set(j);
  // E = exponent (+1 when rcp < 0.75)
  const E = tmp();
  c.get(hw).i32(20).op(Op.i32_shr_u).i32(1023).op(Op.i32_sub).get(j).i32(24).op(Op.i32_lt_u, Op.i32_add, Op.f64_convert_i32_s).set(E);
  // m in [1, 2)
  const m = tmp();
  c.get(x).op(Op.i64_reinterpret_f64).i64(0xfffffffffffffn).op(Op.i64_and).i64(0x3ff0000000000000n).op(Op.i64_or, Op.f64_reinterpret_i64).set(m);
  // R = j·m/32 - 1, exact: m = mh + ml with mh on 26 bits
  const jf = tmp(), mh = tmp();
  c.get(j).op(Op.f64_convert_i32_u).set(jf);
  c.get(m).f64(67108864).op(Op.f64_mul, Op.f64_floor).f64(1 / 67108864).op(Op.f64_mul).set(mh);
  const R = tmp();
  c.get(jf).get(mh).op(Op.f64_mul).f64(32).op(Op.f64_sub);
  c.get(jf).get(m).get(mh).op(Op.f64_sub, Op.f64_mul, Op.f64_add).f64(1 / 32).op(Op.f64_mul).set(R);
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
