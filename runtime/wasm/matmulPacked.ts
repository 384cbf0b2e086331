/**
 * Matrix products of float64/float32 matrices in WebAssembly for operands large enough to pay for copying:
 * C = A·B for one (n×k)·(k×m) pair, any element strides of A and B, C C-contiguous. The loop nest is the
 * GotoBLAS/BLIS one (Goto & van de Geijn, "Anatomy of high-performance matrix multiplication", 2008):
 *
 *   for each block of NC columns, each block of KC steps of t:
 *     pack B[t-block, col-block] into panels of NR columns, KC×NR contiguous, zero-padded
 *     for each block of MC rows:
 *       pack A[row-block, t-block] into panels of MR rows, KC×MR contiguous (zero-padded; stays in L2)
 *       for each panel of B (stays in L1), each panel of A: the MR×NR tile of C += A-panel·B-panel
 *
 * The microkernel keeps its MR×NR tile of C in MR·NR/L SIMD registers (L lanes) for the whole t-block:
 * per step it loads NR/L vectors of B and splats MR elements of A, both sequential in memory whatever the
 * operands' layout, and does MR·NR/L vector multiplies and adds — no fused multiply-add (not in WebAssembly
 * without relaxed SIMD), so each lane is ((c + a₀b₀) + a₁b₁) + … in t order. The first t-block starts
 * from 0 and later ones from the tile's stored value, so every element of C gets exactly the sum of the
 * reference triple loop, digit for digit, for any block sizes. Edge tiles run on a scratch tile.
 * float32 products and sums round to float32 at every step, as the float32 multiply/add loops do.
 *
 * The module's entry is `mm(pa, pb, pc, n, k, m, sa0, sa1, sb0, sb1, wb, wa, wt)` (strides in bytes; wb, wa,
 * wt: the caller's workspace for the packed B block, the packed A block and the scratch tile). Large
 * products give blocks of MC rows of C to both threads (`mmt`, each thread packing into its own half of
 * the workspace); a row block's elements are computed exactly as before.
 */
import { heap } from '../memory';
import { Code, Op, Simd, I32, F32, F64, V128, assemble, ValType } from './assembler';
import { compileModule } from './module';
import { ParallelFn, parallelFn, runRows, threadsReady } from '../parallel';

/** multiply-adds from which a product is shared with the helper thread (runtime/parallel.ts) */
const SHARED_FLOPS = 1 << 22;

/** Block sizes: an MR×(NV·L) register tile, KC steps of t per packed panel, MC rows and NC columns per block. */
export interface Tiling {
  mr: number;
  nv: number;
  kc: number;
  mc: number;
  nc: number;
}

const TILING: Record<'d' | 'f', Tiling> = {
  d: { mr: 4, nv: 2, kc: 256, mc: 128, nc: 2048 },
  f: { mr: 4, nv: 2, kc: 256, mc: 128, nc: 2048 },
};

export interface PackedMatmul {
  /** bytes of workspace a product of this shape needs */
  workspace(n: number, k: number, m: number): number;
  /** C = A·B with `work` pointing at `workspace(n, k, m)` bytes (16-aligned) */
  run(pa: number, pb: number, pc: number, n: number, k: number, m: number, sa0: number, sa1: number, sb0: number, sb1: number, work: number): void;
}

const cache = new Map<string, PackedMatmul | null>();

/**
 * The packed kernel for 'd' (float64) or 'f' (float32) operands, or null where WebAssembly is unavailable;
 * tests pass small block sizes to reach every block edge with small matrices.
 */
export function packedMatmul(char: 'd' | 'f', tiling: Tiling = TILING[char]): PackedMatmul | null {
  const key = `${char}${JSON.stringify(tiling)}`;
  let k = cache.get(key);
  if (k === undefined) {
    k = build(char, tiling);
    cache.set(key, k);
  }
  return k;
}

const roundUp = (x: number, q: number) => Math.ceil(x / q) * q;

/** A function body under construction: parameters, then locals handed out by `local`. */
class Fn {
  readonly c = new Code();
  readonly locals: ValType[] = [];
  constructor(readonly params: number) {}
  local(t: ValType): number {
    this.locals.push(t);
    return this.params + this.locals.length - 1;
  }
  /** `for (v = 0; v < end; v += step) body()`, `end` pushing an i32 */
  for(v: number, end: () => void, step: number, body: () => void): void {
    const c = this.c;
    c.i32(0).set(v);
    c.op(Op.block, 0x40, Op.loop, 0x40);
    c.get(v);
    end();
    c.op(Op.i32_ge_s, Op.br_if, 1);
    body();
    c.get(v).i32(step).op(Op.i32_add).set(v);
    c.op(Op.br, 0, Op.end, Op.end);
  }
  /** dst = min(cap, end - v) */
  minRest(dst: number, cap: number, end: number, v: number): void {
    const c = this.c;
    c.i32(cap).get(end).get(v).op(Op.i32_sub).tee(dst).i32(cap).get(dst).op(Op.i32_lt_s, Op.select).set(dst);
  }
}

