/**
 * The array fuser behind `$fuse` (src/interp/fusion.ts, src/compile/fusion.ts): an expression such as
 * `a*b + c*2.0 - np.sqrt(a)` over float64 (or float32) arrays and Python numbers runs as one WebAssembly
 * kernel (runtime/wasm/fused.ts) that reads each array once and writes one new array — no temporaries,
 * one pass over memory instead of five.
 *
 * It fuses only when the result is certainly the one the operators would give one by one: every array
 * operand is an exact ndarray of one native float dtype; numbers are Python ints and floats (weak
 * scalars, cast to that dtype as NumPy casts them) or NumPy scalars of the same dtype; a sub-expression of
 * numbers alone is computed first by Python's rules; calls are the genuine numpy ufuncs; the shapes
 * broadcast; the result would be C-ordered. Each node rounds in the dtype, as its ufunc would. If a
 * node's value is NaN or infinite anywhere, the fused result is dropped and the expression runs
 * operator by operator, so NumPy's floating-point warnings and errors appear exactly as before. Anything
 * else also runs operator by operator.
 */
import * as D from '../../../runtime/dtype';
import { DType } from '../../../runtime/dtype';
import { NDArray, broadcastShapes, broadcastStrides, coalesce, shapeSize } from '../../../runtime/ndarray';
import { runKernel, wasmOn } from '../../../runtime/ufunc';
import { fusedKernel, FusedExpr, FUSABLE, describe } from '../../../runtime/wasm/fused';
import { PyModule, PyFloat } from '../../objects/values';
import { getAttr } from '../../objects/attrs';
import { evalTemplate, setFuser, Tpl, FuseTemplate } from '../../interp/fusion';
import { NDArrayType } from './arrayType';
import { PyUfunc, scalarArray } from './ufuncs';
import { ufunc } from './ufuncTable';
import { NPScalar } from './scalars';
import { allocArray } from './coerce';

const DEBUG = Number((globalThis as any).process?.env?.NDPY_DEBUG ?? 0) || 0;

/** fused expressions run, and the last one's IR (`describe`), for tests and NDPY_DEBUG */
export const fusedRuns = { n: 0, last: '' };

/** what a template node is, once its leaves' values are known */
type Part = { arr: FusedExpr } | { val: any };

class Decline extends Error {}
const decline = (): never => {
  throw new Decline();
};

const BIN_OPS: Record<string, string> = { '+': 'add', '-': 'subtract', '*': 'multiply', '/': 'true_divide' };

/** The fused form of template `t`: the array leaves it reads go in `arrays` (with their leaf numbers). */
function plan(t: Tpl, v: any[], arrays: NDArray[], leafOf: Map<NDArray, number>, dt: { d: DType | null }): Part {
  if (!hasArray(t, v)) {
    // numbers only: Python (or NumPy scalar) arithmetic first, the result joins as one weak scalar
    if (hasCall(t)) decline();
    return { val: evalTemplate(t, v) };
  }
  switch (t.t) {
    case 'leaf': {
      const a = v[t.i] as NDArray;
      if ((a as any).cls !== NDArrayType || a.dtype.kind !== 'f' || !a.dtype.isNative || (a.dtype !== D.float64 && a.dtype !== D.float32)) decline();
      if (dt.d === null) dt.d = a.dtype;
      else if (dt.d !== a.dtype) decline();
      // an array named twice (`a*b - np.sqrt(a)`) is read once per element
      let k = leafOf.get(a);
      if (k === undefined) {
        k = arrays.length;
        arrays.push(a);
        leafOf.set(a, k);
      }
      return { arr: { leaf: k } };
    }
    case 'neg':
      return { arr: { op: 'negative', args: [arrExpr(plan(t.x, v, arrays, leafOf, dt))] } };
    case 'bin': {
      const l = plan(t.l, v, arrays, leafOf, dt);
      const r = plan(t.r, v, arrays, leafOf, dt);
      if (t.op === '**') {
        // NumPy's fast_scalar_power (and the stride-0 power loop): x**2 = x*x, x**-1 = 1/x, x**0.5 = sqrt
        if (!('arr' in l) || !('val' in r)) return decline();
        const e = numberOf(r.val);
        const op = e === 2 ? 'square' : e === -1 ? 'reciprocal' : e === 0.5 ? 'sqrt' : decline();
        return { arr: { op, args: [l.arr] } };
      }
      return { arr: { op: BIN_OPS[t.op], args: [operand(l), operand(r)] } };
    }
    case 'call': {
      const m = v[t.m];
      if (!(m instanceof PyModule)) return decline();
      const f = getAttr(m, t.attr);
      if (!(f instanceof PyUfunc) || ufunc(f.name) !== f || f.nout !== 1 || f.nin !== t.args.length || !FUSABLE.has(f.op)) return decline();
      const args = t.args.map((a) => operand(plan(a, v, arrays, leafOf, dt)));
      return { arr: { op: f.op, args } };
    }
  }
}

