/**
 * `np.broadcast(*arrays)`: the object that describes broadcasting several arrays together — its shape,
 * nd/ndim, size, numiter, per-argument iterators (`iters`, flat iterators over the broadcast views) and
 * iteration (it is its own iterator) yielding one tuple of elements per position, in C order; `index`
 * counts the tuples consumed.
 *
 * Arguments are broadcast with NumPy's error for a mismatch; a broadcast object may itself be an argument.
 */
import { NDArray, broadcastShapes, broadcastStrides } from '../../../runtime/ndarray';
import { PyType, builtinType, ObjectType } from '../../objects/pytype';
import { tuple } from '../../objects/values';
import { throwPy } from '../../objects/errors';
import { defineMethods } from '../../objects/types/define';
import { defGetters } from '../../objects/descriptors';
import { ArrayIter, PyIter } from '../../objects/iterators';
import { asArray, elementScalar } from './coerce';
import { shapeRepr } from './alloc';

export const BroadcastType = builtinType('broadcast', ObjectType, 'numpy');

class Broadcast extends PyIter {
  declare cls: PyType;
  index = 0;
  constructor(readonly views: NDArray[], readonly shape: number[]) {
    super();
    this.cls = BroadcastType;
  }
  next(): any {
    return this.index < this.size ? this.at(this.index++) : undefined;
  }
  get size(): number {
    return this.shape.reduce((p, s) => p * s, 1);
  }
  /** the element tuple at flat C-order position k */
  at(k: number): any {
    const idx = unflat(k, this.shape);
    return tuple(this.views.map((v) => elementScalar(v, idx)));
  }
}

function makeBroadcast(args: any[]): Broadcast {
  const arrays = args.flatMap((a) => (a instanceof Broadcast ? a.views : [asArray(a)]));
  if (arrays.length > 64) throwPy('ValueError', 'Need at most 64 array objects.');
  const shapes = arrays.map((a) => a.shape);
  const shape = broadcastShapes(shapes);
  if (!shape) {
    throwPy('ValueError', `shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between ${
      mismatch(shapes)}.`);
  }
  return new Broadcast(arrays.map((a) => a.view(shape.slice(), broadcastStrides(a, shape), a.offset)), shape);
}

function mismatch(shapes: number[][]): string {
  for (let i = 0; i < shapes.length; i++) {
    for (let j = 0; j < i; j++) {
      if (!broadcastShapes([shapes[j], shapes[i]])) return `arg ${j} with shape ${shapeRepr(shapes[j])} and arg ${i} with shape ${shapeRepr(shapes[i])}`;
    }
  }
  return '';
}

export function installBroadcastType(): void {
  BroadcastType.newInstance = (_cls, args) => makeBroadcast(args);
  defGetters(BroadcastType, {
    shape: (b: Broadcast) => tuple(b.shape),
    nd: (b: Broadcast) => b.shape.length,
    ndim: (b: Broadcast) => b.shape.length,
    size: (b: Broadcast) => b.size,
    numiter: (b: Broadcast) => b.views.length,
    index: (b: Broadcast) => b.index,
    iters: (b: Broadcast) => tuple(b.views.map((v) => new ArrayIter(Array.from({ length: b.size }, (_, k) => elementScalar(v, unflat(k, b.shape)))))),
  });
  defineMethods(BroadcastType, {
    __iter__: (b: Broadcast) => b,
    __next__: (b: Broadcast) => b.next() ?? throwPy('StopIteration', ''),
    reset: (b: Broadcast) => {
      b.index = 0;
      return null;
    },
  });
}

function unflat(k: number, shape: number[]): number[] {
  const idx = new Array(shape.length);
  for (let d = shape.length - 1; d >= 0; d--) {
    idx[d] = k % shape[d];
    k = Math.floor(k / shape[d]);
  }
  return idx;
}
