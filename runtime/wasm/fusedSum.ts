/**
 * The sum of a fused expression over a run of elements, computed in registers: NumPy's pairwise
 * summation (reduce.ts) with the values of the expression (fused.ts's ExprEmitter) in place of loads, so
 * `((a - b)**2).sum()` reads a and b once and writes nothing. The additions are exactly those NumPy makes
 * summing the materialized temporary: below 8 elements one by one from 0; up to 128, eight accumulators
 * (r_j takes elements j, j+8, …; as SIMD lanes when every node has a SIMD instruction), combined as
 * ((r0+r1)+(r2+r3))+((r4+r5)+(r6+r7)), then the remainder one by one; above, split at
 * n2 = n/2 - (n/2)%8 and recurse (the function calls itself).
 *
 * For one run of a flat iteration space, or (`rows`) for a 2-d one, operands contiguous or stride-0
 * along a row (access classes 1 and 0). Exported `sum(n, p0, …, pk-1) → value` (rows: see
 * fusedSumKernel) in the dtype's precision, or NaN when any node's value was not finite (the caller then
 * runs the expression op by op, for NumPy's warnings). Cached like fused.ts.
 */
import { DType } from '../dtype';
import { heap } from '../memory';
import { Code, Op, Simd, I32, V128, ValType, assemble, uleb } from './assembler';
import { ExprEmitter, FusedExpr, describe, simdable, transparent } from './fused';
import { compileModule } from './module';
import { ParallelFn, parallelFn } from '../parallel';

/** `par`: the same function for rows shared with the helper thread (absent when it imports host functions) */
export type FusedSum = ((n: number, ...args: number[]) => number) & { par?: ParallelFn };

const cache = new Map<string, FusedSum | null>();

/**
 * The pairwise-sum kernel of `e` over `classes.length` operands (0 = stride-0, 1 = contiguous), or null.
 *
 * With `rows`, the elements are those of a 2-d iteration space in C order, each operand moving by its
 * class along a row and by a byte stride given at run time from row to row:
 * `sum(n, s, rowLen, scratch, p0, …, pk-1, r0, …, rk-1)` sums elements [s, s + n) of the flat order.
 * Each leaf of the pairwise tree (at most 128 elements) finds its row with one division; a leaf that
 * crosses the end of a row has its values computed into `scratch` (128 elements) row piece by row piece,
 * and is summed from there — the same additions as over the materialized array.
 */
export function fusedSumKernel(e: FusedExpr, dt: DType, classes: number[], rows = false): FusedSum | null {
  if (classes.some((k) => k !== 0 && k !== 1)) return null;
  const key = `${JSON.stringify(e)}|${dt.char}|${classes.join('')}|${rows ? 'rows' : ''}`;
  let k = cache.get(key);
  if (k === undefined) {
    k = build(e, dt, classes, rows);
    cache.set(key, k);
  }
  return k;
}

