/**
 * `ndarray.flat`: NumPy's flatiter, the array seen as one C-ordered 1-d sequence that reads and writes
 * through to the array whatever its layout. Indexing it with an int gives a scalar, with a slice, mask or
 * index array a new array (a copy, as NumPy's); assigning `a.flat[key] = v` writes into `a`, and
 * `a.flat = v` fills every element from v's values, cycling (NumPy's flat setter).
 *
 * It is its own iterator (`index`, `coords` follow it). For a non-contiguous array writes go through a C-ordered copy that is copied back.
 */
import { NDArray } from '../../../runtime/ndarray';
import { PyType, builtinType, ObjectType } from '../../objects/pytype';
import { tuple } from '../../objects/values';
import { defineMethods } from '../../objects/types/define';
import { defGetters } from '../../objects/descriptors';
import { PyIter } from '../../objects/iterators';
import { throwPy } from '../../objects/errors';
import { asArray, castCopy, copyInto, elementScalar } from './coerce';
import { ravel } from './reductions';
import { subclassOf, wrapAs } from './subclassing';
import { getIndex, setIndex } from './indexing';
import { NPScalar } from './scalars';

export const FlatIterType = builtinType('flatiter', ObjectType, 'numpy');

/** NumPy words an integer key out of range of the flat sequence as "for size n", without an axis */
function checkFlatKey(key: any, n: number): void {
  let ks: number[];
  if (typeof key === 'number' || typeof key === 'bigint') ks = [Number(key)];
  else if (key instanceof NPScalar && (key.dt.kind === 'i' || key.dt.kind === 'u')) ks = [Number(key.v)];
  else if (key instanceof NDArray || Array.isArray(key)) {
    const a = asArray(key);
    if (a.dtype.kind !== 'i' && a.dtype.kind !== 'u') return;
    ks = Array.from(a.toArray(), Number);
  } else return;
  const bad = ks.find((k) => k < -n || k >= n);
  if (bad !== undefined) throwPy('IndexError', `index ${bad} is out of bounds for size ${n}`);
}

class FlatIter extends PyIter {
  declare cls: PyType;
  index = 0;
  constructor(readonly base: NDArray) {
    super();
    this.cls = FlatIterType;
  }
  next(): any {
    return this.index < this.base.size ? elementScalar(this.base, unflat(this.index++, this.base.shape)) : undefined;
  }
}

export function flatOf(a: NDArray): FlatIter {
  return new FlatIter(a);
}

/** run `write` on a C-ordered 1-d alias of `a` (a copy written back when `a` is not contiguous) */
function writeFlat(a: NDArray, write: (flat: NDArray) => void): void {
  if (a.cContiguous) {
    write(a.view([a.size], [a.itemsize], a.offset));
    return;
  }
  const c = castCopy(a, a.dtype);
  write(c.view([a.size], [a.itemsize], c.offset));
  copyInto(a, c);
}

/** `a.flat = v`: every element from v's values in C order, cycling */
export function setFlat(a: NDArray, v: any): void {
  const vals = ravel(asArray(v, a.dtype)).toArray();
  if (!vals.length) return;
  writeFlat(a, (flat) => {
    for (let k = 0; k < a.size; k++) flat.set([k], vals[k % vals.length]);
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

export function installFlatIterType(): void {
  defGetters(FlatIterType, {
    base: (f: FlatIter) => f.base,
    index: (f: FlatIter) => f.index,
    coords: (f: FlatIter) => tuple(unflat(f.index, f.base.shape)),
  });
  defineMethods(FlatIterType, {
    __len__: (f: FlatIter) => f.base.size,
    __iter__: (f: FlatIter) => f,
    __next__: (f: FlatIter) => f.next() ?? throwPy('StopIteration', ''),
    __getitem__: (f: FlatIter, [key]) => {
      checkFlatKey(key, f.base.size);
      const r = getIndex(ravel(f.base), key);
      if (r instanceof NPScalar || !(r instanceof NDArray)) return r;
      // the copy is of the base array's class (NumPy creates it with its subtype)
      const c = castCopy(r, r.dtype), cls = subclassOf(f.base);
      return cls === null ? c : wrapAs(c, cls, f.base);
    },
    __setitem__: (f: FlatIter, [key, value]) => {
      checkFlatKey(key, f.base.size);
      writeFlat(f.base, (flat) => setIndex(flat, key, value));
      return null;
    },
    __array__: (f: FlatIter) => castCopy(ravel(f.base), f.base.dtype),
    copy: (f: FlatIter) => castCopy(ravel(f.base), f.base.dtype),
    __repr__: () => '<numpy.flatiter object>',
  });
}
