/**
 * Fused element-wise kernels: one WebAssembly function evaluates a whole expression tree of float ufuncs
 * (`a*b + c*2.0 - sqrt(a)`) per element, reading each operand once and writing one result, with no
 * temporaries in between (src/modules/numpy/fusion.ts decides when an expression may run fused).
 *
 * The kernel has the element-wise calling convention, `run(n, p0, s0, …, pOut, sOut)`, so the strided
 * outer loop and chunking of runtime/ufunc.ts drive it. Every node computes in the operands' dtype
 * (float32 nodes in f32, so each rounds as the unfused ufunc would) with the scalar loops' instructions
 * (elementwise.ts floatOp); where every node has a SIMD instruction and the operands are contiguous or
 * stride-0 splats, a vector loop of 16 bytes runs first and the scalar loop finishes the tail. The
 * kernel returns 1 when every node's value was finite: otherwise the caller re-runs the expression
 * unfused, which raises NumPy's floating-point warnings and errors op by op.
 *
 * Kernels are cached by expression structure, dtype and the access class of each operand's inner
 * stride (0, contiguous, other) — never by shape, so a new size does not compile anything.
 */
import { DType } from '../dtype';
import { Code, Op, Simd, I32, F32, F64, V128, ValType, ImportDef, assemble } from './assembler';
import { Kernel, floatOp, SIMD_BINARY, SIMD_UNARY, kernelOf } from './elementwise';
import { SVML_EMIT } from './svmlCode';
import { SVML_FLOAT64 } from '../math/svml';
import { compileModule } from './module';
import { trace } from '../debug';

/** A fused expression: operand `leaf` i, or a float ufunc (by NumPy name) of sub-expressions. */
export type FusedExpr = { leaf: number } | { op: string; args: FusedExpr[] };

/** float64 ufuncs whose NumPy loop follows SVML, emitted inline (svmlCode.ts), with their JS reference for rare arguments */
const SVML_OPS = new Set(['exp', 'log']);

/**
 * The float ufuncs a fused kernel evaluates (floatOp's scalar forms; the first group also as SIMD;
 * exp and log for float64 only — a float32 expression using them is not fused).
 */
export const FUSABLE = new Set([...Object.keys(SIMD_BINARY), ...Object.keys(SIMD_UNARY), 'maximum', 'minimum', 'fmax', 'fmin', 'positive', ...SVML_OPS]);

/** `a*b + c` style text of an expression, leaves named by `names` (NDPY_DEBUG and tests). */
export function describe(e: FusedExpr, names: string[]): string {
  return 'leaf' in e ? names[e.leaf] : `${e.op}(${e.args.map((x) => describe(x, names)).join(', ')})`;
}

const cache = new Map<string, Kernel | null>();

/**
 * The kernel for `e` over `nleaves` operands of dtype `dt` (float32 or float64) whose inner byte strides
 * are `steps` (one per operand, then the output's), or null when WebAssembly is unavailable.
 */
export function fusedKernel(e: FusedExpr, nleaves: number, dt: DType, steps: number[]): Kernel | null {
  const size = dt.itemsize;
  const classes = steps.map((s) => (s === 0 ? 0 : s === size ? 1 : 2));
  const key = `${JSON.stringify(e)}|${dt.char}|${classes.join('')}`;
  let k = cache.get(key);
  if (k === undefined) {
    if (trace.level >= 2) trace.write(fusedIR(e, nleaves, dt, classes));
    k = build(e, nleaves, dt, classes);
    cache.set(key, k);
  }
  return k;
}

const ACCESS = ['stride-0', 'contiguous', 'strided'];

/**
 * The IR of a new fused kernel (NDPY_DEBUG=2): one SSA line per node, the operands' access classes, and
 * which loops the kernel has. The cache key is this structure + dtype + access classes, never the shape.
 */
export function fusedIR(e: FusedExpr, nleaves: number, dt: DType, classes: number[]): string {
  const lines: string[] = [];
  // each operand is loaded once per element, however often the expression uses it
  const loaded = new Map<number, string>();
  const node = (x: FusedExpr): string => {
    if ('leaf' in x && loaded.has(x.leaf)) return loaded.get(x.leaf)!;
    const args = 'leaf' in x ? [`x${x.leaf}`] : x.args.map(node);
    const v = `%${lines.length}`;
    if ('leaf' in x) loaded.set(x.leaf, v);
    lines.push(`  ${v} = ${'leaf' in x ? 'load' : x.op} ${args.join(', ')}`);
    return v;
  };
  const root = node(e);
  lines.push(`  store out, ${root}`);
  const access = classes.map((k, i) => `${i === nleaves ? 'out' : `x${i}`} ${ACCESS[k]}`).join(', ');
  const loops = simdable(e) && classes.every((k) => k !== 2) && classes[nleaves] === 1 ? `${dt.itemsize === 8 ? 'f64x2' : 'f32x4'} SIMD loop + scalar tail` : 'scalar loop';
  return `ndpy: fused IR ${dt.name} (${access}; ${loops}):\n${lines.join('\n')}\n`;
}

