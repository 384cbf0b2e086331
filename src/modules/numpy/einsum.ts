/**
 * Tensor contractions: `np.einsum` (explicit and implicit output, `...` broadcasting, repeated indices
 * for diagonals/traces, the interleaved operand/sublist form), `np.tensordot`, and N-d `np.dot` /
 * `np.inner`, which are tensordot over NumPy's chosen axes.
 *
 * einsum evaluates by a direct loop over the distinct index letters (output letters outside, summed
 * letters inside), accumulating in the operands' promoted dtype with that dtype's scalar add/multiply,
 * so integer results wrap and complex values stay exact as in NumPy's non-BLAS paths. Where NumPy's
 * inner loop is a contiguous float32/float64 sum or dot into a scalar output, the block is summed in
 * that kernel's SIMD lane order instead (einsumLanes.ts).
 */
import { NDArray } from '../../../runtime/ndarray';
import * as D from '../../../runtime/dtype';
import { findLoop } from '../../../runtime/ufunc';
import { converter, Complex } from '../../../runtime/elements';
import { PyTuple, Ellipsis } from '../../objects/values';
import { throwPy } from '../../objects/errors';
import { builtin, Kw, PyBuiltin } from '../../objects/function';
import { index as pyIndex } from '../../objects/protocols';
import { toArray } from '../../objects/iterators';
import { asArray, allocArray, copyInto } from './coerce';
import { kwArgs, dtRepr, casting as castingRule } from './ufuncs';
import { optDType } from './dtypes';
import { transpose, reshape } from './shape';
import { matmul } from './linalgBasic';
import { scalar } from './scalars';
import { normAxis } from './axes';
import { shapeCompact } from './alloc';
import { laneSum, lanesPlan } from './einsumLanes';
import { einsumPathFunction } from './einsumPath';

/** the labels of sublist subscripts 0..51 (NumPy's order: upper case first) */
const SUBSCRIPT_LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

function parseSubscripts(spec: string, ops: NDArray[]): { inputs: string[]; output: string } {
  spec = spec.replace(/\s+/g, '');
  const [lhs, rhs] = spec.includes('->') ? spec.split('->') : [spec, null];
  const terms = lhs.split(',');
  if (terms.length !== ops.length) throwPy('ValueError', 'more operands provided to einstein sum function than specified in the subscripts string');
  // '...' becomes fresh upper-case letters, right-aligned across operands
  const ellDims = Math.max(0, ...terms.map((t, i) => (t.includes('...') ? ops[i].ndim - (t.length - 3) : 0)));
  const ell = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].filter((c) => !spec.includes(c)).slice(0, ellDims).join('');
  const inputs = terms.map((t, i) => (t.includes('...') ? t.replace('...', ell.slice(ellDims - (ops[i].ndim - (t.length - 3)))) : t));
  let output: string;
  if (rhs !== null) output = rhs.replace('...', ell);
  else {
    const counts = new Map<string, number>();
    for (const t of inputs) for (const c of t) counts.set(c, (counts.get(c) ?? 0) + 1);
    output = ell + [...counts.keys()].filter((c) => counts.get(c) === 1 && !ell.includes(c)).sort().join('');
  }
  const seen = inputs.join('');
  [...output].forEach((c, i) => {
    if (output.indexOf(c) !== i) throwPy('ValueError', `einstein sum subscripts string includes output subscript '${c}' multiple times`);
    if (!seen.includes(c)) throwPy('ValueError', `einstein sum subscripts string included output subscript '${c}' which never appeared in an input`);
  });
  inputs.forEach((t, i) => {
    if (t.length > ops[i].ndim) throwPy('ValueError', `einstein sum subscripts string contains too many subscripts for operand ${i}`);
    if (t.length < ops[i].ndim) throwPy('ValueError', `operand has more dimensions than subscripts given in einstein sum, but no '...' ellipsis provided to broadcast the extra dimensions.`);
  });
  return { inputs, output };
}

/** Shape string as NumPy's iterator prints it: leading newaxis (-1) entries dropped, "(n,)" only for rank 1. */
function iterShape(vals: number[]): string {
  let i = 0;
  while (i < vals.length && vals[i] < 0) i++;
  if (i === vals.length) return '()';
  const parts = vals.slice(i).map((v) => (v < 0 ? 'newaxis' : String(v)));
  return `(${parts.join(',')}${vals.length === 1 ? ',' : ''})`;
}

