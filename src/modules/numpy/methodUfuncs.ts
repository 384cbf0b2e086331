/**
 * ndarray methods that NumPy implements with ufuncs, sent through `__array_ufunc__` (NEP 13) when the
 * receiver is an instance of a subclass overriding it: `a.sum()` is `np.add.reduce(a, axis=None,
 * dtype=None, keepdims=False, where=True)`, `a.max()` maximum.reduce, `a.any()` logical_or.reduce
 * with dtype=bool, `a.cumsum()` add.accumulate, `a.mean()` add.reduce then a true_divide,  `a.round()` rint, `a @ b` matmul. The keywords are those NumPy's methods pass
 * (`out` only when given, as a tuple; `initial` only when given). Receivers that do not override
 * `__array_ufunc__` keep the direct implementations.
 * Also: each method's wording of an unexpected keyword argument (nameKeywordComplaints).
 */
import { NDArray } from '../../../runtime/ndarray';
import * as D from '../../../runtime/dtype';
import { PyTuple, tuple } from '../../objects/values';
import { getAttr } from '../../objects/attrs';
import { call, Kw } from '../../objects/function';
import { index as pyIndex } from '../../objects/protocols';
import { pyDType } from './dtypes';
import { kwArgs, overridesArrayUfunc, applyUfunc, withKwComplaint } from './ufuncs';
import { ufunc } from './ufuncTable';
import { normAxis } from './axes';
import { ravel } from './reductions';
import { subclassOf, wrapAs } from './subclassing';

type Method = (a: NDArray, args: any[], kw: Kw) => any;

/** `ufunc.<method>(*inputs, **kw)` called as Python would, so the override sees it */
function callUfuncMethod(name: string, method: string, inputs: any[], kw: Map<string, any>): any {
  return call(getAttr(ufunc(name), method), inputs, kw.size ? kw : null);
}

function outKw(kw: Map<string, any>, out: any): void {
  if (out !== undefined && out !== null) kw.set('out', out instanceof PyTuple ? out : tuple([out]));
}

/** keyword set of a reduction method: axis, dtype, [out], keepdims, [initial], where */
function reduceRoute(name: string, params: string[], fixedDType: D.DType | null, withWhere: boolean): Method {
  return (a, args, kw) => {
    const p = kwArgs(args, kw, params);
    const k = new Map<string, any>();
    k.set('axis', p.axis ?? null);
    k.set('dtype', fixedDType !== null ? pyDType(fixedDType) : (p.dtype ?? null));
    outKw(k, p.out);
    k.set('keepdims', p.keepdims ?? false);
    if (p.initial !== undefined) k.set('initial', p.initial);
    if (withWhere || p.where !== undefined) k.set('where', p.where ?? true);
    return callUfuncMethod(name, 'reduce', [a], k);
  };
}

function accumulateRoute(name: string): Method {
  return (a, args, kw) => {
    const p = kwArgs(args, kw, ['axis', 'dtype', 'out']);
    let arr: any = a;
    let axis = p.axis ?? null;
    if (axis === null) {
      // NumPy accumulates the flattened array (a view of the receiver's class) along its last axis
      const flat = ravel(a);
      arr = flat === a ? a : wrapAs(flat, subclassOf(a)!, a);
      axis = (arr as NDArray).ndim - 1;
    }
    const k = new Map<string, any>([['axis', axis]]);
    if (p.dtype !== undefined && p.dtype !== null) k.set('dtype', p.dtype);
    outKw(k, p.out);
    return callUfuncMethod(name, 'accumulate', [arr], k);
  };
}

function count(a: NDArray, axis: any): number {
  if (axis === null || axis === undefined) return a.size;
  const axes = axis instanceof PyTuple ? axis.items : [axis];
  return axes.reduce((n: number, x: any) => n * a.shape[normAxis(pyIndex(x), a.ndim)], 1);
}

const meanRoute: Method = (a, args, kw) => {
  const p = kwArgs(args, kw, ['axis', 'dtype', 'out', 'keepdims', 'where']);
  const k = new Map<string, any>();
  k.set('axis', p.axis ?? null);
  const intLike = a.dtype.kind === 'i' || a.dtype.kind === 'u' || a.dtype.kind === 'b';
  k.set('dtype', p.dtype ?? (intLike ? pyDType(D.float64) : null));
  outKw(k, p.out);
  k.set('keepdims', p.keepdims ?? false);
  k.set('where', p.where ?? true);
  const s = callUfuncMethod('add', 'reduce', [a], k);
  return applyUfunc(ufunc('true_divide'), [s, count(a, p.axis)]);
};