export function simdable(e: FusedExpr): boolean {
  return 'leaf' in e || ((e.op in SIMD_BINARY || e.op in SIMD_UNARY) && e.args.every(simdable));
}

/**
 * Emitters of an expression's value (src/modules/numpy/fusion.ts's trees) into code `c`, shared by the
 * element-wise kernel here and the fused pairwise sum (fusedSum.ts). `vector(e, leaf)` leaves a v128 of
 * lanes on the stack (every node SIMD: see `simdable`), `scalar(e, leaf)` one value, or returns false
 * when a node has no scalar form; `leaf(i)` pushes operand i. Values go into a finiteness accumulator
 * (`r - r` is 0 only for finite r) — every node's, or only the root's when the tree is `transparent`, or
 * none — and `finite()` pushes 1 when all were finite.
 */
export class ExprEmitter {
  readonly d64: boolean;
  readonly vt: ValType;
  readonly imports: ImportDef[] = [];
  readonly hostFns: Record<string, Function> = {};
  private readonly vacc: number;
  private readonly sacc: number;
  private one = -1;

  constructor(readonly c: Code, readonly dt: DType, readonly local: (t: ValType) => number, readonly track: 'nodes' | 'root' | 'none' = 'nodes') {
    this.d64 = dt.itemsize === 8;
    this.vt = this.d64 ? F64 : F32;
    this.vacc = local(V128);
    this.sacc = local(this.vt);
  }

  /** set up before any loop: the splatted 1.0 that vector reciprocals use */
  prepare(e: FusedExpr): void {
    if (!uses(e, 'reciprocal')) return;
    this.one = this.local(V128);
    (this.d64 ? this.c.f64(1) : this.c.f32(1)).simd(this.d64 ? Simd.f64x2_splat : Simd.f32x4_splat).set(this.one);
  }

  vector(x: FusedExpr, leaf: (i: number) => void, root = true): void {
    const c = this.c, d64 = this.d64;
    if ('leaf' in x) return leaf(x.leaf);
    const ops = x.args.length === 2 ? SIMD_BINARY[x.op] : SIMD_UNARY[x.op];
    const op = d64 ? ops[0] : ops[1];
    if (x.op === 'reciprocal') c.get(this.one);
    if (x.op === 'square') {
      const t = this.local(V128);
      this.vector(x.args[0], leaf, false);
      c.tee(t).get(t);
    } else for (const a of x.args) this.vector(a, leaf, false);
    c.simd(op);
    if (!this.tracks(root)) return;
    // the node's value stays on the stack; r - r of it is OR-ed into vacc
    const r = this.local(V128);
    c.tee(r).get(this.vacc).get(r).get(r).simd(d64 ? Simd.f64x2_sub : Simd.f32x4_sub).simd(Simd.v128_or).set(this.vacc);
  }

  scalar(x: FusedExpr, leaf: (i: number) => void, root = true): boolean {
    const c = this.c, vt = this.vt, d64 = this.d64;
    if ('leaf' in x) {
      leaf(x.leaf);
      return true;
    }
    const argLocals: number[] = [];
    for (const a of x.args) {
      if (!this.scalar(a, leaf, false)) return false;
      const t = this.local(vt);
      c.set(t);
      argLocals.push(t);
    }
    if (SVML_OPS.has(x.op)) {
      const fn = SVML_FLOAT64[x.op];
      const emit = d64 && fn ? SVML_EMIT.get(fn) : undefined;
      if (!emit) return false;
      let h = this.imports.findIndex((d) => d.name === x.op);
      if (h < 0) {
        this.imports.push({ name: x.op, params: [F64], results: [F64] });
        this.hostFns[x.op] = fn;
        h = this.imports.length - 1;
      }
      emit(c, argLocals, () => this.local(F64), () => this.local(I32), h, []);
    } else if (!floatOp(x.op, { c, a: argLocals[0], b: argLocals[1] ?? argLocals[0], dt: this.dt, tmp: () => this.local(vt) })) return false;
    if (!this.tracks(root)) return true;
    const r = this.local(vt);
    c.tee(r).get(this.sacc).get(r).get(r).op(d64 ? Op.f64_sub : Op.f32_sub, d64 ? Op.f64_add : Op.f32_add).set(this.sacc);
    return true;
  }

  private tracks(root: boolean): boolean {
    return this.track === 'nodes' || (this.track === 'root' && root);
  }