/**
 * Size of every index letter. Repeated letters within an operand must agree (they collapse to a
 * diagonal); across operands sizes broadcast, and a mismatch reports each operand's collapsed shape
 * remapped onto the iteration order (output letters, then the summed letters in sorted order).
 */
function einsumSizes(inputs: string[], output: string, ops: NDArray[]): Map<string, number> {
  const collapsed = inputs.map((t, k) => {
    const dims = new Map<string, number>();
    [...t].forEach((c, d) => {
      const n = ops[k].shape[d], prev = dims.get(c);
      if (prev === undefined) dims.set(c, n);
      else if (prev !== n) throwPy('ValueError', `dimensions in operand ${k} for collapsing index '${c}' don't match (${prev} != ${n})`);
    });
    return dims;
  });
  const sizes = new Map<string, number>();
  let ok = true;
  for (const dims of collapsed) {
    for (const [c, n] of dims) {
      const prev = sizes.get(c);
      if (prev === undefined || prev === 1) sizes.set(c, n);
      else if (n !== prev && n !== 1) ok = false;
    }
  }
  if (!ok) {
    const order = [...output, ...[...sizes.keys()].filter((c) => !output.includes(c)).sort()];
    const parts = collapsed.map((dims) => `${iterShape([...dims.values()])}->${iterShape(order.map((c) => dims.get(c) ?? -1))} `);
    throwPy('ValueError', `operands could not be broadcast together with remapped shapes [original->remapped]: ${parts.join('')}`);
  }
  return sizes;
}

/** einsum's keywords: out=, dtype=, casting= (default 'safe'); order= and optimize= change no values here */
export interface EinsumOpts {
  out?: NDArray | null;
  dtype?: D.DType;
  casting?: D.Casting;
}

export function einsum(spec: string, ops: NDArray[], opts: EinsumOpts = {}): any {
  const { inputs, output } = parseSubscripts(spec, ops);
  const sizes = einsumSizes(inputs, output, ops);
  let dt = ops[0].dtype.native;
  for (const o of ops.slice(1)) dt = D.promote(dt, o.dtype);
  const rule = opts.casting ?? 'safe';
  if (opts.dtype) {
    dt = opts.dtype.native;
    ops.forEach((o, k) => {
      if (!D.canCast(o.dtype, dt, rule)) throwPy('TypeError', `Iterator operand ${k} dtype could not be cast from ${dtRepr(o.dtype)} to ${dtRepr(dt)} according to the rule '${rule}'`);
    });
  }
  const given = opts.out ?? null;
  if (given) {
    const want = [...output].map((c) => sizes.get(c)!);
    if (given.ndim !== want.length || given.shape.some((n, i) => n !== want[i])) {
      // NumPy's iterator names every operand remapped onto (output letters, summed letters), the output last
      const order = [...output, ...[...sizes.keys()].filter((c) => !output.includes(c)).sort()];
      const parts = inputs.map((t, k) => {
        const dims = new Map<string, number>();
        [...t].forEach((c, d) => dims.set(c, ops[k].shape[d]));
        return `${iterShape([...dims.values()])}->${iterShape(order.map((c) => dims.get(c) ?? -1))} `;
      });
      parts.push(`${iterShape(given.shape)}->${iterShape([...given.shape, ...order.slice(output.length).map(() => -1)])} `);
      throwPy('ValueError', `operands could not be broadcast together with remapped shapes [original->remapped]: ${parts.join('')}`);
    }
    if (!D.canCast(dt, given.dtype, rule)) {
      throwPy('TypeError', `Iterator requested dtype could not be cast from ${dtRepr(dt)} to ${dtRepr(given.dtype)}, the operand ${ops.length} dtype, according to the rule '${rule}'`);
    }
  }
  const result = contract(inputs, output, sizes, ops, dt);
  if (given) {
    copyInto(given, result);
    return given;
  }
  return result.ndim === 0 ? scalar(result.dtype, result.get([])) : result;
}