function arrExpr(p: Part): FusedExpr {
  return 'arr' in p ? p.arr : decline();
}

/** a scalar operand becomes a leaf holding its value (converted once the dtype is known) */
const pendingScalars = new Map<FusedExpr, any>();
function operand(p: Part): FusedExpr {
  if ('arr' in p) return p.arr;
  const e: FusedExpr = { leaf: -1 };
  pendingScalars.set(e, p.val);
  return e;
}

function numberOf(v: any): number | null {
  if (typeof v === 'number') return v;
  if (v instanceof PyFloat) return v.v;
  return null;
}

function hasArray(t: Tpl, v: any[]): boolean {
  switch (t.t) {
    case 'leaf': return v[t.i] instanceof NDArray;
    case 'neg': return hasArray(t.x, v);
    case 'bin': return hasArray(t.l, v) || hasArray(t.r, v);
    case 'call': return t.args.some((a) => hasArray(a, v));
  }
}
function hasCall(t: Tpl): boolean {
  switch (t.t) {
    case 'leaf': return false;
    case 'neg': return hasCall(t.x);
    case 'bin': return hasCall(t.l) || hasCall(t.r);
    case 'call': return true;
  }
}

/** a weak Python number or same-dtype NumPy scalar as a value of dtype dt, or decline */
function scalarValue(v: any, dt: DType): number {
  let x: number | null = null;
  if (typeof v === 'number') x = v;
  else if (v instanceof PyFloat) x = v.v;
  else if (v instanceof NPScalar && v.dt === dt && typeof v.v === 'number') x = v.v;
  if (x === null) return decline();
  const y = dt === D.float32 ? Math.fround(x) : x;
  if (!Number.isFinite(y)) decline();
  return y;
}

function run(tpl: FuseTemplate, v: any[]): NDArray | null {
  if (!wasmOn()) return null;
  const arrays: NDArray[] = [];
  const dt = { d: null as DType | null };
  pendingScalars.clear();
  let expr: FusedExpr;
  try {
    expr = arrExpr(plan(tpl.root, v, arrays, new Map(), dt));
  } catch (e) {
    if (e instanceof Decline) return null;
    throw e;
  }
  const d = dt.d!;
  // scalars become 0-d arrays (stride-0 operands)
  for (const [leaf, val] of pendingScalars) {
    (leaf as { leaf: number }).leaf = arrays.length;
    let x: number;
    try {
      x = scalarValue(val, d);
    } catch (e) {
      if (e instanceof Decline) return null;
      throw e;
    }
    arrays.push(scalarArray(d, x));
  }
  pendingScalars.clear();
  const shape = broadcastShapes(arrays.map((a) => a.shape));
  if (shape === null) return null;
  // NumPy's order='K': inputs all Fortran-ordered give a Fortran-ordered result (left to the ufuncs)
  const multi = arrays.filter((a) => a.ndim > 1 && a.size > 1);
  if (multi.length > 0 && multi.every((a) => a.fContiguous && !a.cContiguous)) return null;
  const out = allocArray(shape, d);
  if (shapeSize(shape) === 0) return out;
  const ops = [...arrays, out];
  const [sh, st] = coalesce(shape, ops.map((a) => broadcastStrides(a, shape)));
  const steps = sh.length === 0 ? ops.map(() => 0) : st.map((s) => s[sh.length - 1]);
  const k = fusedKernel(expr, arrays.length, d, steps);
  if (k === null) return null;
  const t0 = DEBUG ? performance.now() : 0;
  const finite = runKernel(k, ops, shape);
  fusedRuns.last = `${describe(expr, arrays.map((a, i) => (a.ndim === 0 ? `s${i}` : `x${i}`)))} ${d.str}`;
  if (DEBUG) console.error(`ndpy: fused ${fusedRuns.last} ${JSON.stringify(shape)} ${(performance.now() - t0).toFixed(3)} ms${finite ? '' : ' (non-finite: rerun unfused)'}`);
  if (!finite) return null;
  fusedRuns.n++;
  return out;
}

let installed = false;
/** Register the fuser with the interpreter (numpy's module setup calls this). */
export function installFuser(): void {
  if (installed) return;
  installed = true;
  setFuser((tpl, v) => run(tpl, v) ?? evalTemplate(tpl.root, v));
}
