/**
 * NumPy's float64 log (SVML's log8_ha, runtime/math/svmlLog.ts) emitted inline into an element-wise
 * kernel. Positive normal arguments run here; zeros, negatives, subnormals, infinities and NaN call the JS
 * reference. The reciprocal step (32·rcp for each 16-bit fraction prefix, 64 KiB of bytes) and the
 * 16-entry -log(rcp) table (hi, lo) live in the array heap, allocated on first use and never freed.
 * Each SVML FMA becomes runtime/wasm/fmaCode.ts's exact sequence; the products that SVML rounds but that
 * are exact (E·ln2 halves, j·m split in halves) are plain operations, as in the JS reference.
 */
import { Code, Op } from './assembler';
import { Emitter, type Factor } from './fmaCode';
import { heap, Block } from '../memory';
import { LOG_CONST as K, LOG_TH, LOG_TL, RCP_J } from '../math/svmlLog';

let table: Block | null = null;
/** byte address of RCP_J (65536 bytes, shared with log10's and log1p's kernels) followed by 16 × (Th, Tl) */
export function tableAddress(): number {
  if (!table) {
    table = heap.alloc(65536 + 16 * 16);
    new Uint8Array(heap.buffer).set(RCP_J, table.ptr);
    const dv = heap.view();
    for (let i = 0; i < 16; i++) {
      dv.setFloat64(table.ptr + 65536 + 16 * i, LOG_TH[i], true);
      dv.setFloat64(table.ptr + 65536 + 16 * i + 8, LOG_TL[i], true);
    }
  }
  return table.ptr;
}

/**
 * The argument reduction log and log10 share, for a positive normal f64 local `x` (tested by the caller):
 * sets and returns the locals j (32·rcp, i32), E (the exponent, raised when rcp < 0.75) and R = j·m/32 - 1,
 * exact. `rcp` is the byte address of RCP_J (tableAddress()).
 */
export function emitLogReduction(c: Code, x: number, tmp: () => number, tmpI32: () => number, rcp: number): { j: number; E: number; R: number } {
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
  return { j, E, R };
}

/**
 * The part of log's arithmetic log1p shares, after the reduction to R (|R| < 1/32) and the table index j:
 * the degree-9 polynomial's R²-factor and value, the address of the -log(rcp) entry (hi, lo) and
 * th = E·ln2hi + Th (exact, as in the JS reference).
 */
export function emitLogPolynomial(c: Code, e: Emitter, R: number, j: number, E: number, tmp: () => number, tmpI32: () => number): { R2f: Factor; poly: number; at: number; th: number } {
  const Rf = e.factor(R);
  const R2 = e.mul(R, R);
  const R2f = e.factor(R2);
  // |R| < 1/32: in the polynomial the addend dominates each product
  const a = e.fma(R2f, e.factor(e.fma(Rf, e.konst(K.C9), { k: K.C8 }, true)), e.fma(Rf, e.konst(K.C7), { k: K.C6 }, true), true);
  const b = e.fma(R2f, e.factor(e.fma(Rf, e.konst(K.C5), { k: K.C4 }, true)), e.fma(Rf, e.konst(K.C3), { k: K.C2 }, true), true);
  const poly = e.fma(e.factor(e.mul(R2, R2)), e.factor(a), b, true);
  const at = tmpI32();
  c.get(j).i32(15).op(Op.i32_and).i32(4).op(Op.i32_shl).i32(tableAddress() + 65536).op(Op.i32_add).set(at);
  const th = tmp();
  c.get(E).f64(K.LN2_HI).op(Op.f64_mul).get(at).mem(Op.f64_load, 3, 0).op(Op.f64_add).set(th);
  return { R2f, poly, at, th };
}

/**
 * Emit NumPy's log of the f64 local `x`, leaving the result on the stack. `tmp` and `tmpI32` allocate
 * f64 and i32 locals; `host` is the import index of a function (f64) -> f64 bound to `svmlLog`.
 */
export function emitSvmlLog(c: Code, x: number, tmp: () => number, tmpI32: () => number, host: number): void {
  const e = new Emitter(c, tmp);
  const base = tableAddress();
  const res = tmp();
  c.get(x).f64(2.2250738585072014e-308).op(Op.f64_ge);
  c.get(x).f64(Infinity).op(Op.f64_lt, Op.i32_and, Op.if, 0x40);
  const { j, E, R } = emitLogReduction(c, x, tmp, tmpI32, base);
  const { R2f, poly, at, th } = emitLogPolynomial(c, e, R, j, E, tmp, tmpI32);
  const high = e.add(R, th);
  const rl = e.sub(R, e.sub(high, th));
  const q = e.fma(R2f, e.factor(poly), rl);
  c.get(q).get(E).f64(K.LN2_LO).op(Op.f64_mul).get(at).mem(Op.f64_load, 3, 8).op(Op.f64_add, Op.f64_add).get(high).op(Op.f64_add).set(res);
  c.op(Op.else);
  c.get(x).op(Op.call, host).set(res);
  c.op(Op.end);
  c.get(res);
}