  finite(): void {
    if (this.track === 'none') {
      this.c.i32(1);
      return;
    }
    this.c.get(this.sacc).get(this.sacc).op(this.d64 ? Op.f64_eq : Op.f32_eq).get(this.vacc).simd(Simd.v128_any_true).op(Op.i32_eqz, Op.i32_and);
  }
}

/** ops through which a non-finite argument always gives a non-finite value (in any argument position) */
const PROPAGATING = new Set(['add', 'subtract', 'multiply', 'negative', 'positive', 'absolute', 'fabs', 'square', 'sqrt', 'log']);

/**
 * True when a non-finite value arising at any node (overflow, division by zero, an invalid operation:
 * the events NumPy warns about) necessarily makes the root's value non-finite, so watching the root is
 * enough. Ops that can turn a non-finite argument into a finite value (a divisor, exp, reciprocal, the
 * min/max family: x / inf = 0, exp(-inf) = 0, fmax(nan, 1) = 1) may only have operands there — an input
 * that is not finite is no event.
 */
export function transparent(e: FusedExpr): boolean {
  if ('leaf' in e) return true;
  if (PROPAGATING.has(e.op)) return e.args.every(transparent);
  if (e.op === 'true_divide' || e.op === 'divide') return transparent(e.args[0]) && 'leaf' in e.args[1];
  return e.args.every((a) => 'leaf' in a);
}

function uses(e: FusedExpr, op: string): boolean {
  return !('leaf' in e) && (e.op === op || e.args.some((a) => uses(a, op)));
}

function build(e: FusedExpr, nleaves: number, dt: DType, classes: number[]): Kernel | null {
  const d64 = dt.itemsize === 8;
  const size = dt.itemsize;
  const params: ValType[] = [I32];
  for (let i = 0; i <= nleaves; i++) params.push(I32, I32);
  const locals: ValType[] = [];
  const local = (t: ValType) => (locals.push(t), params.length + locals.length - 1);
  const n = 0;
  const ptr = (i: number) => 1 + 2 * i;
  const stride = (i: number) => 2 + 2 * i;
  const out = nleaves;
  const c = new Code();
  const em = new ExprEmitter(c, dt, local, transparent(e) ? 'root' : 'nodes');
  em.prepare(e);

  // ---- vector loop: contiguous operands and splats, every node with a SIMD instruction ----
  if (simdable(e) && classes.every((k) => k !== 2) && classes[out] === 1) {
    const lanes = 16 / size;
    const splat = classes.slice(0, nleaves).map((k, i) => {
      if (k !== 0) return -1;
      const v = local(V128);
      c.get(ptr(i)).mem(d64 ? Op.f64_load : Op.f32_load, 0).simd(d64 ? Simd.f64x2_splat : Simd.f32x4_splat).set(v);
      return v;
    });
    c.op(Op.block, 0x40, Op.loop, 0x40);
    c.get(n).i32(lanes).op(Op.i32_lt_u, Op.br_if, 1);
    c.get(ptr(out));
    em.vector(e, (i) => (splat[i] >= 0 ? c.get(splat[i]) : c.get(ptr(i)).simdMem(Simd.v128_load)));
    c.simdMem(Simd.v128_store);
    for (let i = 0; i <= nleaves; i++) if (i === out || splat[i] < 0) c.get(ptr(i)).i32(16).op(Op.i32_add).set(ptr(i));
    c.get(n).i32(lanes).op(Op.i32_sub).set(n);
    c.op(Op.br, 0, Op.end, Op.end);
  }

  // ---- scalar loop: any strides, every fusable op ----
  const val = Array.from({ length: nleaves }, () => local(em.vt));
  c.op(Op.block, 0x40, Op.loop, 0x40);
  c.get(n).op(Op.i32_eqz, Op.br_if, 1);
  for (let i = 0; i < nleaves; i++) c.get(ptr(i)).mem(d64 ? Op.f64_load : Op.f32_load, 0).set(val[i]);
  c.get(ptr(out));
  if (!em.scalar(e, (i) => c.get(val[i]))) return null;
  c.mem(d64 ? Op.f64_store : Op.f32_store, 0);
  for (let i = 0; i <= nleaves; i++) c.get(ptr(i)).get(stride(i)).op(Op.i32_add).set(ptr(i));
  c.get(n).i32(1).op(Op.i32_sub).set(n);
  c.op(Op.br, 0, Op.end, Op.end);
  // 1 when every node's value was finite
  em.finite();
  try {
    const mod = compileModule(assemble([{ name: 'run', params, results: [I32], locals, body: c }], em.imports), `fused ${describe(e, [...Array(nleaves).keys()].map((i) => `x${i}`))} ${dt.name}`);
    const k = kernelOf(mod, em.hostFns);
    k.checksFinite = true;
    return k;
  } catch (err) {
    if ((globalThis as any).process?.env?.NDPY_DEBUG_WASM) throw err;
    return null;
  }
}
