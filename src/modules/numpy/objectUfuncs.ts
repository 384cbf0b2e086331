/**
 * Ufuncs over object arrays (NumPy's 'O' loops): each element is computed by the Python operation the
 * ufunc stands for — `+` for add, `<` for less, abs() for absolute, `x and y` for logical_and, a method
 * call (x.sin(), x.sqrt()) for the math functions, math.floor for floor — so `arr * 2` repeats strings and
 * lists and a missing method raises NumPy's "loop of ufunc does not support argument 0 of type str which
 * has no callable sqrt method". Comparisons give bool arrays (each result's truth value); everything
 * else gives an object array. Operands that are not object arrays are cast to object first, as NumPy
 * does (int64 elements become Python ints).
 *
 * Reductions and accumulations (`sum`, `prod`, `max`, `cumsum` of object arrays) fold with the same
 * operations, starting from the first element (or `initial`): `np.array(['a', 'b'], object).sum()` is 'ab'.
 * Ufuncs made by `np.frompyfunc` run their Python function through the same loops.
 */
import * as D from '../../../runtime/dtype';
import { NDArray, broadcastShapes, broadcastStrides, contiguousStrides } from '../../../runtime/ndarray';
import { Loop } from '../../../runtime/ufunc';
import { throwPy } from '../../objects/errors';
import { binary, neg, pos, invert } from '../../objects/arith';
import { compare, eq, ne, truthy } from '../../objects/protocols';
import { absValue } from '../../objects/numericBuiltins';
import { getAttr, getAttrOrUndef } from '../../objects/attrs';
import { call, isCallable } from '../../objects/function';
import { typeOf } from '../../objects/pytype';
import { tuple } from '../../objects/values';
import { toArray } from '../../objects/iterators';
import { importModule } from '../../interp/imports';
import { asArray, allocArray, castCopy, copyInto } from './coerce';
import { scalar } from './scalars';
import { shapeCompact } from './alloc';

type Fn = (...xs: any[]) => any;

const bin = (op: string): Fn => (a, b) => binary(op, a, b);
const cmp = (op: '<' | '<=' | '>' | '>='): Fn => (a, b) => compare(op, a, b);
const mathFn = (name: string): Fn => (x) => call(getAttr(importModule('math', true), name), [x]);

/** npy_ObjectGCD's fallback: Euclid's algorithm with the elements' own `%` */
function gcd(a: any, b: any): any {
  while (truthy(b)) [a, b] = [b, binary('%', a, b)];
  return absValue(a);
}

/** ufuncs with an object loop, by the Python operation each element goes through */
const LOOPS: Record<string, Fn> = {
  add: bin('+'), subtract: bin('-'), multiply: bin('*'), true_divide: bin('/'), divide: bin('/'),
  floor_divide: bin('//'), remainder: bin('%'), power: bin('**'),
  bitwise_and: bin('&'), bitwise_or: bin('|'), bitwise_xor: bin('^'), left_shift: bin('<<'), right_shift: bin('>>'),
  equal: eq, not_equal: ne, less: cmp('<'), less_equal: cmp('<='), greater: cmp('>'), greater_equal: cmp('>='),
  // NumPy's npy_ObjectMax/Min: the first operand unless the comparison says otherwise
  maximum: (a, b) => (truthy(compare('>=', a, b)) ? a : b), minimum: (a, b) => (truthy(compare('<=', a, b)) ? a : b),
  fmax: (a, b) => (truthy(compare('>=', a, b)) ? a : b), fmin: (a, b) => (truthy(compare('<=', a, b)) ? a : b),
  logical_and: (a, b) => (truthy(a) ? b : a), logical_or: (a, b) => (truthy(a) ? a : b),
  logical_not: (a) => !truthy(a),
  // NumPy looks these up as plain attributes (an AttributeError when missing)
  logical_xor: (a, b) => call(getAttr(a, 'logical_xor'), [b]), fmod: (a, b) => call(getAttr(a, 'fmod'), [b]),
  gcd, lcm: (a, b) => absValue(binary('*', binary('//', a, gcd(a, b)), b)),
  negative: neg, positive: pos, absolute: absValue, invert,
  square: (a) => binary('*', a, a), reciprocal: (a) => binary('/', 1, a),
  sign: (a) => (truthy(compare('>', a, 0)) ? 1 : 0) - (truthy(compare('<', a, 0)) ? 1 : 0),
  floor: mathFn('floor'), ceil: mathFn('ceil'), trunc: mathFn('trunc'),
};

