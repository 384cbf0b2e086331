/**
 * `np.emath` (numpy.lib.scimath): sqrt, log, log2, log10, logn, power, arcsin, arccos, arctanh that
 * switch to complex arithmetic when a real input is outside the real domain (negative for sqrt/log/
 * power, |x| > 1 for arcsin/arccos/arctanh), exactly where NumPy's _fix_real_* helpers do.
 */
import { NDArray } from '../../../runtime/ndarray';
import * as D from '../../../runtime/dtype';
import { PyModule } from '../../objects/values';
import { builtin } from '../../objects/function';
import { truthy } from '../../objects/protocols';
import { asArray, castCopy } from './coerce';
import { applyUfunc } from './ufuncs';
import { ufunc } from './ufuncTable';
import { NPScalar, scalar } from './scalars';

function toComplex(a: NDArray): NDArray {
  const small = [D.float32, D.int8, D.int16, D.uint8, D.uint16, D.complex64].includes(a.dtype.native);
  return castCopy(a, small ? D.complex64 : D.complex128);
}

function anyWhere(a: NDArray, test: string, arg: any): boolean {
  if (a.dtype.kind === 'c') return false;
  const r = applyUfunc(ufunc(test), test === 'less' ? [a, arg] : [applyUfunc(ufunc('absolute'), [a]), arg]);
  const arr = r instanceof NDArray ? r : asArray(r);
  return arr.toArray().some((v) => v !== 0);
}

function fix(x: any, test: 'less' | 'greater', bound: number): { arr: NDArray; scalar: boolean } {
  const isScalar = !(x instanceof NDArray);
  let a = asArray(x);
  if (anyWhere(a, test, bound)) a = toComplex(a);
  return { arr: a, scalar: isScalar };
}

function out(r: any, isScalar: boolean): any {
  if (isScalar && r instanceof NDArray && r.ndim === 0) return scalar(r.dtype, r.get([]));
  return r;
}

export function emathModule(): PyModule {
  const m = new PyModule('numpy.emath');
  const unary = (name: string, uf: string, test: 'less' | 'greater', bound: number) => {
    m.d[name] = builtin(name, (args) => {
      const f = fix(args[0], test, bound);
      return out(applyUfunc(ufunc(uf), [f.arr]), f.scalar);
    });
  };
  unary('sqrt', 'sqrt', 'less', 0);
  unary('log', 'log', 'less', 0);
  unary('log2', 'log2', 'less', 0);
  unary('log10', 'log10', 'less', 0);
  unary('arcsin', 'arcsin', 'greater', 1);
  unary('arccos', 'arccos', 'greater', 1);
  unary('arctanh', 'arctanh', 'greater', 1);
  m.d.logn = builtin('logn', (args) => {
    const n = fix(args[0], 'less', 0), x = fix(args[1], 'less', 0);
    const r = applyUfunc(ufunc('divide'), [applyUfunc(ufunc('log'), [x.arr]), applyUfunc(ufunc('log'), [n.arr])]);
    return out(r, n.scalar && x.scalar);
  });
  m.d.power = builtin('power', (args) => {
    const x = fix(args[0], 'less', 0);
    let p = asArray(args[1]);
    if ((p.dtype.kind === 'i' || p.dtype.kind === 'u') && anyWhere(p, 'less', 0)) p = castCopy(p, D.float64);
    const r = applyUfunc(ufunc('power'), [x.arr, args[1] instanceof NDArray ? p : p.ndim === 0 ? scalar(p.dtype, p.get([])) : p]);
    return out(r, x.scalar && !(args[1] instanceof NDArray));
  });
  void truthy;
  void NPScalar;
  return m;
}
