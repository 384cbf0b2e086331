/**
 * NEP 18, the `__array_function__` protocol: a NumPy function called with an argument whose type
 * defines `__array_function__` (a duck array written in Python, or an ndarray subclass overriding it)
 * hands the call to `type(arg).__array_function__(arg, func, types, args, kwargs)` instead of running.
 *
 * The relevant arguments are the positional and keyword arguments, and the items of a list or tuple
 * passed as one (np.concatenate([a, b])). Like NumPy, the implementing arguments are taken one per type,
 * subclasses before their superclasses and otherwise left to right; a plain ndarray takes part through
 * `ndarray.__array_function__` (which only accepts ndarray types), and when no argument overrides it the
 * function just runs. Every override answering NotImplemented raises NumPy's TypeError.
 *
 * Functions taking NumPy's `like=` instead of dispatching (np.array, np.asarray, np.zeros …) are left out.
 */
import { NDArray } from '../../../runtime/ndarray';
import { PyType } from '../../objects/pytype';
import { PyTuple, tuple, NotImplemented } from '../../objects/values';
import { PyDict } from '../../objects/hashtable';
import { throwPy } from '../../objects/errors';
import { PyBuiltin, Kw, call, builtin } from '../../objects/function';
import { repr } from '../../objects/repr';
import { NDArrayType } from './arrayType';

/** functions that NumPy does not dispatch (creation from Python data, `like=` only, settings) */
const NOT_DISPATCHED = new Set([
  'array', 'asarray', 'asanyarray', 'ascontiguousarray', 'asfortranarray', 'require', 'zeros', 'ones', 'empty',
  'full', 'arange', 'identity', 'eye', 'tri', 'fromfunction', 'fromiter', 'frombuffer', 'fromstring', 'fromfile',
  'loadtxt', 'genfromtxt', 'fromregex', 'load', '__getattr__', 'set_printoptions', 'get_printoptions', 'printoptions',
  'seterr', 'geterr', 'errstate', 'seterrcall', 'geterrcall', 'frompyfunc', 'vectorize', 'dtype', 'isscalar',
  'issubdtype', 'promote_types', 'finfo', 'iinfo', 'set_string_function', 'getbufsize', 'setbufsize', 'info',
  'asmatrix', 'mat', 'typename', 'mintypecode', 'sctype2char', 'format_float_positional', 'format_float_scientific',
  'base_repr', 'binary_repr', 'busdaycalendar', 'datetime_data', 'show_config', 'get_include', 'deprecate',
]);

/** the default `ndarray.__array_function__` (also what a subclass inheriting it reaches) */
export const defaultArrayFunction: PyBuiltin = builtin('__array_function__', (args) => {
  const [, func, types, fargs, fkw] = args;
  const ts = types instanceof PyTuple ? types.items : Array.isArray(types) ? types : [];
  for (const t of ts) if (!(t instanceof PyType) || !t.isSubtypeOf(NDArrayType)) return NotImplemented;
  const impl = func instanceof PyBuiltin ? implementations.get(func) : undefined;
  if (impl === undefined) return NotImplemented;
  return impl(fargs instanceof PyTuple ? fargs.items : [], kwMap(fkw));
});

/** each wrapped public function's own implementation (what `ndarray.__array_function__` runs) */
const implementations = new WeakMap<PyBuiltin, (args: any[], kw: Kw) => any>();

function kwMap(d: any): Kw {
  if (!(d instanceof PyDict) || d.size === 0) return null;
  const m = new Map<string, any>();
  for (const { k, v } of d.entries()) m.set(k, v);
  return m;
}

/** The class of an argument taking part in dispatch, with its method (undefined for other values). */
function methodOf(v: any): [PyType, any] | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  if (v instanceof NDArray) {
    if (!Object.prototype.hasOwnProperty.call(v, 'cls')) return [NDArrayType, defaultArrayFunction];
  } else if (!(v.cls instanceof PyType) || !v.cls.isUser) return undefined;
  const cls: PyType = v.cls;
  const m = cls.lookup('__array_function__');
  return m === undefined || m === null ? undefined : [cls, m];
}