/** ufuncs whose object loop calls the element's method of the same name */
const METHODS = new Set([
  'sin', 'cos', 'tan', 'arcsin', 'arccos', 'arctan', 'sinh', 'cosh', 'tanh', 'arcsinh', 'arccosh', 'arctanh',
  'exp', 'exp2', 'expm1', 'log', 'log2', 'log10', 'log1p', 'sqrt', 'cbrt', 'rint', 'fabs', 'degrees', 'radians',
  'deg2rad', 'rad2deg', 'conjugate', 'arctan2', 'hypot',
]);
const COMPARISONS = new Set(['equal', 'not_equal', 'less', 'less_equal', 'greater', 'greater_equal']);

function methodLoop(name: string): Fn {
  return (x, ...rest) => {
    const m = getAttrOrUndef(x, name);
    if (m === undefined || !isCallable(m)) {
      throwPy('TypeError', `loop of ufunc does not support argument 0 of type ${typeOf(x).tpName} which has no callable ${name} method`);
    }
    return call(m, rest);
  };
}

/** An object loop as a runtime Loop (object in, object out), for element loops outside the ufunc machinery (matmul). */
export function objectLoop(op: string): Loop {
  return { name: op, ins: [D.object, D.object], outs: [D.object], fn: LOOPS[op] };
}

/** What the object loops need of a ufunc: its loop name, its name, its outputs and, for np.frompyfunc, the function. */
export interface ObjectLoopUfunc {
  op: string;
  name: string;
  nout: number;
  pyfunc: any;
}

/** The element function of a ufunc on objects (NumPy's "not supported for the input types" when it has none). */
function loopOf(u: ObjectLoopUfunc): Fn {
  if (u.pyfunc !== null) return (...xs) => call(u.pyfunc, xs);
  const f = u.nout === 1 ? LOOPS[u.op] ?? (METHODS.has(u.op) ? methodLoop(u.op) : undefined) : undefined;
  if (f === undefined) {
    throwPy('TypeError', `ufunc '${u.name}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''`);
  }
  return f;
}

/** An operand as an object array (a Python value other than a sequence: a 0-d array holding it). */
function objectOperand(v: any): NDArray {
  const a = asArray(v);
  return a.dtype.kind === 'O' ? a : castCopy(a, D.object);
}

/** The elements of `a` broadcast to `shape`, in C order. */
function broadcastValues(a: NDArray, shape: number[]): any[] {
  return a.view(shape, broadcastStrides(a, shape), a.offset).toArray();
}

/** True when a ufunc call has an object operand (an object array, or a value that only an object array holds). */
export function hasObjectOperand(arrays: (NDArray | null)[]): boolean {
  return arrays.some((a) => a !== null && a.dtype.kind === 'O');
}

/**
 * A ufunc applied to object operands. `outs` (arrays or nulls, one per output) receive the results cast
 * to their dtypes; a function made by np.frompyfunc with several outputs returns a tuple per element.
 */
