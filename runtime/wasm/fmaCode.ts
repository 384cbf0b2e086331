/**
 * A fused multiply-add for generated WebAssembly: straight-line f64 code over locals that rounds a·b + c
 * once, the exact sequence of runtime/math/fma.ts (Dekker's product with each factor split once — constants
 * at build time —, two two-sums, one rounding and the midpoint correction as a branch-free select). The SVML
 * ports (svmlExpCode.ts, svmlLogCode.ts, …) build their kernels from it, so WebAssembly without the FMA
 * instruction reproduces NumPy's AVX-512 arithmetic bit for bit; where the engine has a fused one
 * (hardwareFma.ts) it is used instead.
 */
import { Code, Op, Simd } from './assembler';
import { hardwareFma, RELAXED_MADD_F64X2 } from './hardwareFma';

const SPLIT = 134217729; // 2**27 + 1
export const split = (v: number): [number, number] => {
  const t = SPLIT * v;
  const hi = t - (t - v);
  return [hi, v - hi];
};

/** a factor of a product: a local with its Dekker halves in locals (lo null when the value has at most 26
 * significant bits, so hi is the value itself), or a constant split at build time */
export type Factor = { v: number; hi: number; lo: number | null; konst: boolean };
export type Operand = number | { k: number };

/**
 * straight-line f64 code over locals: each helper leaves its result in a fresh local. With `hw` (the
 * engine fuses relaxed SIMD's multiply-add, hardwareFma.ts) `fma` is that one instruction and factors
 * need no halves.
 */
export class Emitter {
  constructor(
    readonly c: Code,
    readonly tmp: () => number,
    readonly hw = hardwareFma(),
  ) {}
  /** push a local or a constant */
  private push(x: Operand): void {
    if (typeof x === 'number') this.c.get(x);
    else this.c.f64(x.k);
  }
  bin(op: number, a: Operand, b: Operand): number {
    this.push(a);
    this.push(b);
    const r = this.tmp();
    this.c.op(op).set(r);
    return r;
  }
  add = (a: Operand, b: Operand) => this.bin(Op.f64_add, a, b);
  sub = (a: Operand, b: Operand) => this.bin(Op.f64_sub, a, b);
  mul = (a: Operand, b: Operand) => this.bin(Op.f64_mul, a, b);
  factor(v: number): Factor {
    if (this.hw) return { v, hi: v, lo: null, konst: false };
    const t = this.mul({ k: SPLIT }, v);
    const hi = this.sub(t, this.sub(t, v));
    return { v, hi, lo: this.sub(v, hi), konst: false };
  }
  konst(x: number): Factor {
    const [hi, lo] = split(x);
    return { v: x, hi, lo, konst: true };
  }
  private ref(f: Factor, x: number): Operand {
    return f.konst ? { k: x } : x;
  }
  /**
   * round(a·b + c) once (runtime/math/fma.ts); `cDominates` when |c| >= |a·b| is known, so the first
   * two-sum may be Fast2Sum
   */
  fma(a: Factor, b: Factor, c: Operand, cDominates = false): number {
    if (this.hw) {
      for (const x of [this.ref(a, a.v), this.ref(b, b.v), c]) {
        this.push(x);
        this.c.simd(Simd.f64x2_splat);
      }
      const r = this.tmp();
      this.c.simd(RELAXED_MADD_F64X2).simd(Simd.f64x2_extract_lane, 0).set(r);
      return r;
    }
    const [av, ah] = [this.ref(a, a.v), this.ref(a, a.hi)];
    const [bv, bh, bl] = [this.ref(b, b.v), this.ref(b, b.hi), this.ref(b, b.lo!)];
    const p = this.mul(av, bv);
    // pl = al·bl - (((p - ah·bh) - al·bh) - ah·bl), or (ah·bh - p) + ah·bl when al = 0
    let pl: number;
    if (a.lo === null) pl = this.add(this.sub(this.mul(ah, bh), p), this.mul(ah, bl));
    else {
      const al = this.ref(a, a.lo);
      pl = this.sub(this.mul(al, bl), this.sub(this.sub(this.sub(p, this.mul(ah, bh)), this.mul(al, bh)), this.mul(ah, bl)));
    }
    const s = this.add(p, c);
    let e: number;
    if (cDominates) e = this.sub(p, this.sub(s, c));
    else {
      const bb = this.sub(s, p);
      e = this.add(this.sub(p, this.sub(s, bb)), this.sub(c, bb));
    }
    const t = this.add(e, pl);
    const bb = this.sub(t, e);
    const t2 = this.add(this.sub(e, this.sub(t, bb)), this.sub(pl, bb));
    const z = this.add(s, t);
    const r2 = this.mul({ k: 2 }, this.sub(t, this.sub(z, s)));
    const up = this.add(z, r2);
    // z + 2r when s + t is a midpoint (z + 2r - z == 2r, r != 0) and t2 lies on r's side
    const { c: code } = this;
    const out = this.tmp();
    code.get(up).get(z);
    code.get(up).get(z).op(Op.f64_sub).get(r2).op(Op.f64_eq);
    code.get(r2).f64(0).op(Op.f64_ne, Op.i32_and);
    code.get(t2).f64(0).op(Op.f64_ne, Op.i32_and);
    code.get(r2).f64(0).op(Op.f64_gt).get(t2).f64(0).op(Op.f64_gt, Op.i32_eq, Op.i32_and);
    code.op(Op.select).set(out);
    return out;
  }
}