/** the contraction itself, accumulated in `dt` */
function contract(inputs: string[], output: string, sizes: Map<string, number>, ops: NDArray[], dt: D.DType): NDArray {
  const mul = findLoop('multiply', [dt, dt])!, add = findLoop('add', [dt, dt])!;
  const letters = [...new Set([...output, ...inputs.join('')])];
  const outLetters = [...output];
  let sumLetters = letters.filter((c) => !outLetters.includes(c));
  // NumPy's contiguous float kernels sum in SIMD lanes (einsumLanes.ts), walking the summed block in memory
  // order: gather each block, then sum it in their order
  const lanes = lanesPlan(inputs, sumLetters, ops, dt, sizes);
  if (lanes) sumLetters = [...lanes.outer, ...lanes.inner];
  const outShape = outLetters.map((c) => sizes.get(c)!);
  const out = allocArray(outShape, mul.outs[0]);
  const cvs = ops.map((o) => (o.dtype.native === dt ? null : converter(o.dtype.native, dt)));
  const zero = dt.domain === 'bigint' ? 0n : dt.domain === 'complex' ? new Complex(0, 0) : 0;
  const pos = new Map<string, number>();
  const sumShape = sumLetters.map((c) => sizes.get(c)!);
  const nOut = outShape.reduce((a, b) => a * b, 1), nSum = sumShape.reduce((a, b) => a * b, 1);
  const oidx = new Array(outLetters.length).fill(0);
  const nBlock = lanes ? lanes.inner.reduce((m, c) => m * sizes.get(c)!, 1) : 0;
  const xs = lanes ? new Float64Array(nBlock) : null, ys = lanes && ops.length === 2 ? new Float64Array(nBlock) : null;
  const f32 = dt === D.float32 ? Math.fround : (v: number) => v;
  for (let q = 0; q < nOut; q++) {
    outLetters.forEach((c, i) => pos.set(c, oidx[i]));
    let acc: any = zero;
    const sidx = new Array(sumLetters.length).fill(0);
    for (let r = 0; r < nSum; r++) {
      sumLetters.forEach((c, i) => pos.set(c, sidx[i]));
      let prod: any = null;
      if (xs) {
        const b = r % nBlock;
        xs[b] = ops[0].get([...inputs[0]].map((c, d) => (ops[0].shape[d] === 1 ? 0 : pos.get(c)!)));
        if (ys) ys[b] = ops[1].get([...inputs[1]].map((c, d) => (ops[1].shape[d] === 1 ? 0 : pos.get(c)!)));
        if (b === nBlock - 1) acc = f32(acc + laneSum(xs, ys, nBlock, dt === D.float32));
      } else for (let k = 0; k < ops.length; k++) {
        const idx = [...inputs[k]].map((c, d) => (ops[k].shape[d] === 1 ? 0 : pos.get(c)!));
        let v = ops[k].get(idx);
        if (cvs[k]) v = cvs[k]!(v);
        prod = prod === null ? v : mul.fn(prod, v);
      }
      if (!xs) acc = add.fn(acc, prod);
      for (let d = sidx.length - 1; d >= 0; d--) {
        if (++sidx[d] < sumShape[d]) break;
        sidx[d] = 0;
      }
    }
    out.set(oidx, acc);
    for (let d = oidx.length - 1; d >= 0; d--) {
      if (++oidx[d] < outShape[d]) break;
      oidx[d] = 0;
    }
  }
  return out;
}

/** np.tensordot: contract axesA of a with axesB of b. */
export function tensordot(a: NDArray, b: NDArray, axesA: number[], axesB: number[]): any {
  if (axesA.length !== axesB.length) throwPy('ValueError', 'shape-mismatch for sum');
  const na = axesA.map((x) => normAxis(x, a.ndim)), nb = axesB.map((x) => normAxis(x, b.ndim));
  na.forEach((ax, i) => {
    if (a.shape[ax] !== b.shape[nb[i]]) throwPy('ValueError', 'shape-mismatch for sum');
  });
  const freeA = [...Array(a.ndim).keys()].filter((d) => !na.includes(d));
  const freeB = [...Array(b.ndim).keys()].filter((d) => !nb.includes(d));
  const k = na.reduce((p, ax) => p * a.shape[ax], 1);
  const ma = freeA.reduce((p, d) => p * a.shape[d], 1), mb = freeB.reduce((p, d) => p * b.shape[d], 1);
  const at = reshape(transpose(a, [...freeA, ...na]), new PyTuple([ma, k]));
  const bt = reshape(transpose(b, [...nb, ...freeB]), new PyTuple([k, mb]));
  const r = matmul(at, bt) as NDArray;
  return reshape(r, new PyTuple([...freeA.map((d) => a.shape[d]), ...freeB.map((d) => b.shape[d])]));
}

