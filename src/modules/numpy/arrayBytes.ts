/**
 * ndarray methods that work on the bytes of the elements: `byteswap(inplace=False)` (each scalar unit
 * reversed: the halves of a complex, each UCS4 code unit of a str, each field of a record; bytes,
 * bools and int8 are left alone), `getfield(dtype, offset=0)` (a view of part of each item as another
 * type), `setfield(val, dtype, offset=0)` (writing through such a view) and `setflags(write, align,
 * uic)` (the WRITEABLE flag; ALIGNED may only be confirmed, WRITEBACKIFCOPY only cleared).
 */
import { NDArray, contiguousStrides } from '../../../runtime/ndarray';
import { DType } from '../../../runtime/dtype';
import { heap } from '../../../runtime/memory';
import { PyType } from '../../objects/pytype';
import { throwPy } from '../../objects/errors';
import { defineMethods } from '../../objects/types/define';
import { Kw } from '../../objects/function';
import { truthy, index as pyIndex } from '../../objects/protocols';
import { toDType } from './dtypes';
import { asArray, castCopyLike, copyInto } from './coerce';
import { kwArgs } from './ufuncs';
import { subclassOf, wrapAs } from './subclassing';

/** [byte offset, unit size] of each run of bytes a byteswap reverses within one item */
function swapUnits(dt: DType, base: number, out: [number, number][]): void {
  if (dt.fields !== null) {
    for (const f of dt.fields) swapUnits(f.dtype, base + f.offset, out);
    return;
  }
  if (dt.subBase !== null && dt.subShape !== null) {
    const n = dt.subShape.reduce((x, y) => x * y, 1);
    for (let i = 0; i < n; i++) swapUnits(dt.subBase, base + i * dt.subBase.itemsize, out);
    return;
  }
  let unit: number;
  switch (dt.kind) {
    case 'S': case 'V': case 'b': case 'O': return;
    case 'U': unit = 4; break;
    case 'c': unit = dt.itemsize / 2; break;
    default: unit = dt.itemsize;
  }
  if (unit <= 1) return;
  for (let o = 0; o < dt.itemsize; o += unit) out.push([base + o, unit]);
}

/** Reverse the byte runs of every element of `a` in place (any layout). */
function swapInPlace(a: NDArray): void {
  const units: [number, number][] = [];
  swapUnits(a.dtype, 0, units);
  if (units.length === 0 || a.size === 0) return;
  void a.addr; // pages in a lazily filled block
  const bytes = new Uint8Array(heap.buffer);
  const idx = new Array(a.ndim).fill(0);
  for (let i = 0; i < a.size; i++) {
    const at = a.addrOf(idx);
    for (const [o, n] of units) bytes.subarray(at + o, at + o + n).reverse();
    for (let d = a.ndim - 1; d >= 0; d--) {
      if (++idx[d] < a.shape[d]) break;
      idx[d] = 0;
    }
  }
}

function byteswap(a: NDArray, args: any[], kw: Kw): NDArray {
  const p = kwArgs(args, kw, ['inplace']);
  if (p.inplace !== undefined && truthy(p.inplace)) {
    if (!a.writeable) throwPy('ValueError', 'assignment destination is read-only');
    swapInPlace(a);
    return a;
  }
  const r = castCopyLike(a, a.dtype, 'K');
  swapInPlace(r);
  const cls = subclassOf(a);
  return cls === null || subclassOf(r) !== null ? r : wrapAs(r, cls, a);
}

function fieldView(a: NDArray, dtArg: any, offArg: any): NDArray {
  const dt = toDType(dtArg);
  const off = offArg === undefined ? 0 : pyIndex(offArg);
  if (off < 0) throwPy('ValueError', 'offset is negative');
  if (off + dt.itemsize > a.itemsize) throwPy('ValueError', 'new type plus offset is larger than original type');
  if (dt.subBase !== null && dt.subShape !== null) {
    // a sub-array type adds its dimensions to the view
    const inner = contiguousStrides(dt.subShape, dt.subBase.itemsize);
    return a.view([...a.shape, ...dt.subShape], [...a.strides, ...inner], a.offset + off, dt.subBase);
  }
  return a.view(a.shape.slice(), a.strides.slice(), a.offset + off, dt);
}

export function installArrayBytes(ndarrayType: PyType): void {
  defineMethods(ndarrayType, {
    byteswap,
    getfield: (a: NDArray, args: any[], kw: Kw) => {
      const p = kwArgs(args, kw, ['dtype', 'offset']);
      return fieldView(a, p.dtype, p.offset);
    },
    setfield: (a: NDArray, args: any[], kw: Kw) => {
      const p = kwArgs(args, kw, ['val', 'dtype', 'offset']);
      if (!a.writeable) throwPy('ValueError', 'assignment destination is read-only');
      const v = fieldView(a, p.dtype, p.offset);
      copyInto(v, asArray(p.val, v.dtype));
      return null;
    },
    setflags: (a: NDArray, args: any[], kw: Kw) => {
      const p = kwArgs(args, kw, ['write', 'align', 'uic']);
      if (p.uic !== undefined && p.uic !== null && truthy(p.uic)) throwPy('ValueError', 'cannot set WRITEBACKIFCOPY flag to True');
      if (p.align !== undefined && p.align !== null && truthy(p.align) && a.offset % Math.min(a.itemsize, 8) !== 0) throwPy('ValueError', 'cannot set aligned flag of mis-aligned array to True');
      if (p.write !== undefined && p.write !== null) {
        const on = truthy(p.write);
        if (on && a.base && !a.base.writeable) throwPy('ValueError', 'cannot set WRITEABLE flag to True of this array');
        a.writeable = on;
      }
      return null;
    },
  });
}
