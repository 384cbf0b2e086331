/**
 * In-place shuffles and permutations for `numpy.random` (RandomState and Generator): Fisher–Yates from the
 * last position down, with NumPy's `random_interval` (masked rejection) picking the partner of position i
 * in [0, i], so sequences match NumPy's draw for draw.
 *
 * Arrays shuffle along their first axis (Generator: along `axis`) by swapping whole sub-arrays byte by
 * byte; Python lists swap their items. `permutation` shuffles a copy (or `arange(n)`), and for arrays of
 * two or more dimensions shuffles an index vector and gathers rows, as NumPy does. `permuted` shuffles
 * every 1-d lane along an axis independently, lanes taken in C order of the other axes.
 */
import { NDArray, stridedLoop } from '../../../runtime/ndarray';
import * as D from '../../../runtime/dtype';
import { heap } from '../../../runtime/memory';
import { BitGenerator } from '../../../runtime/random/bitGenerator';
import { randomInterval } from '../../../runtime/random/boundedIntegers';
import { throwPy } from '../../objects/errors';
import { len, getItem, setItem, index as pyIndex } from '../../objects/protocols';
import { NPScalar, weakKind } from './scalars';
import { asArray, allocArray, copyArray, copyInto } from './coerce';
import { normAxis } from './axes';
import { swapaxes } from './shape';
import { take } from './selection';

/** Swap sub-arrays i and j along the first axis of `a`, byte by byte (any strides). */
function swapRows(a: NDArray, i: number, j: number): void {
  const u8 = new Uint8Array(heap.buffer);
  const it = a.itemsize;
  const rowShape = a.shape.slice(1), rowStrides = a.strides.slice(1);
  const pi = a.addr + i * a.strides[0], pj = a.addr + j * a.strides[0];
  stridedLoop(rowShape, [pi, pj], [rowStrides, rowStrides], (n, addrs, steps) => {
    let x = addrs[0], y = addrs[1];
    for (let k = 0; k < n; k++, x += steps[0], y += steps[1]) {
      for (let b = 0; b < it; b++) {
        const t = u8[x + b];
        u8[x + b] = u8[y + b];
        u8[y + b] = t;
      }
    }
  });
}

/** Fisher–Yates over the first axis of an array with at least one dimension. */
function shuffleRows(bg: BitGenerator, a: NDArray): void {
  const n = a.shape[0];
  if (a.ndim === 1 && a.itemsize % 4 === 0 && a.addr % 4 === 0 && a.strides[0] % 4 === 0) {
    // the common 1-d case: swap 32-bit words
    const w = new Int32Array(heap.buffer);
    const words = a.itemsize / 4, step = a.strides[0] / 4, base = a.addr / 4;
    for (let i = n - 1; i > 0; i--) {
      const j = randomInterval(bg, i);
      const x = base + i * step, y = base + j * step;
      for (let k = 0; k < words; k++) {
        const t = w[x + k];
        w[x + k] = w[y + k];
        w[y + k] = t;
      }
    }
    return;
  }
  for (let i = n - 1; i > 0; i--) {
    const j = randomInterval(bg, i);
    if (i !== j) swapRows(a, i, j);
  }
}

/** Fisher–Yates over a mutable Python sequence (lists directly, others through __getitem__/__setitem__). */
function shuffleSequence(bg: BitGenerator, x: any): void {
  const n = len(x);
  const plain = Array.isArray(x) && (x as any).cls === undefined;
  for (let i = n - 1; i > 0; i--) {
    const j = randomInterval(bg, i);
    if (plain) {
      const t = x[i];
      x[i] = x[j];
      x[j] = t;
    } else {
      const xi = getItem(x, i), xj = getItem(x, j);
      setItem(x, i, xj);
      setItem(x, j, xi);
    }
  }
}

/** RandomState.shuffle: arrays along axis 0, sequences item by item. */
export function legacyShuffle(bg: BitGenerator, x: any): void {
  if (x instanceof NDArray) {
    if (!x.writeable) throwPy('ValueError', 'array is read-only');
    if (x.ndim === 0) throwPy('TypeError', 'len() of unsized object');
    shuffleRows(bg, x);
    return;
  }
  shuffleSequence(bg, x);
}

