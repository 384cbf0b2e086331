/**
 * The `numpy.linalg` module object and the linear-algebra functions NumPy also exposes at top level
 * (np.cross, np.kron). Each entry binds Python arguments (NumPy's
 * parameter names, positional or keyword) to the implementations in linalgFactor.ts (LU, Cholesky,
 * QR), linalgSpectral.ts (eig, eigh, svd, lstsq, pinv, rank, cond), linalgNorm.ts and
 * linalgProducts.ts; the numerics live in runtime/linalg.
 */
import { PyModule, PyTuple } from '../../objects/values';
import { NDArray } from '../../../runtime/ndarray';
import { subclassOf, wrapResult } from './subclassing';
import { builtin, Kw, PyBuiltin } from '../../objects/function';
import { kwArgs, kwNamed } from './ufuncs';
import { matmul } from './linalgBasic';
import { LinAlgErrorType } from './linalgStack';
import { inv, solve, det, slogdet, cholesky, qr } from './linalgFactor';
import { eig, eigvals, eigh, eigvalsh, svd, svdvals, pinv, matrixRank, cond, lstsq } from './linalgSpectral';
import { norm, vectorNormApi, matrixNormApi } from './linalgNorm';
import {
  matrixPower, multiDot, tensorinv, tensorsolve, trace, diagonal, cross, linalgCross, kron, tensordot, outer, vecdot,
  matrixTranspose,
} from './linalgProducts';

type Impl = (p: Record<string, any>) => any;

/**
 * The results numpy.linalg hands back through the `__array_wrap__` of an ndarray subclass argument
 * (its _makearray): the argument that decides, the tuple items wrapped, and whether a lone array
 * result (qr's mode='r') is wrapped too.
 */
const WRAPPED: Record<string, [string, number[], boolean]> = {
  inv: ['a', [], true], solve: ['b', [], true], cholesky: ['a', [], true], pinv: ['a', [], true],
  matrix_power: ['a', [], true], qr: ['a', [0, 1], true], eig: ['a', [1], false], eigh: ['a', [1], false],
  svd: ['a', [0, 2], false], lstsq: ['b', [0, 1], false],
};

function wrapLinalg(r: any, src: any, items: number[], single: boolean): any {
  if (subclassOf(src) === null) return r;
  const w = (x: any) => (x instanceof NDArray && subclassOf(x) === null ? wrapResult(x, src, null, false) : x);
  if (r instanceof PyTuple) {
    for (const i of items) if (i < r.items.length) r.items[i] = w(r.items[i]);
    return r;
  }
  return single ? w(r) : r;
}

/** A builtin taking NumPy's parameter names (positional in order, or by keyword). */
function fn(name: string, params: string[], impl: Impl): PyBuiltin {
  const wrap = WRAPPED[name];
  if (wrap !== undefined) {
    const [src, items, single] = wrap;
    return builtin(name, kwNamed(name, (args: any[], kw: Kw) => {
      const p = kwArgs(args, kw, params);
      return wrapLinalg(impl(p), p[src], items, single);
    }));
  }
  return builtin(name, kwNamed(name, (args: any[], kw: Kw) => impl(kwArgs(args, kw, params))));
}

export function linalgModule(): PyModule {
  const m = new PyModule('numpy.linalg');
  const d = m.d;
  const defs: [string, string[], Impl][] = [
    ['inv', ['a'], (p) => inv(p.a)],
    ['solve', ['a', 'b'], (p) => solve(p.a, p.b)],
    ['det', ['a'], (p) => det(p.a)],
    ['slogdet', ['a'], (p) => slogdet(p.a)],
    ['cholesky', ['a', 'upper'], (p) => cholesky(p.a, p.upper)],
    ['qr', ['a', 'mode'], (p) => qr(p.a, p.mode)],
    ['eig', ['a'], (p) => eig(p.a)],
    ['eigvals', ['a'], (p) => eigvals(p.a)],
    ['eigh', ['a', 'UPLO'], (p) => eigh(p.a, p.UPLO)],
    ['eigvalsh', ['a', 'UPLO'], (p) => eigvalsh(p.a, p.UPLO)],
    ['svd', ['a', 'full_matrices', 'compute_uv', 'hermitian'], (p) => svd(p.a, p.full_matrices, p.compute_uv, p.hermitian)],
    ['svdvals', ['x'], (p) => svdvals(p.x)],
    ['pinv', ['a', 'rcond', 'hermitian', 'rtol'], (p) => pinv(p.a, p.rcond, p.hermitian, p.rtol)],
    ['matrix_rank', ['A', 'tol', 'hermitian', 'rtol'], (p) => matrixRank(p.A, p.tol, p.hermitian, p.rtol)],
    ['cond', ['x', 'p'], (p) => cond(p.x, p.p)],
    ['lstsq', ['a', 'b', 'rcond'], (p) => lstsq(p.a, p.b, p.rcond)],
    ['norm', ['x', 'ord', 'axis', 'keepdims'], (p) => norm(p.x, p.ord, p.axis, p.keepdims)],
    ['vector_norm', ['x', 'axis', 'keepdims', 'ord'], (p) => vectorNormApi(p.x, p.axis, p.keepdims, p.ord)],
    ['matrix_norm', ['x', 'keepdims', 'ord'], (p) => matrixNormApi(p.x, p.keepdims, p.ord)],
    ['matrix_power', ['a', 'n'], (p) => matrixPower(p.a, p.n)],
    ['multi_dot', ['arrays', 'out'], (p) => multiDot(p.arrays)],
    ['tensorinv', ['a', 'ind'], (p) => tensorinv(p.a, p.ind)],
    ['tensorsolve', ['a', 'b', 'axes'], (p) => tensorsolve(p.a, p.b, p.axes)],
    ['trace', ['x', 'offset', 'dtype'], (p) => trace(p.x, p.offset, p.dtype)],
    ['diagonal', ['x', 'offset'], (p) => diagonal(p.x, p.offset)],
    ['cross', ['x1', 'x2', 'axis'], (p) => linalgCross(p.x1, p.x2, p.axis)],
    ['outer', ['x1', 'x2'], (p) => outer(p.x1, p.x2)],
    ['tensordot', ['x1', 'x2', 'axes'], (p) => tensordot(p.x1, p.x2, p.axes)],
    ['matmul', ['x1', 'x2'], (p) => matmul(p.x1, p.x2)],
    ['vecdot', ['x1', 'x2', 'axis'], (p) => vecdot(p.x1, p.x2, p.axis)],
    ['matrix_transpose', ['x'], (p) => matrixTranspose(p.x)],
  ];
  for (const [name, params, impl] of defs) d[name] = fn(name, params, impl);
  d.LinAlgError = LinAlgErrorType;
  return m;
}

/** np.cross and np.kron (np.tensordot already lives in einsum.ts). */
export function linalgTopLevel(): Record<string, PyBuiltin> {
  return {
    cross: fn('cross', ['a', 'b', 'axisa', 'axisb', 'axisc', 'axis'], (p) => cross(p.a, p.b, p.axisa, p.axisb, p.axisc, p.axis)),
    kron: fn('kron', ['a', 'b'], (p) => kron(p.a, p.b)),
  };
}
