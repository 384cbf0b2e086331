/**
 * NumPy's float64 exp (SVML's exp8_ha main path, runtime/math/svmlExp.ts) emitted inline into an
 * element-wise kernel, so np.exp runs without a call into JS per element. Arguments outside the main
 * path (|x| ≥ 707.70…, infinities, NaN) call the JS reference instead.
 *
 * Every SVML fused multiply-add becomes the exact sequence of runtime/math/fma.ts: Dekker's product (the
 * constant factors are split once, here, and each variable factor once per element), two two-sums, one
 * rounding, and the midpoint correction as a branch-free select. The table of 2**(j/16) lives in the
 * array heap (allocated on first use and never freed): per entry Th, Tlr and Th's two Dekker halves.
 */
import { Code, Op } from './assembler';
import { Emitter, Factor, split } from './fmaCode';
import { heap, Block } from '../memory';
import { EXP_CONST as K, EXP_TABLE } from '../math/svmlExp';

let table: Block | null = null;
/** byte address of the 16-entry table (32 bytes per entry: Th, Tlr, Th's high and low halves) */
function tableAddress(): number {
  if (!table) {
    table = heap.alloc(16 * 32);
    const dv = heap.view();
    for (let j = 0; j < 16; j++) {
      const th = EXP_TABLE[8 * j];
      const [h, l] = split(th);
      const at = table.ptr + 32 * j;
      dv.setFloat64(at, th, true);
      dv.setFloat64(at + 8, EXP_TABLE[8 * j + 1], true);
      dv.setFloat64(at + 16, h, true);
      dv.setFloat64(at + 24, l, true);
    }
  }
  return table.ptr;
}

/**
 * Emit NumPy's exp of the f64 local `x`, leaving the result on the stack. `tmp` and `tmpI32` allocate
 * f64 and i32 locals; `host` is the import index of a function (f64) -> f64 bound to `svmlExp`.
 */
export function emitSvmlExp(c: Code, x: number, tmp: () => number, tmpI32: () => number, host: number): void {
  const e = new Emitter(c, tmp);
  const res = tmp();
  c.get(x).op(Op.f64_abs).f64(K.threshold).op(Op.f64_lt, Op.if, 0x40);
  // n = floor(16·x·log2e)/16: only an integral 16·p can lie above the exact product
  const p = e.mul(x, { k: K.log2e });
  const p16 = e.mul(p, { k: 16 });
  const nf = tmp();
  c.get(p16).op(Op.f64_floor).set(nf);
  c.get(nf).get(p16).op(Op.f64_eq, Op.if, 0x40);
  {
    // the exact error x·log2e - p is fma(x, log2e, -p)
    const exact = e.fma(e.factor(x), e.konst(K.log2e), e.sub({ k: 0 }, p));
    c.get(nf).f64(1).op(Op.f64_sub).get(nf).get(exact).f64(0).op(Op.f64_lt, Op.select).set(nf);
  }
  c.op(Op.end);
  const n = e.mul(nf, { k: 1 / 16 });
  const m = tmp();
  c.get(n).op(Op.f64_floor).set(m);
  // table entry address: base + 32·j with j = 16·(n - m)
  const at = tmpI32();
  c.get(nf).get(m).f64(16).op(Op.f64_mul, Op.f64_sub, Op.i32_trunc_f64_s).i32(5).op(Op.i32_shl).i32(tableAddress()).op(Op.i32_add).set(at);
  // n = k/16 with |k| < 2**15: exact in 26 bits, so it needs no splitting
  const negNv = e.sub({ k: 0 }, n);
  const negN: Factor = { v: negNv, hi: negNv, lo: null, konst: false };
  const r = e.fma(negN, e.konst(K.ln2Lo), e.fma(negN, e.konst(K.ln2Hi), x));
  const rf = e.factor(r);
  const r2 = e.factor(e.mul(r, r));
  // 0 <= r < ln2/16, so in the polynomial and the last step the addend dominates the product
  let a = e.fma(rf, e.konst(K.c6), { k: K.c5 }, true);
  const b = e.fma(rf, e.konst(K.c4), { k: K.c3 }, true);
  const d = e.fma(rf, e.konst(K.c2), { k: K.c1 }, true);
  a = e.fma(r2, e.factor(a), b, true);
  a = e.fma(r2, e.factor(a), d, true);
  const th = tmp(), tlr = tmp(), thHi = tmp(), thLo = tmp();
  c.get(at).mem(Op.f64_load, 3, 0).set(th);
  c.get(at).mem(Op.f64_load, 3, 8).set(tlr);
  c.get(at).mem(Op.f64_load, 3, 16).set(thHi);
  c.get(at).mem(Op.f64_load, 3, 24).set(thLo);
  const q = e.fma(e.factor(a), rf, tlr);
  const s = e.fma({ v: th, hi: thHi, lo: thLo, konst: false }, e.factor(q), th, true);
  // 2**m for -1022 <= m <= 1021, built from its exponent bits
  c.get(s).get(m).op(Op.i64_trunc_f64_s).i64(1023).op(Op.i64_add).i64(52).op(Op.i64_shl, Op.f64_reinterpret_i64, Op.f64_mul).set(res);
  c.op(Op.else);
  c.get(x).op(Op.call, host).set(res);
  c.op(Op.end);
  c.get(res);
}