export function objectUfunc(u: ObjectLoopUfunc, args: any[], outs: (NDArray | null)[], where: any): any {
  const f = loopOf(u);
  const ins = args.map(objectOperand);
  const shapes = ins.map((a) => a.shape);
  let shape = broadcastShapes(shapes);
  if (!shape) throwPy('ValueError', `operands could not be broadcast together with shapes ${shapes.map(shapeCompact).join(' ')} `);
  const given = outs.find((o) => o !== null);
  if (given) shape = given.shape;
  const cols = ins.map((a) => broadcastValues(a, shape!));
  const mask = where !== undefined && where !== true ? broadcastValues(asArray(where, D.bool), shape) : null;
  const bool = u.pyfunc === null && COMPARISONS.has(u.op);
  const res = outs.map((o) => {
    const r = allocArray(shape!, bool ? D.bool : D.object);
    if (mask && o) copyInto(r, o);
    return r.view([r.size], [r.itemsize], r.offset);
  });
  const n = shape.reduce((p, x) => p * x, 1);
  for (let i = 0; i < n; i++) {
    if (mask && !mask[i]) continue;
    const r = f(...cols.map((c) => c[i]));
    if (u.nout === 1) res[0].set([i], bool ? (truthy(r) ? 1 : 0) : r);
    else {
      const items = toArray(r);
      if (items.length !== u.nout) throwPy('ValueError', `ufunc returned a tuple of ${items.length} items, expected ${u.nout}`);
      items.forEach((v, k) => res[k].set([i], v));
    }
  }
  const results = res.map((r, k) => {
    const full = r.view(shape!, contiguousStrides(shape!, r.itemsize), r.offset);
    const o = outs[k];
    if (o) {
      copyInto(o, full);
      return o;
    }
    return full.ndim === 0 && !given ? scalar(full.dtype, full.get([])) : full;
  });
  return u.nout === 1 ? results[0] : tuple(results);
}

/** ufunc.reduce over object elements: fold along `axes` with the ufunc's Python operation. */
export function objectReduce(u: ObjectLoopUfunc, identity: any, arr: NDArray, axes: number[], initial: any, where: NDArray | null): NDArray {
  const f = loopOf(u);
  const name = u.name;
  const keep = arr.shape.map((_, i) => i).filter((i) => !axes.includes(i));
  const perm = [...keep, ...axes];
  const outShape = keep.map((i) => arr.shape[i]);
  const m = axes.reduce((p, i) => p * arr.shape[i], 1);
  // an empty reduced axis needs an identity even when there is nothing to produce (shape (0, 0) along -1)
  if (m === 0 && initial === undefined && identity === null) throwPy('ValueError', `zero-size array to reduction operation ${name} which has no identity`);
  const vals = arr.view(perm.map((i) => arr.shape[i]), perm.map((i) => arr.strides[i]), arr.offset).toArray();
  let mask: any[] | null = null;
  if (where !== null) {
    const w = where.view(arr.shape, broadcastStrides(where, arr.shape), where.offset);
    mask = w.view(perm.map((i) => arr.shape[i]), perm.map((i) => w.strides[i]), w.offset).toArray();
  }
  const res = allocArray(outShape, D.object);
  const n = res.size;
  for (let k = 0; k < n; k++) {
    let acc = initial;
    let started = initial !== undefined;
    for (let j = 0; j < m; j++) {
      if (mask && !mask[k * m + j]) continue;
      const v = vals[k * m + j];
      acc = started ? f(acc, v) : v;
      started = true;
    }
    if (!started) {
      if (identity === null) throwPy('ValueError', `zero-size array to reduction operation ${name} which has no identity`);
      acc = identity;
    }
    res.set(unravel(k, outShape), acc);
  }
  return res;
}

/** ufunc.accumulate over object elements along `axis` into `out` (arr's shape). */
export function objectAccumulate(u: ObjectLoopUfunc, arr: NDArray, axis: number, out: NDArray): void {
  const f = loopOf(u);
  const perm = [...arr.shape.keys()].filter((i) => i !== axis).concat(axis);
  const n = arr.shape[axis];
  const vals = arr.view(perm.map((i) => arr.shape[i]), perm.map((i) => arr.strides[i]), arr.offset).toArray();
  for (let i = 0; i < vals.length; i++) if (i % n !== 0) vals[i] = f(vals[i - 1], vals[i]);
  const tmp = allocArray(perm.map((i) => arr.shape[i]), D.object);
  vals.forEach((v, i) => tmp.set(unravel(i, tmp.shape), v));
  const inv = perm.map((_, i) => perm.indexOf(i));
  copyInto(out, tmp.view(inv.map((i) => tmp.shape[i]), inv.map((i) => tmp.strides[i]), tmp.offset));
}

function unravel(k: number, shape: number[]): number[] {
  const idx = new Array(shape.length);
  for (let d = shape.length - 1; d >= 0; d--) {
    idx[d] = k % shape[d];
    k = Math.floor(k / shape[d]);
  }
  return idx;
}
