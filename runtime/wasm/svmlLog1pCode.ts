/**
 * NumPy's float64 log1p (SVML's log1p8_ha, runtime/math/svmlLog1p.ts) emitted inline into an element-wise
 * kernel, on log's tables (svmlLogCode.ts: the reciprocal steps and -log(rcp) as hi, lo). -1 < x < 2**1022
 * runs here; larger x (where 2**-E would be subnormal), -1 and below, infinities and NaN call the JS
 * reference. Each SVML FMA becomes runtime/wasm/fmaCode.ts's exact sequence; the products by E are exact, so
 * they are plain operations as in the JS reference.
 */
import { Code, Op } from './assembler';
import { Emitter } from './fmaCode';
import { LOG_CONST as K } from '../math/svmlLog';
import { tableAddress, emitLogPolynomial } from './svmlLogCode';

/** Emit NumPy's log1p of the f64 local `x`, leaving the result on the stack; `host` is bound to svmlLog1p. */
export function emitSvmlLog1p(c: Code, x: number, tmp: () => number, tmpI32: () => number, host: number): void {
  const e = new Emitter(c, tmp);
  const base = tableAddress();
  const res = tmp();
  c.get(x).f64(-1).op(Op.f64_gt);
  c.get(x).f64(2 ** 1022).op(Op.f64_lt, Op.i32_and, Op.if, 0x40);
  // Y = 1 + x and its rounding error
  const y = e.add({ k: 1 }, x);
  const xl = tmp();
  c.f64(1).get(x).op(Op.f64_min).get(y).f64(1).get(x).op(Op.f64_max, Op.f64_sub, Op.f64_sub).set(xl);
  const hw = tmpI32(), e0 = tmpI32(), j = tmpI32();
  c.get(y).op(Op.i64_reinterpret_f64).i64(32).op(Op.i64_shr_u, Op.i32_wrap_i64).set(hw);
  c.get(hw).i32(20).op(Op.i32_shr_u).i32(1023).op(Op.i32_sub).set(e0);
  c.get(hw).i32(4).op(Op.i32_shr_u).i32(0xffff).op(Op.i32_and).i32(base).op(Op.i32_add).mem(Op.i32_load8_u, 0).set(j);
  const E = tmp(), m = tmp(), rcp = tmp(), t1 = tmp();
  c.get(e0).get(j).i32(24).op(Op.i32_lt_u, Op.i32_add, Op.f64_convert_i32_s).set(E);
  c.get(y).op(Op.i64_reinterpret_f64).i64(0xfffffffffffffn).op(Op.i64_and).i64(0x3ff0000000000000n).op(Op.i64_or, Op.f64_reinterpret_i64).set(m);
  c.get(j).op(Op.f64_convert_i32_u).f64(1 / 32).op(Op.f64_mul).set(rcp);
  const R0 = e.fma(e.factor(rcp), e.factor(m), { k: -1 });
  // rcp·(Xl·2**-e0), 2**-e0 a normal power of two here
  c.get(rcp).get(xl).i32(1023).get(e0).op(Op.i32_sub, Op.i64_extend_i32_u).i64(52).op(Op.i64_shl, Op.f64_reinterpret_i64);
  c.op(Op.f64_mul, Op.f64_mul).set(t1);
  const R = e.add(R0, t1);
  const Rl = e.sub(t1, e.sub(R, R0));
  const { R2f, poly, at, th } = emitLogPolynomial(c, e, R, j, E, tmp, tmpI32);
  const high = e.add(th, R);
  const q = e.fma(R2f, e.factor(poly), e.sub(R, e.sub(high, th)));
  c.get(high).get(q).get(E).f64(K.LN2_LO).op(Op.f64_mul).get(Rl).get(at).mem(Op.f64_load, 3, 8).op(Op.f64_add, Op.f64_add, Op.f64_add, Op.f64_add);
  c.get(x).op(Op.f64_copysign).set(res);
  c.op(Op.else);
  c.get(x).op(Op.call, host).set(res);
  c.op(Op.end);
  c.get(res);
}
