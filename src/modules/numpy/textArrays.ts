/**
 * Building the arrays that text readers (loadtxt, genfromtxt, fromregex) return from rows of values.
 *
 * A target dtype is seen as its flat list of leaves (`Leaf`: a plain dtype at a byte offset within one
 * row), which is how NumPy maps text columns onto dtypes: a plain dtype is one leaf per column (the
 * result is 2-D, rows × columns), a structured dtype one leaf per (flattened) field, sub-arrays one per
 * element (the result is 1-D, one record per row). Values arrive already in each leaf's domain.
 * Also NumPy's `_ensure_ndmin_ndarray`.
 */
import { NDArray, shapeSize } from '../../../runtime/ndarray';
import { DType, unicode, bytes } from '../../../runtime/dtype';
import { writer } from '../../../runtime/elements';
import { heap } from '../../../runtime/memory';
import { throwPy } from '../../objects/errors';
import { str as pyStr } from '../../objects/repr';
import { allocArray } from './coerce';
import { squeeze } from './shape';
import { parseFloatField, parseIntField, parseBoolField, parseComplexField } from './textFields';
import { parseStr } from './scalars';
import { PyExc } from '../../objects/exceptions';
import { RuntimePyError } from '../../../runtime/errors';

export interface Leaf {
  dtype: DType;
  offset: number;
}

/** The leaves of a dtype: itself, or its fields (nested, sub-arrays expanded) in order. */
export function leavesOf(dt: DType, base = 0): Leaf[] {
  if (dt.subBase) {
    const n = shapeSize(dt.subShape!);
    const out: Leaf[] = [];
    for (let i = 0; i < n; i++) out.push(...leavesOf(dt.subBase, base + i * dt.subBase.itemsize));
    return out;
  }
  if (dt.fields) return dt.fields.flatMap((f) => leavesOf(f.dtype, base + f.offset));
  return [{ dtype: dt, offset: base }];
}

/** One text field as a value of `dt`'s domain (text stays a string for 'U' and 'S'), or undefined when it does not parse. */
export function parseField(s: string, dt: DType): any {
  switch (dt.kind) {
    case 'f':
      return parseFloatField(s, dt) ?? undefined;
    case 'i':
    case 'u':
      return parseIntField(s, dt) ?? undefined;
    case 'b':
      return parseBoolField(s) ?? undefined;
    case 'c':
      return parseComplexField(s, dt) ?? undefined;
    case 'U':
      return dt.chars === 0 ? s : [...s].slice(0, dt.chars).join('');
    case 'S':
      // bytes fields hold the text's latin-1 bytes, as NumPy's loadtxt encodes them
      return dt.chars === 0 ? s : s.slice(0, dt.chars);
    case 'O':
      // loadtxt's object fields are the text itself (a Python str)
      return s;
    case 'M':
    case 'm':
      // dates and durations parse as np.datetime64('2024-01-01') / np.timedelta64 text does
      try {
        return parseStr(s.trim(), dt);
      } catch (e) {
        if (e instanceof PyExc || e instanceof RuntimePyError) return undefined;
        throw e;
      }
  }
  return throwPy('TypeError', `cannot read text into a field of type ${dt.str}`);
}

/**
 * The array of `rows` (each a list of leaf values) for dtype `dt`: 2-D (rows × columns) for a plain
 * dtype — `emptyCols` columns when there are no rows; 'U0' (dtype=str) as wide as the longest value —
 * or 1-D records for a structured one.
 */
export function rowsToArray(rows: any[][], dt: DType, emptyCols: number): NDArray {
  if (!dt.fields) {
    const ncol = rows.length ? rows[0].length : emptyCols;
    let t = dt;
    if (dt.isText && dt.chars === 0) {
      // dtype=str / dtype=bytes: as wide as the longest value
      let n = 1;
      for (const r of rows) for (const v of r) n = Math.max(n, [...v].length);
      t = dt.kind === 'U' ? unicode(n) : bytes(n);
    }
    const a = allocArray([rows.length, ncol], t);
    const w = writer(t);
    const dv = heap.view();
    let p = a.addr;
    for (const r of rows) for (const v of r) (w(dv, p, v), (p += t.itemsize));
    return a;
  }
  const leaves = leavesOf(dt);
  if (leaves.some((l) => l.dtype.isText && l.dtype.chars === 0)) throwPy('TypeError', 'structured dtypes with unsized string fields are not supported');
  const a = allocArray([rows.length], dt, true);
  const ws = leaves.map((l) => writer(l.dtype));
  const dv = heap.view();
  rows.forEach((r, i) => {
    const base = a.addr + i * dt.itemsize;
    r.forEach((v, k) => ws[k](dv, base + leaves[k].offset, v));
  });
  return a;
}

/** numpy's _ensure_ndmin_ndarray: squeeze when above ndmin, then pad to ndmin (2-D columns for ndmin=2). */
export function ensureNdmin(a: NDArray, ndmin: number): NDArray {
  let r = a;
  if (r.ndim > ndmin) r = squeeze(r, undefined);
  if (r.ndim < ndmin) {
    if (ndmin === 1) r = r.view([1], [0], r.offset);
    else if (ndmin === 2) r = r.ndim === 0 ? r.view([1, 1], [0, 0], r.offset) : r.view([r.shape[0], 1], [r.strides[0], 0], r.offset);
  }
  return r;
}

/** The `ndmin` argument, checked as NumPy does. */
export function ndminArg(v: any): number {
  const n = v === undefined ? 0 : v;
  if (n !== 0 && n !== 1 && n !== 2 && n !== false && n !== true) throwPy('ValueError', `Illegal value of ndmin keyword: ${pyStr(n)}`);
  return Number(n);
}