/**
 * np.dot's check that a's last axis matches b's second-to-last (its only one for 1-d); np.inner reports
 * through it with b's last axis moved there.
 */
export function checkAligned(a: NDArray, bShape: number[]): void {
  const bd = bShape.length >= 2 ? bShape.length - 2 : 0;
  if (a.shape[a.ndim - 1] !== bShape[bd]) {
    throwPy('ValueError', `shapes ${shapeCompact(a.shape)} and ${shapeCompact(bShape)} not aligned: ${a.shape[a.ndim - 1]} (dim ${a.ndim - 1}) != ${bShape[bd]} (dim ${bd})`);
  }
}

/** np.dot for operands beyond 2-d: sum over a's last axis and b's second-to-last. */
export function dotND(a: NDArray, b: NDArray): any {
  checkAligned(a, b.shape);
  const r = tensordot(a, b, [a.ndim - 1], [b.ndim >= 2 ? b.ndim - 2 : 0]);
  return r instanceof NDArray && r.ndim === 0 ? scalar(r.dtype, r.get([])) : r;
}

function axesArg(v: any, a: NDArray, b: NDArray): [number[], number[]] {
  if (v === undefined) v = 2;
  if (v instanceof PyTuple || Array.isArray(v)) {
    const [x, y] = toArray(v);
    const list = (z: any) => (z instanceof PyTuple || Array.isArray(z) ? toArray(z).map((w: any) => pyIndex(w)) : [pyIndex(z)]);
    return [list(x), list(y)];
  }
  const n = pyIndex(v);
  return [Array.from({ length: n }, (_, i) => a.ndim - n + i), Array.from({ length: n }, (_, i) => i)];
}

export function einsumFunctions(): Record<string, PyBuiltin> {
  return {
    einsum_path: einsumPathFunction(),
    einsum: builtin('einsum', (args: any[], kw: Kw) => {
      const opts: EinsumOpts = {};
      for (const [k, v] of kw ?? []) {
        if (!['out', 'dtype', 'order', 'casting', 'optimize'].includes(k)) throwPy('TypeError', `einsum() got an unexpected keyword argument '${k}'`);
        if (k === 'out' && v !== null) {
          if (!(v instanceof NDArray)) throwPy('TypeError', 'keyword parameter out must be an array for einsum');
          opts.out = v;
        } else if (k === 'dtype') opts.dtype = optDType(v);
        else if (k === 'casting') opts.casting = castingRule(v);
      }
      if (typeof args[0] === 'string') return einsum(args[0], args.slice(1).map((x) => asArray(x)), opts);
      // interleaved form: op0, sublist0, op1, sublist1, ..., [output sublist]
      const ops: NDArray[] = [];
      const terms: string[] = [];
      const letters = (sub: any) => toArray(sub).map((x: any) => {
        if (x === Ellipsis) return '...';
        const k = pyIndex(x);
        if (k < 0 || k >= SUBSCRIPT_LETTERS.length) throwPy('ValueError', `subscript is not within the valid range [0, ${SUBSCRIPT_LETTERS.length})`);
        return SUBSCRIPT_LETTERS[k];
      }).join('');
      let i = 0;
      for (; i + 1 < args.length; i += 2) {
        ops.push(asArray(args[i]));
        terms.push(letters(args[i + 1]));
      }
      const spec = terms.join(',') + (i < args.length ? '->' + letters(args[i]) : '');
      return einsum(spec, ops, opts);
    }),
    tensordot: builtin('tensordot', (args, kw) => {
      const p = kwArgs(args, kw, ['a', 'b', 'axes']);
      const a = asArray(p.a), b = asArray(p.b);
      const [x, y] = axesArg(p.axes, a, b);
      return tensordot(a, b, x, y);
    }),
  };
}
