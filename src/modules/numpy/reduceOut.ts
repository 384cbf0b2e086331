/**
 * Checks on an `out=` array given to a reduction, an accumulation or argmin/argmax, made before anything
 * is written: the kernels write the result's shape through the array's strides, so an `out` of another
 * shape would be written past its end. The errors are NumPy's, worded as its iterator words them: the
 * number of dimensions first, then broadcasting of the operands, then axis by axis from the last: a
 * reduced axis kept (keepdims) at a length other than 1, an operand's length-1 axis the output would
 * widen, an output's length-1 axis that would need a reduction the call did not ask for.
 */
import { NDArray } from '../../../runtime/ndarray';
import * as D from '../../../runtime/dtype';
import { throwPy } from '../../objects/errors';
import { shapeCompact } from './alloc';
import { dtRepr } from './ufuncs';

/**
 * `out` for reducing an array of `shape` over `axes` by the ufunc `name`: it must have the result's
 * dimensions (the reduced ones kept as length 1 with keepdims) and each of them must be the operand's.
 */
export function checkReduceOut(name: string, shape: number[], axes: number[], out: NDArray, keepdims: boolean): void {
  const nd = shape.length;
  const want = keepdims ? nd : nd - axes.length;
  if (out.ndim !== want) {
    throwPy('ValueError', `output parameter for reduction operation ${name} has the wrong number of dimensions: Found ${out.ndim} but expected ${want}${keepdims ? " (must match the operand's when keepdims=True)" : ''}`);
  }
  // the axis of `out` each axis of the operand maps to (-1: reduced away)
  const map: number[] = [];
  for (let i = 0, j = 0; i < nd; i++) map.push(!keepdims && axes.includes(i) ? -1 : j++);
  if (map.some((j, i) => j >= 0 && out.shape[j] !== shape[i] && out.shape[j] !== 1 && shape[i] !== 1)) {
    // the out's axes as the iterator sees them, reduced axes as newaxis (leading ones not shown)
    const entries = map.map((j) => (j < 0 ? 'newaxis' : String(out.shape[j])));
    while (entries[0] === 'newaxis') entries.shift();
    throwPy('ValueError', `operands could not be broadcast together with remapped shapes [original->remapped]: ${shapeCompact(out.shape)}->(${entries.join(',')}) ${shapeCompact(shape)} `);
  }
  // then axis by axis from the last, the first misfit named
  for (let i = nd - 1; i >= 0; i--) {
    if (map[i] < 0) continue;
    const o = out.shape[map[i]], s = shape[i];
    if (axes.includes(i)) {
      if (o !== 1) throwPy('ValueError', `operand was set up as a reduction along axis ${i}, but the length of the axis is ${o} (it has to be 1)`);
    } else if (s === 1 && o !== 1) {
      const full = shape.map((n, k) => (map[k] < 0 ? n : Math.max(n, out.shape[map[k]])));
      throwPy('ValueError', `non-broadcastable operand with shape ${shapeCompact(shape)} doesn't match the broadcast shape ${shapeCompact(full)}`);
    } else if (o === 1 && s !== 1) {
      throwPy('ValueError', `output operand requires a reduction along dimension ${map[i]}, but the reduction is not enabled. The dimension size of 1 does not match the expected output shape.`);
    }
  }
}

/**
 * The operand of an accumulation into `out` along one axis, whose result has dtype `dt`: `out` must
 * have its shape, except that a length-1 axis of the operand is broadcast to out's length (the view
 * returned then). A 1-d accumulation into an out of its own dtype is checked before NumPy's iterator
 * sees it, hence its own message.
 */
export function accumulateOperand(arr: NDArray, out: NDArray, dt: D.DType): NDArray {
  const nd = arr.ndim;
  if (nd === 1 && out.dtype === dt && (out.ndim !== 1 || out.shape[0] !== arr.shape[0])) throwPy('ValueError', 'provided out is the wrong size for the accumulation.');
  if (out.ndim < nd) throwPy('ValueError', `Iterator input op_axes[0][${nd - 1 - out.ndim}] (==${out.ndim}) is not a valid axis of op[0], which has ${out.ndim} dimensions `);
  const lead = out.shape.slice(0, nd);
  if (out.ndim > nd || lead.some((o, i) => o !== arr.shape[i] && o !== 1 && arr.shape[i] !== 1)) {
    throwPy('ValueError', `operands could not be broadcast together with remapped shapes [original->remapped]: ${shapeCompact(out.shape)}->${shapeCompact(lead)} ${shapeCompact(arr.shape)}->${shapeCompact(arr.shape)} `);
  }
  if (lead.some((o, i) => o === 1 && arr.shape[i] !== 1)) {
    const full = arr.shape.map((s, i) => Math.max(s, lead[i]));
    throwPy('ValueError', `non-broadcastable output operand with shape ${shapeCompact(out.shape)} [remapped to ${shapeCompact(out.shape.slice().reverse())}] doesn't match the broadcast shape ${shapeCompact(full)}`);
  }
  if (lead.every((o, i) => o === arr.shape[i])) return arr;
  return arr.view(lead, arr.strides.map((st, i) => (arr.shape[i] === 1 ? 0 : st)), arr.offset);
}

/**
 * argmin/argmax's `out`: exactly the result's shape, and a dtype that casts safely to the index type
 * (NumPy writes through it as an intp array).
 */
export function checkArgOut(name: string, resultShape: number[], out: any): void {
  if (!(out instanceof NDArray)) throwPy('TypeError', 'output must be an array');
  if (out.ndim !== resultShape.length || out.shape.some((s, i) => s !== resultShape[i])) throwPy('ValueError', `output array does not match result of np.${name}.`);
  if (!D.canCast(out.dtype, D.int64, 'safe')) throwPy('TypeError', `Cannot cast ${out.ndim === 0 ? 'scalar' : 'array data'} from ${dtRepr(out.dtype)} to dtype('int64') according to the rule 'safe'`);
}