const ROUTES: Record<string, Method> = {
  sum: reduceRoute('add', ['axis', 'dtype', 'out', 'keepdims', 'initial', 'where'], null, true),
  prod: reduceRoute('multiply', ['axis', 'dtype', 'out', 'keepdims', 'initial', 'where'], null, true),
  max: reduceRoute('maximum', ['axis', 'out', 'keepdims', 'initial', 'where'], null, true),
  min: reduceRoute('minimum', ['axis', 'out', 'keepdims', 'initial', 'where'], null, true),
  any: reduceRoute('logical_or', ['axis', 'out', 'keepdims', 'where'], D.bool, false),
  all: reduceRoute('logical_and', ['axis', 'out', 'keepdims', 'where'], D.bool, false),
  cumsum: accumulateRoute('add'),
  cumprod: accumulateRoute('multiply'),
  mean: meanRoute,
  __matmul__: (a, [b]) => callUfuncMethod('matmul', '__call__', [a, b], new Map()),
  __rmatmul__: (a, [b]) => callUfuncMethod('matmul', '__call__', [b, a], new Map()),
};

/** round(decimals=0) is rint; other decimals keep the direct implementation */
function routeRound(a: NDArray, args: any[], kw: Kw): any {
  const p = kwArgs(args, kw, ['decimals', 'out']);
  if (p.decimals !== undefined && p.decimals !== 0) return undefined;
  const k = new Map<string, any>();
  outKw(k, p.out);
  return callUfuncMethod('rint', '__call__', [a], k);
}

/** Wrap the methods NumPy runs through ufuncs so an overriding receiver's `__array_ufunc__` sees them. */
export function routeMethodsThroughUfuncs(methods: Record<string, Method>): void {
  for (const [name, route] of Object.entries(ROUTES)) {
    const direct = methods[name];
    if (direct === undefined) continue;
    methods[name] = (a, args, kw) => (overridesArrayUfunc(a) ? route(a, args, kw) : direct(a, args, kw));
  }
  const round = methods.round;
  if (round !== undefined) {
    methods.round = (a, args, kw) => {
      if (overridesArrayUfunc(a)) {
        const r = routeRound(a, args, kw);
        if (r !== undefined) return r;
      }
      return round(a, args, kw);
    };
  }
}

/** the Python functions NumPy's reduction methods run (their names show in keyword errors) */
const METHOD_BODIES: Record<string, string> = { sum: '_sum', prod: '_prod', mean: '_mean', std: '_std', var: '_var', max: '_amax', min: '_amin', any: '_any', all: '_all' };
/** methods NumPy parses with its C argument parser: `'k' is an invalid keyword argument for name()` */
const C_PARSED = new Set(['cumsum', 'cumprod', 'round', 'tobytes', 'diagonal']);

/** Make each method of a type report an unexpected keyword argument as `name() got an unexpected keyword ...`. */
export function nameMethodComplaints<T>(methods: Record<string, (self: T, args: any[], kw: Kw) => any>): void {
  for (const [name, f] of Object.entries(methods)) {
    if (name.startsWith('__')) continue;
    const say = (k: string) => `${name}() got an unexpected keyword argument '${k}'`;
    methods[name] = (self, args, kw) => (!kw || kw.size === 0 ? f(self, args, kw) : withKwComplaint(say, () => f(self, args, kw)));
  }
}

/** Make each method report an unexpected keyword argument in NumPy's words (see kwNamed). */
export function nameKeywordComplaints(methods: Record<string, Method>): void {
  for (const [name, f] of Object.entries(methods)) {
    if (name.startsWith('__')) continue;
    const say = name === 'reshape'
      ? (k: string) => `'${k}' is an invalid keyword argument for this function`
      : C_PARSED.has(name)
        ? (k: string) => `'${k}' is an invalid keyword argument for ${name}()`
        : (k: string) => `${METHOD_BODIES[name] ?? name}() got an unexpected keyword argument '${k}'`;
    methods[name] = (a, args, kw) => (!kw || kw.size === 0 ? f(a, args, kw) : withKwComplaint(say, () => f(a, args, kw)));
  }
}
