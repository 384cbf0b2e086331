/**
 * NumPy's float64 expm1 (SVML's expm18_ha, runtime/math/svmlExpm1.ts) emitted inline into an element-wise
 * kernel. The main path runs here for -128 <= x < 707.70…; below -128 (where SVML's result is exactly -1),
 * past the callout threshold and for NaN the kernel calls the JS reference. The 16-entry table 2**(j/16)
 * (hi, relative lo) lives in the array heap, allocated on first use and never freed. Each SVML FMA becomes
 * runtime/wasm/fmaCode.ts's exact sequence; the last ones run on operands scaled by 2**-64 past 2**512,
 * exactly as the JS reference does.
 */
import { Code, Op } from './assembler';
import { Emitter } from './fmaCode';
import { f64Table, pairs } from './heapTable';
import { EXP2_TH } from '../math/svmlExp2';
import { EXPM1_TLR, EXPM1_CONST as K } from '../math/svmlExpm1';

/** byte address of 16 × (Th, Tlr) */
const tableAddress = f64Table(() => pairs(EXP2_TH, EXPM1_TLR));

/** Emit NumPy's expm1 of the f64 local `x`, leaving the result on the stack; `host` is bound to svmlExpm1. */
export function emitSvmlExpm1(c: Code, x: number, tmp: () => number, tmpI32: () => number, host: number): void {
  const e = new Emitter(c, tmp);
  const [C8, C7, C6, C5, C4, C3] = K.P;
  const res = tmp();
  c.get(x).f64(-128).op(Op.f64_ge);
  c.get(x).f64(K.LIMIT).op(Op.f64_lt, Op.i32_and, Op.if, 0x40);
  const dM = e.fma(e.factor(x), e.konst(K.LOG2E), { k: K.SHIFT }, true);
  const at = tmpI32();
  c.get(dM).op(Op.i64_reinterpret_f64, Op.i32_wrap_i64).i32(15).op(Op.i32_and).i32(4).op(Op.i32_shl).i32(tableAddress()).op(Op.i32_add).set(at);
  const Z = e.sub(dM, { k: K.SHIFT });
  const nZ = e.factor(e.mul({ k: -1 }, Z));
  const R = e.fma(nZ, e.konst(K.L2H), x);
  // Ts = Th·2**floor(max(Z, -128))
  const ts = tmp();
  c.get(at).mem(Op.f64_load, 3, 0);
  c.get(Z).f64(-128).op(Op.f64_max, Op.f64_floor, Op.i64_trunc_f64_s).i64(1023).op(Op.i64_add).i64(52).op(Op.i64_shl, Op.f64_reinterpret_i64, Op.f64_mul).set(ts);
  const l2l = e.konst(K.L2L);
  const Rraw = e.fma(nZ, l2l, R);
  const mask = (v: number): number => {
    const out = tmp();
    c.get(v).op(Op.i64_reinterpret_f64).i64(-0x4000000000000001n).op(Op.i64_and, Op.f64_reinterpret_i64).set(out);
    return out;
  };
  const Rf = mask(Rraw);
  const Rl = mask(e.fma(nZ, l2l, e.sub(R, Rraw)));
  const tlr = tmp();
  c.get(at).mem(Op.f64_load, 3, 8).set(tlr);
  const rf = e.factor(Rf);
  const R2f = e.factor(e.mul(Rf, Rf));
  const a = e.fma(rf, e.konst(C6), { k: C5 }, true);
  const b = e.fma(rf, e.konst(C4), { k: C3 }, true);
  const t4 = e.fma(rf, e.factor(tlr), e.add(Rl, tlr));
  let p = e.fma(R2f, e.factor(e.fma(rf, e.konst(C8), { k: C7 }, true)), a, true);
  p = e.fma(R2f, e.factor(p), b, true);
  const tm1 = e.add(ts, { k: -1 });
  // the rounding error of Ts - 1: the larger of Ts and -1, minus the sum, plus the smaller
  const err = tmp();
  c.f64(-1).get(tm1).op(Op.f64_sub).get(ts).op(Op.f64_add);
  c.get(ts).get(tm1).op(Op.f64_sub).f64(-1).op(Op.f64_add);
  c.get(ts).f64(1).op(Op.f64_lt, Op.select).set(err);
  p = e.fma(R2f, e.factor(e.fma(rf, e.factor(p), { k: 0.5 }, true)), t4);
  const s = tmp();
  c.f64(1).f64(2 ** -64).get(Z).f64(512).op(Op.f64_lt, Op.select).set(s);
  const tss = e.factor(e.mul(ts, s)), tm1s = e.mul(tm1, s);
  const hi = e.fma(rf, tss, tm1s);
  const lo = e.fma(rf, tss, e.sub(tm1s, hi));
  const q = e.add(e.fma(e.factor(p), tss, e.mul(err, s)), lo);
  c.get(hi).get(q).op(Op.f64_add).get(s).op(Op.f64_div).get(x).op(Op.f64_copysign).set(res);
  c.op(Op.else);
  c.get(x).op(Op.call, host).set(res);
  c.op(Op.end);
  c.get(res);
}