function build(e: FusedExpr, dt: DType, classes: number[], rows: boolean): FusedSum | null {
  const nl = classes.length;
  const size = dt.itemsize;
  const d64 = size === 8;
  const params: ValType[] = rows ? [I32, I32, I32, I32, ...classes.map((): ValType => I32), ...classes.map((): ValType => I32)] : [I32, ...classes.map((): ValType => I32)];
  const locals: ValType[] = [];
  const local = (t: ValType) => (locals.push(t), params.length + locals.length - 1);
  const N = 0, S = 1, L = 2, W = 3;
  /** operand i's pointer (1-d), or its first row's (rows); its row stride (rows) */
  const P = (i: number) => (rows ? 4 + i : 1 + i);
  const R = (i: number) => 4 + nl + i;
  const c = new Code();
  // a non-finite value at the root of a transparent tree makes the sum non-finite: nothing to watch
  const em = new ExprEmitter(c, dt, local, transparent(e) ? 'none' : 'nodes');
  const vt = em.vt;
  const add = d64 ? Op.f64_add : Op.f32_add;
  const load = d64 ? Op.f64_load : Op.f32_load;
  const zero = () => (d64 ? c.f64(0) : c.f32(0));
  const RES = local(vt), I = local(I32), M = local(I32);
  em.prepare(e);

  /**
   * The pairwise sum of elements 0 .. N of `x`, whose operand i is at `ptrs[i]` with class `cls[i]`, for
   * N <= 128 (each branch returns): below 8 one by one from 0, else eight accumulators then the rest.
   */
  const leafSum = (x: FusedExpr, ptrs: number[], cls: number[]): boolean => {
    /** the value at element I (scalar): operand i at ptrs[i] + I * size, or ptrs[i] for a splat */
    const element = (): boolean =>
      em.scalar(x, (i) => {
        c.get(ptrs[i]);
        if (cls[i] === 1) c.get(I).i32(size).op(Op.i32_mul, Op.i32_add);
        c.mem(load, 0);
      });
    /** RES += element I for I < N, then return RES, or NaN when a value was not finite */
    const finish = (): boolean => {
      c.op(Op.block, 0x40, Op.loop, 0x40);
      c.get(I).get(N).op(Op.i32_ge_s, Op.br_if, 1);
      c.get(RES);
      if (!element()) return false;
      c.op(add).set(RES);
      c.get(I).i32(1).op(Op.i32_add).set(I);
      c.op(Op.br, 0, Op.end, Op.end);
      c.get(RES);
      d64 ? c.f64(NaN) : c.f32(NaN);
      em.finite();
      c.op(Op.select, Op.return);
      return true;
    };

    // n < 8: one by one from 0
    c.get(N).i32(8).op(Op.i32_lt_s, Op.if, 0x40);
    zero(), c.set(RES);
    c.i32(0).set(I);
    if (!finish()) return false;
    c.op(Op.end);

    // n <= 128: eight accumulators over elements 0 .. M = n - n % 8, then the rest one by one
    c.get(N).i32(128).op(Op.i32_le_s, Op.if, 0x40);
    c.get(N).get(N).i32(8).op(Op.i32_rem_s, Op.i32_sub).set(M);
    if (simdable(x)) {
      // r_k is lane k % lanes of vector floor(k / lanes); operand pointers Q(i) walk by 8 elements
      const lanes = 16 / size, nv = 8 / lanes;
      const vadd = d64 ? Simd.f64x2_add : Simd.f32x4_add, ext = d64 ? Simd.f64x2_extract_lane : Simd.f32x4_extract_lane;
      const splat = cls.map((k, i) => {
        if (k !== 0) return -1;
        const v = local(V128);
        c.get(ptrs[i]).mem(load, 0).simd(d64 ? Simd.f64x2_splat : Simd.f32x4_splat).set(v);
        return v;
      });
      const Q = cls.map((k) => (k === 1 ? local(I32) : -1));
      const V = Array.from({ length: nv }, () => local(V128));
      const vec = (j: number) => em.vector(x, (i) => (splat[i] >= 0 ? c.get(splat[i]) : c.get(Q[i]).simdMem(Simd.v128_load, 16 * j)));
      for (let i = 0; i < cls.length; i++) if (Q[i] >= 0) c.get(ptrs[i]).set(Q[i]);
      for (let j = 0; j < nv; j++) vec(j), c.set(V[j]);
      c.i32(8).set(I);
      c.op(Op.block, 0x40, Op.loop, 0x40);
      c.get(I).get(M).op(Op.i32_ge_s, Op.br_if, 1);
      for (let i = 0; i < cls.length; i++) if (Q[i] >= 0) c.get(Q[i]).i32(8 * size).op(Op.i32_add).set(Q[i]);
      for (let j = 0; j < nv; j++) c.get(V[j]), vec(j), c.simd(vadd).set(V[j]);
      c.get(I).i32(8).op(Op.i32_add).set(I);
      c.op(Op.br, 0, Op.end, Op.end);
      const lane = (k: number) => c.get(V[Math.floor(k / lanes)]).simd(ext, k % lanes);
      lane(0), lane(1), c.op(add), lane(2), lane(3), c.op(add, add);
      lane(4), lane(5), c.op(add), lane(6), lane(7), c.op(add, add);
    } else {
      const acc = Array.from({ length: 8 }, () => local(vt));
      const at = (j: number, body: () => void) => {
        // element I + j
        c.get(I).i32(j).op(Op.i32_add).set(I);
        body();
        c.get(I).i32(j).op(Op.i32_sub).set(I);
      };
      c.i32(0).set(I);
      for (let j = 0; j < 8; j++) {
        let ok = true;
        at(j, () => (ok = element()));
        if (!ok) return false;
        c.set(acc[j]);
      }
      c.i32(8).set(I);
      c.op(Op.block, 0x40, Op.loop, 0x40);
      c.get(I).get(M).op(Op.i32_ge_s, Op.br_if, 1);
      for (let j = 0; j < 8; j++) {
        c.get(acc[j]);
        let ok = true;
        at(j, () => (ok = element()));
        if (!ok) return false;
        c.op(add).set(acc[j]);
      }
      c.get(I).i32(8).op(Op.i32_add).set(I);
      c.op(Op.br, 0, Op.end, Op.end);
      c.get(acc[0]).get(acc[1]).op(add).get(acc[2]).get(acc[3]).op(add, add);
      c.get(acc[4]).get(acc[5]).op(add).get(acc[6]).get(acc[7]).op(add, add);
    }
    c.op(add).set(RES);
    c.get(M).set(I);
    if (!finish()) return false;
    c.op(Op.end);
    return true;
  };

  if (!rows) {
    if (!leafSum(e, classes.map((_, i) => P(i)), classes)) return null;
  } else {
    // a leaf: its row and column, the operands' pointers there
    const ROW = local(I32), COL = local(I32), K = local(I32), T = local(I32);
    const Q = classes.map(() => local(I32));
    const rowStart = () => {
      for (let i = 0; i < nl; i++) c.get(P(i)).get(ROW).get(R(i)).op(Op.i32_mul, Op.i32_add).set(Q[i]);
    };
    c.get(N).i32(128).op(Op.i32_le_s, Op.if, 0x40);
    c.get(S).get(L).op(Op.i32_div_u).set(ROW);
    c.get(S).get(ROW).get(L).op(Op.i32_mul, Op.i32_sub).set(COL);
    rowStart();
    for (let i = 0; i < nl; i++) if (classes[i] === 1) c.get(Q[i]).get(COL).i32(size).op(Op.i32_mul, Op.i32_add).set(Q[i]);
    // within one row: the leaf over the operands themselves
    c.get(COL).get(N).op(Op.i32_add).get(L).op(Op.i32_le_u, Op.if, 0x40);
    if (!leafSum(e, Q, classes)) return null;
    c.op(Op.end);
    // across rows: the values into the scratch block, row piece by row piece (K left, T the next slot)
    c.get(N).set(K);
    c.get(W).set(T);
    c.op(Op.block, 0x40, Op.loop, 0x40);
    // M = min(K, L - COL) values of this row
    c.get(L).get(COL).op(Op.i32_sub).tee(M).get(K).get(M).get(K).op(Op.i32_lt_u, Op.select).set(M);
    c.get(K).get(M).op(Op.i32_sub).set(K);
    c.op(Op.block, 0x40, Op.loop, 0x40);
    c.get(M).op(Op.i32_eqz, Op.br_if, 1);
    c.get(T);
    if (!em.scalar(e, (i) => c.get(Q[i]).mem(load, 0))) return null;
    c.mem(d64 ? Op.f64_store : Op.f32_store, 0);
    c.get(T).i32(size).op(Op.i32_add).set(T);
    for (let i = 0; i < nl; i++) if (classes[i] === 1) c.get(Q[i]).i32(size).op(Op.i32_add).set(Q[i]);
    c.get(M).i32(1).op(Op.i32_sub).set(M);
    c.op(Op.br, 0, Op.end, Op.end);
    c.get(K).op(Op.i32_eqz, Op.br_if, 1);
    c.get(ROW).i32(1).op(Op.i32_add).set(ROW);
    c.i32(0).set(COL);
    rowStart();
    c.op(Op.br, 0, Op.end, Op.end);
    if (!leafSum({ leaf: 0 }, [W], [1])) return null;
    c.op(Op.end);
  }

  // split: n2 = n/2 - (n/2) % 8; sum(n2, …) + sum(n - n2, … n2 elements on) (the kernel is the function
  // after the imported host functions)
  c.get(N).i32(2).op(Op.i32_div_s).tee(I).get(I).i32(8).op(Op.i32_rem_s, Op.i32_sub).set(I);
  const self = () => c.op(Op.call, ...uleb(em.imports.length));
  if (rows) {
    const rest = () => {
      c.get(L).get(W);
      for (let i = 0; i < nl; i++) c.get(P(i));
      for (let i = 0; i < nl; i++) c.get(R(i));
    };
    c.get(I).get(S), rest(), self();
    c.get(N).get(I).op(Op.i32_sub).get(S).get(I).op(Op.i32_add), rest(), self();
  } else {
    c.get(I);
    for (let i = 0; i < nl; i++) c.get(P(i));
    self();
    c.get(N).get(I).op(Op.i32_sub);
    for (let i = 0; i < nl; i++) {
      c.get(P(i));
      if (classes[i] === 1) c.get(I).i32(size).op(Op.i32_mul, Op.i32_add);
    }
    self();
  }
  c.op(add);
  try {
    const label = `fused sum${rows ? ' rows' : ''}:${describe(e, classes.map((_, i) => `x${i}`))} ${dt.name}`;
    const mod = compileModule(assemble([{ name: 'sum', params, results: [vt], locals, body: c }], em.imports), label);
    const f = new WebAssembly.Instance(mod, { env: { mem: heap.memory, ...em.hostFns } }).exports.sum as FusedSum;
    if (em.imports.length === 0) f.par = parallelFn(mod, 'sum', f);
    return f;
  } catch (err) {
    if ((globalThis as any).process?.env?.NDPY_DEBUG_WASM) throw err;
    return null;
  }
}
