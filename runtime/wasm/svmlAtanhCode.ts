/**
 * NumPy's float64 arctanh (SVML's atanh8_ha, runtime/math/svmlAtanh.ts) emitted inline into an element-wise
 * kernel. |x| < 1 runs here; |x| >= 1 and NaN call the JS reference. The 16-entry table log(1 + k/16)
 * (hi, lo) lives in the array heap, allocated on first use and never freed; the rounded reciprocals come from
 * comparisons with the measured thresholds. Each SVML FMA becomes runtime/wasm/fmaCode.ts's exact sequence;
 * the products by the exponent difference are exact, so they are plain operations as in the JS reference.
 */
import { Code, Op } from './assembler';
import { Emitter } from './fmaCode';
import { f64Table, pairs } from './heapTable';
import { ATANH_STEPS, ATANH_TH, ATANH_TL, ATANH_CONST as K } from '../math/svmlAtanh';

/** byte address of 16 × (Th, Tl) */
const tableAddress = f64Table(() => pairs(ATANH_TH, ATANH_TL));

/** Emit NumPy's arctanh of the f64 local `x`, leaving the result on the stack; `host` is bound to svmlAtanh. */
export function emitSvmlAtanh(c: Code, x: number, tmp: () => number, tmpI32: () => number, host: number): void {
  const e = new Emitter(c, tmp);
  const base = tableAddress();
  const res = tmp(), y = tmp();
  c.get(x).op(Op.f64_abs).set(y);
  c.get(y).f64(1).op(Op.f64_lt, Op.if, 0x40);
  const yp = e.add({ k: 1 }, y), ym = e.sub({ k: 1 }, y);
  const ypLow = e.sub(y, e.sub(yp, { k: 1 })), ymLow = e.add(y, e.sub(ym, { k: 1 }));
  // rounded reciprocal of Y: rcp, table address of its index, exponent of rcp
  const recip = (Y: number): [number, number, number] => {
    const hw = tmpI32(), ex = tmpI32(), j = tmpI32();
    c.get(Y).op(Op.i64_reinterpret_f64).i64(32).op(Op.i64_shr_u, Op.i32_wrap_i64).set(hw);
    c.get(hw).i32(20).op(Op.i32_shr_u).i32(1023).op(Op.i32_sub).set(ex);
    c.i32(32);
    for (const s of ATANH_STEPS) c.get(hw).i32(0xfffff).op(Op.i32_and).i32(4).op(Op.i32_shr_u).i32(s).op(Op.i32_ge_u, Op.i32_sub);
    c.set(j);
    const rcp = tmp(), at = tmpI32(), k = tmp();
    c.get(j).op(Op.f64_convert_i32_u).f64(1 / 32).op(Op.f64_mul);
    c.i32(1023).get(ex).op(Op.i32_sub, Op.i64_extend_i32_u).i64(52).op(Op.i64_shl, Op.f64_reinterpret_i64, Op.f64_mul).set(rcp);
    c.get(j).i32(15).op(Op.i32_and).i32(4).op(Op.i32_shl).i32(base).op(Op.i32_add).set(at);
    c.i32(0).get(ex).op(Op.i32_sub).get(j).i32(32).op(Op.i32_lt_u, Op.i32_sub, Op.f64_convert_i32_s).set(k);
    return [rcp, at, k];
  };
  const [rp, ap, kp] = recip(yp);
  const [rm, am, km] = recip(ym);
  const rpf = e.factor(rp), rmf = e.factor(rm);
  const Rp = e.fma(rpf, e.factor(ypLow), e.fma(rpf, e.factor(yp), { k: -1 }));
  const Rm = e.fma(e.factor(e.mul({ k: -1 }, rm)), e.factor(ymLow), e.fma(rmf, e.factor(ym), { k: -1 }));
  const th = tmp(), tl = tmp(), dk = e.sub(km, kp);
  c.get(dk).f64(K.L2H).op(Op.f64_mul).get(am).mem(Op.f64_load, 3, 0).get(ap).mem(Op.f64_load, 3, 0).op(Op.f64_sub, Op.f64_add).set(th);
  c.get(dk).f64(K.L2L).op(Op.f64_mul).get(am).mem(Op.f64_load, 3, 8).get(ap).mem(Op.f64_load, 3, 8).op(Op.f64_sub, Op.f64_add).set(tl);
  const hiP = e.add(th, Rp), hi = e.sub(hiP, Rm);
  const rpl = e.add(Rp, e.sub(th, hiP)), rml = e.add(Rm, e.sub(hi, hiP));
  const poly = (R: number): number => {
    const Rf = e.factor(R);
    let p = e.fma(Rf, e.konst(K.P[0]), { k: K.P[1] }, true);
    for (const k of K.P.slice(2)) p = e.fma(Rf, e.factor(p), { k }, true);
    return e.fma(Rf, e.factor(p), { k: -0.5 }, true);
  };
  const loP = e.fma(e.factor(e.mul(Rp, Rp)), e.factor(poly(Rp)), tl);
  const loM = e.fma(e.factor(e.mul({ k: -1 }, e.mul(Rm, Rm))), e.factor(poly(Rm)), rpl);
  const lo = e.add(loP, loM);
  c.get(hi).get(lo).get(rml).op(Op.f64_sub, Op.f64_add).f64(0.5).op(Op.f64_mul).get(x).op(Op.f64_copysign).set(res);
  c.op(Op.else);
  c.get(x).op(Op.call, host).set(res);
  c.op(Op.end);
  c.get(res);
}