/** True when some argument (or item of a list/tuple argument) is a user object or a subclass instance */
function mayOverride(v: any): boolean {
  if (typeof v !== 'object' || v === null) return false;
  if (v instanceof NDArray) return Object.prototype.hasOwnProperty.call(v, 'cls');
  return v.cls instanceof PyType && v.cls.isUser;
}

/** the relevant arguments: each argument, and the items of a short list or tuple argument */
function relevant(args: any[], kw: Kw): any[] {
  const out: any[] = [];
  const add = (v: any) => {
    if (Array.isArray(v) || v instanceof PyTuple) {
      const items = Array.isArray(v) ? v : v.items;
      if (items.length <= 64) for (const x of items) out.push(x);
    } else out.push(v);
  };
  for (const a of args) add(a);
  if (kw) for (const v of kw.values()) add(v);
  return out;
}

function anyUserArgument(args: any[], kw: Kw): boolean {
  for (let i = 0; i < args.length; i++) if (mayOverrideIn(args[i])) return true;
  if (kw) for (const v of kw.values()) if (mayOverrideIn(v)) return true;
  return false;
}

/** mayOverride for an argument or, for a short list or tuple, any of its items */
function mayOverrideIn(v: any): boolean {
  if (Array.isArray(v) || v instanceof PyTuple) {
    const items = Array.isArray(v) ? v : v.items;
    if (items.length > 64) return false;
    for (let i = 0; i < items.length; i++) if (mayOverride(items[i])) return true;
    return false;
  }
  return mayOverride(v);
}

function dispatch(pub: PyBuiltin, qualname: string, impl: (args: any[], kw: Kw) => any, args: any[], kw: Kw): any {
  const found: [any, PyType, any][] = [];
  for (const v of relevant(args, kw)) {
    const m = methodOf(v);
    if (m === undefined || found.some((f) => f[1] === m[0])) continue;
    // subclasses go before their superclasses, others keep argument order
    let at = found.length;
    for (let i = 0; i < found.length; i++) {
      if (m[0].isSubtypeOf(found[i][1])) {
        at = i;
        break;
      }
    }
    found.splice(at, 0, [v, m[0], m[1]]);
  }
  if (!found.some((f) => f[2] !== defaultArrayFunction)) return impl(args, kw);
  const types = tuple(found.map((f) => f[1]));
  const kwargs = new PyDict();
  if (kw) for (const [k, v] of kw) kwargs.set(k, v);
  const fargs = tuple(args);
  for (const [v, , m] of found) {
    const r = call(m, [v, pub, types, fargs, kwargs]);
    if (r !== NotImplemented) return r;
  }
  return throwPy('TypeError', `no implementation found for '${qualname}' on types that implement __array_function__: [${found.map((f) => repr(f[1])).join(', ')}]`);
}

/**
 * Make the public functions of a NumPy module dispatch through `__array_function__`: each builtin's
 * entry points check their arguments first (cheap for arrays and Python numbers) and otherwise run as before.
 */
export function installArrayFunction(d: Record<string, any>, moduleName: string): void {
  for (const [name, f] of Object.entries(d)) {
    if (!(f instanceof PyBuiltin) || NOT_DISPATCHED.has(name) || name.startsWith('_') || implementations.has(f)) continue;
    const impl = f.fn;
    const qualname = `${moduleName}.${name}`;
    implementations.set(f, impl);
    f.fn = (args, kw) => (anyUserArgument(args, kw) ? dispatch(f, qualname, impl, args, kw) : impl(args, kw));
    const f1 = f.f1;
    if (f1 !== undefined) f.f1 = (a) => (mayOverrideIn(a) ? f.fn([a], null) : f1(a));
    const f2 = f.f2;
    if (f2 !== undefined) f.f2 = (a, b) => (mayOverrideIn(a) || mayOverrideIn(b) ? f.fn([a, b], null) : f2(a, b));
  }
}
defaultArrayFunction.meth = (self, args, kw) => defaultArrayFunction.fn([self, ...args], kw);
