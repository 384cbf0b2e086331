/**
 * NumPy's float64 sinh and cosh (SVML's sinh8_ha and cosh8_ha, runtime/math/svmlSinh.ts and svmlCosh.ts)
 * emitted inline into an element-wise kernel. The main paths run here; larger |x|, infinities and NaN call
 * the JS reference. The tables 2**(±j/16)/2 (hi, lo) live in the array heap, allocated on first use and
 * never freed; the powers 2**±M are integer additions to the exponent fields, as in SVML. Each SVML FMA
 * becomes runtime/wasm/fmaCode.ts's exact sequence; cosh's last two run on operands scaled by 2**-64 past
 * 2**512, exactly as the JS reference does, so the splitting cannot overflow.
 */
import { Code, Op } from './assembler';
import { Emitter } from './fmaCode';
import { f64Table } from './heapTable';
import { T1H, T1L, T2H, T2L, EXP16, SINH_POLY, SINH_LIMIT } from '../math/svmlSinh';
import { COSH_POLY, COSH_LIMIT } from '../math/svmlCosh';

/** byte address of T1H, T1L, T2H, T2L (16 doubles each) */
const tableAddress = f64Table(() => [...T1H, ...T1L, ...T2H, ...T2L]);

interface Reduced { e: Emitter; R: number; R2: number; M: number; at: number }

/** n = round(16·a/ln2) (sinh: 1 taken as 0), R = a - (n/16)·ln2, M = n div 16, `at` = table address of j */
function reduce(c: Code, a: number, tmp: () => number, tmpI32: () => number, odd: boolean): Reduced {
  const e = new Emitter(c, tmp);
  const { RSH, INVLN2, L2H, L2L } = EXP16;
  let dM = e.fma(e.factor(a), e.konst(INVLN2), { k: RSH }, true);
  if (odd) {
    const t = tmp();
    c.f64(RSH).get(dM).get(dM).f64(RSH + 0.0625).op(Op.f64_eq, Op.select).set(t);
    dM = t;
  }
  const dN = e.sub(dM, { k: RSH });
  const n = tmpI32(), M = tmpI32(), at = tmpI32();
  c.get(dN).f64(16).op(Op.f64_mul, Op.i32_trunc_f64_s).set(n);
  c.get(n).i32(4).op(Op.i32_shr_u).set(M);
  c.get(n).i32(15).op(Op.i32_and).i32(3).op(Op.i32_shl).i32(tableAddress()).op(Op.i32_add).set(at);
  const r0 = tmp();
  c.get(a).get(dN).f64(L2H).op(Op.f64_mul, Op.f64_sub).set(r0);
  const R = e.fma(e.factor(e.mul({ k: -1 }, dN)), e.konst(L2L), r0);
  return { e, R, R2: e.mul(R, R), M, at };
}

/** table entry `k` (0 T1H, 1 T1L, 2 T2H, 3 T2L) at j with ±M added to its exponent field */
function scaled(c: Code, r: Reduced, k: number, sub: boolean, tmp: () => number): number {
  const out = tmp();
  c.get(r.at).mem(Op.f64_load, 3, 128 * k).op(Op.i64_reinterpret_f64);
  c.get(r.M).op(Op.i64_extend_i32_u).i64(52).op(Op.i64_shl, sub ? Op.i64_sub : Op.i64_add, Op.f64_reinterpret_i64).set(out);
  return out;
}

/** sinh R and cosh R - 1 from SVML's odd polynomial S3..S7 and even polynomial Q2.. (highest last) */
function sinhCosh(r: Reduced, S: number[], Q: number[]): [number, number] {
  const { e, R, R2 } = r;
  const R2f = e.factor(R2);
  const horner = (cs: number[]): number => {
    let acc = e.konst(cs[cs.length - 1]);
    let out = 0;
    for (let i = cs.length - 2; i >= 0; i--) {
      out = e.fma(R2f, acc, { k: cs[i] }, true);
      if (i > 0) acc = e.factor(out);
    }
    return out;
  };
  const sh = e.fma(e.factor(e.mul(R2, horner(S))), e.factor(R), R, true);
  return [sh, e.mul(R2, horner(Q))];
}

/** Emit NumPy's sinh of the f64 local `x`, leaving the result on the stack; `host` is bound to svmlSinh. */
export function emitSvmlSinh(c: Code, x: number, tmp: () => number, tmpI32: () => number, host: number): void {
  const res = tmp(), a = tmp();
  c.get(x).op(Op.f64_abs).set(a);
  c.get(a).f64(SINH_LIMIT).op(Op.f64_lt, Op.if, 0x40);
  const r = reduce(c, a, tmp, tmpI32, true);
  const { e } = r;
  const t1 = scaled(c, r, 0, false, tmp), t1l = scaled(c, r, 1, false, tmp), t2 = scaled(c, r, 2, true, tmp);
  // T2 lo scaled by 2**-M, or 0 when that would leave the exponent range
  const out = tmpI32();
  c.get(r.at).mem(Op.f64_load, 3, 384).op(Op.f64_abs).get(r.M).op(Op.i64_extend_i32_u).i64(52).op(Op.i64_shl, Op.f64_reinterpret_i64, Op.f64_lt).set(out);
  const t2l = scaled(c, r, 3, true, tmp);
  c.f64(0).get(t2l).get(out).op(Op.select).set(t2l);
  const D = e.sub(t1, t2), S = e.add(t1, t2);
  const lo = e.sub(e.sub(t1l, e.add(t2, e.sub(D, t1))), t2l);
  const P = SINH_POLY;
  const [sh, ch] = sinhCosh(r, [P.S3, P.S5, P.S7], [P.Q2, P.Q4, P.Q6, P.Q8]);
  const Df = e.factor(D);
  const u = e.fma(e.factor(S), e.factor(sh), e.fma(e.factor(ch), Df, lo));
  c.get(u).get(D).op(Op.f64_add).get(x).op(Op.f64_copysign).set(res);
  c.op(Op.else);
  c.get(x).op(Op.call, host).set(res);
  c.op(Op.end);
  c.get(res);
}

/** Emit NumPy's cosh of the f64 local `x`, leaving the result on the stack; `host` is bound to svmlCosh. */
export function emitSvmlCosh(c: Code, x: number, tmp: () => number, tmpI32: () => number, host: number): void {
  const res = tmp(), a = tmp();
  c.get(x).op(Op.f64_abs).set(a);
  c.get(a).f64(COSH_LIMIT).op(Op.f64_lt, Op.if, 0x40);
  const r = reduce(c, a, tmp, tmpI32, false);
  const { e } = r;
  const t1 = scaled(c, r, 0, false, tmp), t1l = scaled(c, r, 1, false, tmp), t2 = scaled(c, r, 2, true, tmp);
  const s = tmp();
  c.f64(2 ** -64).f64(1).get(r.M).i32(512).op(Op.i32_ge_u, Op.select).set(s);
  const K = COSH_POLY;
  const [sh, ch] = sinhCosh(r, [K.S3, K.S5, K.S7], [K.Q2, K.Q4, K.Q6]);
  const P = e.mul(e.add(t1, t2), s), N = e.mul(e.sub(t1, t2), s);
  const u = e.fma(e.factor(ch), e.factor(P), e.mul(t1l, s));
  const v = e.fma(e.factor(sh), e.factor(N), u);
  c.get(v).get(s).op(Op.f64_div).get(t2).op(Op.f64_add).get(t1).op(Op.f64_add).set(res);
  c.op(Op.else);
  c.get(x).op(Op.call, host).set(res);
  c.op(Op.end);
  c.get(res);
}