function build(char: 'd' | 'f', { mr, nv, kc: KC, mc: MC, nc: NC }: Tiling): PackedMatmul | null {
  const f64 = char === 'd';
  const size = f64 ? 8 : 4, lanes = 16 / size, nr = nv * lanes;
  const align = f64 ? 3 : 2;
  const load = f64 ? Op.f64_load : Op.f32_load, store = f64 ? Op.f64_store : Op.f32_store;
  const vmul = f64 ? Simd.f64x2_mul : Simd.f32x4_mul, vadd = f64 ? Simd.f64x2_add : Simd.f32x4_add;
  const splatLoad = f64 ? Simd.v128_load64_splat : Simd.v128_load32_splat;
  const zero = (c: Code) => (f64 ? c.f64(0) : c.f32(0));

  // micro(ap, bp, cp, ldc, kc, init): the MR×NR tile at cp (rows ldc bytes apart) = (init ? 0 : tile) + A-panel·B-panel
  const micro = new Fn(6);
  {
    const f = micro, c = micro.c;
    const AP = 0, BP = 1, CP = 2, LDC = 3, KK = 4, INIT = 5;
    const acc = Array.from({ length: mr * nv }, () => f.local(V128));
    const vb = Array.from({ length: nv }, () => f.local(V128));
    const va = f.local(V128);
    const row = f.local(I32);
    c.get(INIT).op(Op.if, 0x40);
    for (const x of acc) zero(c).simd(f64 ? Simd.f64x2_splat : Simd.f32x4_splat).set(x);
    c.op(Op.else);
    c.get(CP).set(row);
    for (let r = 0; r < mr; r++) {
      for (let q = 0; q < nv; q++) c.get(row).simdMem(Simd.v128_load, 16 * q).set(acc[r * nv + q]);
      c.get(row).get(LDC).op(Op.i32_add).set(row);
    }
    c.op(Op.end);
    c.get(KK).op(Op.if, 0x40, Op.loop, 0x40);
    for (let q = 0; q < nv; q++) c.get(BP).simdMem(Simd.v128_load, 16 * q).set(vb[q]);
    for (let r = 0; r < mr; r++) {
      c.get(AP).simdMem(splatLoad, r * size).set(va);
      for (let q = 0; q < nv; q++) c.get(acc[r * nv + q]).get(va).get(vb[q]).simd(vmul).simd(vadd).set(acc[r * nv + q]);
    }
    c.get(AP).i32(mr * size).op(Op.i32_add).set(AP);
    c.get(BP).i32(nr * size).op(Op.i32_add).set(BP);
    c.get(KK).i32(1).op(Op.i32_sub).tee(KK).op(Op.br_if, 0, Op.end, Op.end);
    c.get(CP).set(row);
    for (let r = 0; r < mr; r++) {
      for (let q = 0; q < nv; q++) c.get(row).get(acc[r * nv + q]).simdMem(Simd.v128_store, 16 * q);
      c.get(row).get(LDC).op(Op.i32_add).set(row);
    }
  }

  /** copy an h×w tile between `from` and `to` (row strides in locals fs, ts); the element loop in scalars */
  const copyTile = (f: Fn, from: number, fs: number, to: number, ts: number, h: number, w: number) => {
    const c = f.c;
    const i = f.local(I32), j = f.local(I32);
    f.for(i, () => c.get(h), 1, () => {
      f.for(j, () => c.get(w), 1, () => {
        c.get(to).get(ts).get(i).op(Op.i32_mul, Op.i32_add).get(j).i32(size).op(Op.i32_mul, Op.i32_add);
        c.get(from).get(fs).get(i).op(Op.i32_mul, Op.i32_add).get(j).i32(size).op(Op.i32_mul, Op.i32_add);
        c.mem(load, align).mem(store, align);
      });
    });
  };

  // edge(ap, bp, cp, ldc, kc, init, h, w, wt): an h×w corner tile through the scratch tile wt
  const edge = new Fn(9);
  {
    const f = edge, c = edge.c;
    const AP = 0, BP = 1, CP = 2, LDC = 3, KK = 4, INIT = 5, H = 6, W = 7, WT = 8;
    const tld = f.local(I32);
    c.i32(nr * size).set(tld);
    c.get(INIT).op(Op.i32_eqz, Op.if, 0x40);
    copyTile(f, CP, LDC, WT, tld, H, W);
    c.op(Op.end);
    c.get(AP).get(BP).get(WT).get(tld).get(KK).get(INIT).op(Op.call, 0);
    copyTile(f, WT, tld, CP, LDC, H, W);
  }

  /**
   * pack(src, across, along, count, kc, dst): `count` lines of an operand (rows of A, columns of B), `across`
   * bytes apart, each kc elements `along` bytes apart, into panels of `width` lines: a panel holds its kc
   * steps one after the other, each `width` contiguous elements, the lines past `count` as zeros.
   */
  const packer = (width: number) => {
    const f = new Fn(6), c = f.c;
    const SRC = 0, ACROSS = 1, ALONG = 2, COUNT = 3, KK = 4, DST = 5;
    const i = f.local(I32), t = f.local(I32), have = f.local(I32), line = f.local(I32), s = f.local(I32);
    /** the kc steps of one panel, `step` copying one step from s to DST */
    const steps = (step: () => void) => {
      f.for(t, () => c.get(KK), 1, () => {
        c.get(line).set(s);
        step();
        c.get(line).get(ALONG).op(Op.i32_add).set(line);
        c.get(DST).i32(width * size).op(Op.i32_add).set(DST);
      });
    };
    /** element q of a step: from s (when `q < have`, if checked), then s moves across */
    const element = (q: number, checked: boolean) => {
      c.get(DST);
      if (checked) c.get(have).i32(q).op(Op.i32_gt_s, Op.if, f64 ? F64 : F32);
      c.get(s).mem(load, align);
      if (checked) zero(c.op(Op.else)).op(Op.end);
      c.mem(store, align, q * size);
      c.get(s).get(ACROSS).op(Op.i32_add).set(s);
    };
    f.for(i, () => c.get(COUNT), width, () => {
      f.minRest(have, width, COUNT, i);
      c.get(SRC).get(i).get(ACROSS).op(Op.i32_mul, Op.i32_add).set(line);
      c.get(have).i32(width).op(Op.i32_eq, Op.if, 0x40);
      if ((width * size) % 16 === 0) {
        // whole panel of contiguous lines: vector copies
        c.get(ACROSS).i32(size).op(Op.i32_eq, Op.if, 0x40);
        steps(() => {
          for (let q = 0; q < (width * size) / 16; q++) c.get(DST).get(s).simdMem(Simd.v128_load, 16 * q).simdMem(Simd.v128_store, 16 * q);
        });
        c.op(Op.else);
      }
      steps(() => {
        for (let q = 0; q < width; q++) element(q, false);
      });
      if ((width * size) % 16 === 0) c.op(Op.end);
      c.op(Op.else);
      steps(() => {
        for (let q = 0; q < width; q++) element(q, true);
      });
      c.op(Op.end);
    });
    return f;
  };
  const packA = packer(mr), packB = packer(nr);

  // mm: the loop nest of the header
  const mm = new Fn(13);
  {
    const f = mm, c = mm.c;
    const PA = 0, PB = 1, PC = 2, N = 3, K = 4, M = 5, SA0 = 6, SA1 = 7, SB0 = 8, SB1 = 9, WB = 10, WA = 11, WT = 12;
    const jc = f.local(I32), pc = f.local(I32), ic = f.local(I32), jr = f.local(I32), ir = f.local(I32);
    const ncb = f.local(I32), kcb = f.local(I32), mcb = f.local(I32), w = f.local(I32), h = f.local(I32);
    const init = f.local(I32), bp = f.local(I32), ap = f.local(I32), cp = f.local(I32), ldc = f.local(I32);
    c.get(M).i32(size).op(Op.i32_mul).set(ldc);
    f.for(jc, () => c.get(M), NC, () => {
      f.minRest(ncb, NC, M, jc);
      // t-blocks: at least one, so that k = 0 stores zeros
      c.i32(0).set(pc);
      c.op(Op.loop, 0x40);
      f.minRest(kcb, KC, K, pc);
      c.get(pc).op(Op.i32_eqz).set(init);
      c.get(PB).get(pc).get(SB0).op(Op.i32_mul, Op.i32_add).get(jc).get(SB1).op(Op.i32_mul, Op.i32_add);
      c.get(SB1).get(SB0).get(ncb).get(kcb).get(WB).op(Op.call, 3);
      f.for(ic, () => c.get(N), MC, () => {
        f.minRest(mcb, MC, N, ic);
        c.get(PA).get(ic).get(SA0).op(Op.i32_mul, Op.i32_add).get(pc).get(SA1).op(Op.i32_mul, Op.i32_add);
        c.get(SA0).get(SA1).get(mcb).get(kcb).get(WA).op(Op.call, 2);
        f.for(jr, () => c.get(ncb), nr, () => {
          f.minRest(w, nr, ncb, jr);
          c.get(WB).get(jr).get(kcb).op(Op.i32_mul).i32(size).op(Op.i32_mul, Op.i32_add).set(bp);
          f.for(ir, () => c.get(mcb), mr, () => {
            f.minRest(h, mr, mcb, ir);
            c.get(WA).get(ir).get(kcb).op(Op.i32_mul).i32(size).op(Op.i32_mul, Op.i32_add).set(ap);
            c.get(PC).get(ic).get(ir).op(Op.i32_add).get(ldc).op(Op.i32_mul, Op.i32_add);
            c.get(jc).get(jr).op(Op.i32_add).i32(size).op(Op.i32_mul, Op.i32_add).set(cp);
            c.get(h).i32(mr).op(Op.i32_eq).get(w).i32(nr).op(Op.i32_eq, Op.i32_and, Op.if, 0x40);
            c.get(ap).get(bp).get(cp).get(ldc).get(kcb).get(init).op(Op.call, 0);
            c.op(Op.else);
            c.get(ap).get(bp).get(cp).get(ldc).get(kcb).get(init).get(h).get(w).get(WT).op(Op.call, 1);
            c.op(Op.end);
          });
        });
      });
      c.get(pc).i32(KC).op(Op.i32_add).tee(pc).get(K).op(Op.i32_lt_s, Op.br_if, 0, Op.end);
    });
  }

  // mmt(pa, pb, pc, n, k, m, sa0, sa1, sb0, sb1, work0, wstride, bBytes, aBytes, tid): mm with the workspace
  // of thread tid (work0 + tid·wstride), for blocks of rows shared with the helper thread
  const mmt = new Fn(15);
  {
    const c = mmt.c;
    const w = mmt.local(I32);
    c.get(10).get(11).get(14).op(Op.i32_mul, Op.i32_add).set(w);
    for (let i = 0; i < 10; i++) c.get(i);
    c.get(w).get(w).get(12).op(Op.i32_add).get(w).get(12).op(Op.i32_add).get(13).op(Op.i32_add);
    c.op(Op.call, 4);
  }

  const fn = (name: string, f: Fn) => ({ name, params: new Array(f.params).fill(I32), results: [], locals: f.locals, body: f.c });
  let mmFn: (...args: number[]) => void;
  let shared: ParallelFn;
  try {
    const bytes = assemble([fn('micro', micro), fn('edge', edge), fn('packA', packA), fn('packB', packB), fn('mm', mm), fn('mmt', mmt)]);
    const mod = compileModule(bytes, 'packed matmul');
    const inst = new WebAssembly.Instance(mod, { env: { mem: heap.memory } });
    mmFn = inst.exports.mm as (...args: number[]) => void;
    shared = parallelFn(mod, 'mmt', inst.exports.mmt as (...args: number[]) => void);
  } catch (e) {
    if ((globalThis as any).process?.env?.NDPY_DEBUG_WASM) throw e;
    return null;
  }
  /** bytes of the packed B block and of the packed A block */
  const blocks = (n: number, k: number, m: number) => {
    const kc = Math.min(KC, k);
    return [kc * roundUp(Math.min(NC, m), nr) * size, kc * roundUp(Math.min(MC, n), mr) * size];
  };
  /** products worth sharing with the helper thread: blocks of MC rows, each thread with its workspace */
  const sharable = (n: number, k: number, m: number) => n >= 2 * MC && n * k * m >= SHARED_FLOPS;
  const one = (n: number, k: number, m: number) => {
    const [b, a] = blocks(n, k, m);
    return roundUp(b + a + mr * nr * size, 16);
  };
  return {
    workspace(n, k, m) {
      return sharable(n, k, m) ? 2 * one(n, k, m) : one(n, k, m);
    },
    run(pa, pb, pc, n, k, m, sa0, sa1, sb0, sb1, work) {
      const [b, a] = blocks(n, k, m);
      if (sharable(n, k, m) && threadsReady()) {
        // every element of C still gets its t-blocks in order: the digits do not depend on the split
        runRows(shared, Math.ceil(n / MC), 14, (r, x) => {
          const i0 = r * MC;
          x.splice(0, 14, pa + i0 * sa0, pb, pc + i0 * m * size, Math.min(MC, n - i0), k, m, sa0, sa1, sb0, sb1, work, one(n, k, m), b, a);
        });
        return;
      }
      mmFn(pa, pb, pc, n, k, m, sa0, sa1, sb0, sb1, work, work + b, work + b + a);
    },
  };
}
