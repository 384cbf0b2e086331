/**
 * `np.savetxt`, as numpy/lib/_npyio_impl.py writes: each row is `format % tuple(row)` + newline with the
 * interpreter's own %-formatting (so '%.18e', '%d', '%10.3f', '%s' … behave exactly as in Python, with
 * NumPy scalars as the arguments), where `format` is one format per column joined by `delimiter` — a
 * single '%' format is repeated, complex arrays get ` (f+fj)` pairs with '+-' folded to '-' — or the
 * user's full row format. `header` and `footer` lines are prefixed with `comments` (also after every
 * newline inside them). 1-D arrays are written as one column; structured arrays one record per line.
 * The file is truncated first and closed even when formatting fails, as NumPy does.
 */
import { NDArray } from '../../../runtime/ndarray';
import { PyTuple, tuple } from '../../objects/values';
import { throwPy } from '../../objects/errors';
import { PyExc, excType } from '../../objects/exceptions';
import { Kw } from '../../objects/function';
import { toArray } from '../../objects/iterators';
import { typeOf } from '../../objects/pytype';
import { repr, str as pyStr } from '../../objects/repr';
import { strMod } from '../../objects/formatting';
import { asArray } from './coerce';
import { scalar } from './scalars';
import { dtypeStr } from './dtypes';
import { kwArgs } from './ufuncs';
import { fieldView } from './structured';
import { TextSink } from './ioFiles';

/** The Python values of one row: NumPy scalars (str for 'U'), one per column or field. */
function rowValues(a: NDArray, i: number): any[] {
  const dt = a.dtype;
  if (dt.fields) return dt.fields.map((f) => {
    const col = fieldView(a, f.name);
    return scalar(col.dtype, col.get(col.ndim > 1 ? [i, 0] : [i]));
  });
  const out: any[] = [];
  for (let j = 0; j < a.shape[1]; j++) out.push(scalar(dt, a.get([i, j])));
  return out;
}

export function savetxt(args: any[], kw: Kw): null {
  const p = kwArgs(args, kw, ['fname', 'X', 'fmt', 'delimiter', 'newline', 'header', 'footer', 'comments', 'encoding']);
  const delimiter = p.delimiter === undefined ? ' ' : pyStr(p.delimiter);
  const newline = p.newline === undefined ? '\n' : pyStr(p.newline);
  const comments = p.comments === undefined ? '# ' : pyStr(p.comments);
  const header = p.header === undefined ? '' : pyStr(p.header);
  const footer = p.footer === undefined ? '' : pyStr(p.footer);
  const encoding = p.encoding === undefined || p.encoding === null ? null : String(p.encoding);
  const out = TextSink.open(p.fname, encoding);
  try {
    let X = asArray(p.X);
    if (X.ndim === 0 || X.ndim > 2) throwPy('ValueError', `Expected 1D or 2D array, got ${X.ndim}D array instead`);
    let ncol: number;
    if (X.dtype.fields) ncol = X.dtype.fields.length;
    else {
      if (X.ndim === 1) X = X.view([X.shape[0], 1], [X.strides[0], 0], X.offset);
      ncol = X.shape[1];
    }
    const isComplex = X.dtype.kind === 'c';
    const fmt = p.fmt === undefined ? '%.18e' : p.fmt;
    let format: string;
    if (Array.isArray(fmt) || fmt instanceof PyTuple) {
      const list = toArray(fmt).map((f: any) => pyStr(f));
      if (list.length !== ncol) throwPy('AttributeError', `fmt has wrong shape.  ${pyStr(fmt)}`);
      format = list.join(delimiter);
    } else if (typeof fmt === 'string') {
      const n = fmt.split('%').length - 1;
      const wrong = () => throwPy('ValueError', `fmt has wrong number of % formats:  ${fmt}`);
      if (n === 1) format = new Array(ncol).fill(isComplex ? ` (${fmt}+${fmt}j)` : fmt).join(delimiter);
      else if (isComplex ? n !== 2 * ncol : n !== ncol) format = wrong();
      else format = fmt;
    } else {
      format = throwPy('ValueError', `invalid fmt: ${repr(fmt)}`);
    }
    if (header.length > 0) out.write(comments + header.replaceAll('\n', '\n' + comments) + newline);
    const rows = X.shape[0];
    for (let i = 0; i < rows; i++) {
      const vals = rowValues(X, i);
      if (isComplex) {
        const parts = vals.flatMap((z: any) => [scalar(X.dtype.realType, z.v.re), scalar(X.dtype.realType, z.v.im)]);
        out.write((strMod(format, tuple(parts)) + newline).replaceAll('+-', '-'));
        continue;
      }
      let line: string;
      try {
        line = strMod(format, tuple(vals));
      } catch (e) {
        if (e instanceof PyExc && typeOf(e).isSubtypeOf(excType('TypeError'))) {
          throwPy('TypeError', `Mismatch between array dtype ('${dtypeStr(X.dtype)}') and format specifier ('${format}')`);
        }
        throw e;
      }
      out.write(line + newline);
    }
    if (footer.length > 0) out.write(comments + footer.replaceAll('\n', '\n' + comments) + newline);
  } finally {
    out.close();
  }
  return null;
}