/** Generator.shuffle: arrays along `axis` (empty arrays draw nothing), sequences only along axis 0. */
export function generatorShuffle(bg: BitGenerator, x: any, axisArg: any): void {
  if (x instanceof NDArray) {
    if (!x.writeable) throwPy('ValueError', 'array is read-only');
    const axis = normAxis(axisArg, x.ndim);
    if (x.size === 0) return;
    shuffleRows(bg, axis === 0 ? x : swapaxes(x, 0, axis));
    return;
  }
  if (pyIndex(axisArg) !== 0) throwPy('NotImplementedError', 'Axis argument is only supported on ndarray objects');
  shuffleSequence(bg, x);
}

/** True for what `isinstance(x, (int, np.integer))` accepts. */
function isInteger(x: any): boolean {
  if (x instanceof NPScalar) return x.dt.kind === 'i' || x.dt.kind === 'u';
  return weakKind(x) === 'int' || weakKind(x) === 'bool';
}

/** np.arange(n) as int64. */
function arangeInt64(n: number): NDArray {
  const out = allocArray([Math.max(n, 0)], D.int64);
  const w = new Uint32Array(heap.buffer, out.addr, 2 * out.size);
  for (let i = 0; i < out.size; i++) {
    w[2 * i] = i;
    w[2 * i + 1] = 0;
  }
  return out;
}

function intValue(x: any): number {
  if (x instanceof NPScalar) return Number(x.v);
  return typeof x === 'boolean' ? (x ? 1 : 0) : Number(x);
}

/** RandomState.permutation / Generator.permutation (`axis` null for the legacy form, which uses axis 0). */
export function permutation(bg: BitGenerator, x: any, axisArg: any, legacy: boolean): NDArray {
  if (isInteger(x)) {
    const arr = arangeInt64(intValue(x));
    shuffleRows(bg, arr);
    return arr;
  }
  const arr = asArray(x);
  let axis = 0;
  if (legacy) {
    if (arr.ndim < 1) throwPy('IndexError', 'x must be an integer or at least 1-dimensional');
  } else axis = normAxis(axisArg, arr.ndim);
  if (arr.ndim === 1) {
    const out = arr === x ? copyArray(arr) : arr;
    shuffleRows(bg, out);
    return out;
  }
  const idx = arangeInt64(arr.shape[axis]);
  shuffleRows(bg, idx);
  return take(arr, idx, axis, 'raise');
}

/** Generator.permuted: a shuffled copy, each lane along `axis` shuffled on its own (all elements for None). */
export function permuted(bg: BitGenerator, xArg: any, axisArg: any, outArg: any): NDArray {
  const x = asArray(xArg);
  let out: NDArray;
  if (outArg === undefined || outArg === null) {
    out = copyArray(x, x.fContiguous && !x.cContiguous ? 'F' : 'C');
  } else {
    if (!(outArg instanceof NDArray)) throwPy('TypeError', 'out must be a numpy array');
    if (outArg.ndim !== x.ndim || outArg.shape.some((s, i) => s !== x.shape[i])) throwPy('ValueError', 'out must have the same shape as x');
    out = outArg;
    copyInto(out, x);
  }
  if (axisArg === undefined || axisArg === null) {
    if (out.size === 0) return out;
    const flatOrder = out.cContiguous ? 'C' : out.fContiguous ? 'F' : null;
    if (flatOrder) {
      shuffleRows(bg, out.view([out.size], [out.itemsize], out.offset));
    } else {
      const tmp = copyArray(out);
      shuffleRows(bg, tmp.view([tmp.size], [tmp.itemsize], tmp.offset));
      copyInto(out, tmp);
    }
    return out;
  }
  const ax = normAxis(axisArg, out.ndim);
  const moved = ax === out.ndim - 1 ? out : swapaxes(out, ax, out.ndim - 1);
  // lanes along the last axis of `moved`, visited in C order of the other axes
  const outer = moved.shape.slice(0, -1);
  const n = moved.shape[moved.ndim - 1], stride = moved.strides[moved.ndim - 1];
  const laneStarts: number[] = [];
  stridedLoop(outer.length ? outer : [1], [moved.offset], [outer.length ? moved.strides.slice(0, -1) : [0]], (cnt, addrs, steps) => {
    for (let k = 0; k < cnt; k++) laneStarts.push(addrs[0] + k * steps[0]);
  });
  if (n === 0) return out;
  for (const off of laneStarts) shuffleRows(bg, moved.view([n], [stride], off));
  return out;
}
