/**
 * The NumPy 2 functions that come from the array-API standard, built on the classic ones: vecdot, matvec,
 * vecmat, matrix_transpose, unstack, astype and isdtype (concat and permute_dims are NumPy's concatenate
 * and transpose themselves, bound in module.ts).
 *
 * vecdot conjugates its first argument (as np.vdot does) and sums over `axis` after broadcasting;
 * matvec/vecmat are matmul with the vector as a trailing column/leading row that is dropped afterwards.
 */
import { NDArray } from '../../../runtime/ndarray';
import * as D from '../../../runtime/dtype';
import { tuple, PyTuple } from '../../objects/values';
import { throwPy } from '../../objects/errors';
import { builtin, Kw, PyBuiltin } from '../../objects/function';
import { truthy, index as pyIndex } from '../../objects/protocols';
import { asArray, castCopy, elementScalar } from './coerce';
import { kwArgs, kwNamed, applyUfunc } from './ufuncs';
import { ufunc } from './ufuncTable';
import { normAxis } from './axes';
import { swapaxes, expandDims } from './shape';
import { sub } from './joining';
import { matmul } from './linalgBasic';
import { toDType } from './dtypes';
import * as R from './reductions';

const conj = (a: NDArray) => (a.dtype.kind === 'c' ? asArray(applyUfunc(ufunc('conjugate'), [a])) : a);

/** drop axis `ax` of a matmul result (the length-1 column or row the vector became) */
function dropAxis(r: any, ax: number): any {
  const a = asArray(r);
  return R.sum(a, { axis: ax < 0 ? a.ndim + ax : ax });
}

const KIND_NAMES: Record<string, (dt: D.DType) => boolean> = {
  bool: (dt) => dt.kind === 'b',
  'signed integer': (dt) => dt.kind === 'i',
  'unsigned integer': (dt) => dt.kind === 'u',
  integral: (dt) => dt.kind === 'i' || dt.kind === 'u',
  'real floating': (dt) => dt.kind === 'f',
  'complex floating': (dt) => dt.kind === 'c',
  numeric: (dt) => 'iufc'.includes(dt.kind),
};

function isdtype(dtArg: any, kind: any): boolean {
  const dt = toDType(dtArg);
  const kinds = kind instanceof PyTuple ? kind.items : [kind];
  return kinds.some((k: any) => {
    if (typeof k === 'string') {
      const f = KIND_NAMES[k];
      if (!f) throwPy('ValueError', `kind argument is a string, but '${k}' is not a known kind name.`);
      return f(dt);
    }
    return toDType(k) === dt;
  });
}

export function arrayApiFunctions(): Record<string, PyBuiltin> {
  const b = (name: string, f: (args: any[], kw: Kw) => any) => builtin(name, kwNamed(name, f));
  return {
    vecdot: b('vecdot', (args, kw) => {
      const p = kwArgs(args, kw, ['x1', 'x2', 'out', 'axis']);
      const prod = asArray(applyUfunc(ufunc('multiply'), [conj(asArray(p.x1)), p.x2]));
      return R.sum(prod, { axis: p.axis ?? -1, out: p.out ?? undefined });
    }),
    matvec: b('matvec', (args, kw) => {
      const p = kwArgs(args, kw, ['x1', 'x2', 'out']);
      return dropAxis(matmul(p.x1, expandDims(asArray(p.x2), -1)), -1);
    }),
    vecmat: b('vecmat', (args, kw) => {
      const p = kwArgs(args, kw, ['x1', 'x2', 'out']);
      return dropAxis(matmul(expandDims(conj(asArray(p.x1)), -2), p.x2), -2);
    }),
    matrix_transpose: b('matrix_transpose', (args, kw) => {
      const p = kwArgs(args, kw, ['x']);
      const a = asArray(p.x);
      if (a.ndim < 2) throwPy('ValueError', 'Input array must be at least 2-dimensional');
      return swapaxes(a, -1, -2);
    }),
    unstack: b('unstack', (args, kw) => {
      const p = kwArgs(args, kw, ['x', 'axis']);
      const a = asArray(p.x);
      if (a.ndim === 0) throwPy('ValueError', 'Input array must be at least 1-d.');
      const ax = normAxis(p.axis === undefined ? 0 : pyIndex(p.axis), a.ndim);
      // the pieces of a 1-d array are scalars, as iterating over it gives
      return tuple(Array.from({ length: a.shape[ax] }, (_, i) => (a.ndim === 1 ? elementScalar(a, [i]) : sub(a, ax, i))));
    }),
    astype: b('astype', (args, kw) => {
      const p = kwArgs(args, kw, ['x', 'dtype', 'copy', 'device']);
      if (!(p.x instanceof NDArray)) throwPy('TypeError', `Input should be a NumPy array or scalar. It is a ${p.x?.cls?.name ?? typeof p.x} instead.`);
      const dt = toDType(p.dtype);
      if (p.copy !== undefined && !truthy(p.copy) && dt === p.x.dtype) return p.x;
      return castCopy(p.x, dt);
    }),
    isdtype: b('isdtype', (args, kw) => {
      const p = kwArgs(args, kw, ['dtype', 'kind']);
      return isdtype(p.dtype, p.kind);
    }),
  };
}
