/**
 * Ufuncs as Python objects (`np.add`, `np.sin` …: `<ufunc 'add'>`, nin/nout/nargs/identity, `reduce`,
 * `accumulate`, `outer`, `reduceat`) and the one routine every element-wise operation goes through —
 * Python operators on arrays and NumPy scalars included: `applyUfunc`.
 *
 * Type resolution is NumPy 2's: operands' dtypes are combined with NEP 50 (Python scalars are weak), the
 * loop is the first of the ufunc's signatures the inputs cast to safely, outputs given with `out=` must
 * accept the loop's result under `casting` ('same_kind' by default). Results that come out 0-d are
 * returned as NumPy scalars, as NumPy does.
 */
import { DType } from '../../../runtime/dtype';
import * as D from '../../../runtime/dtype';
import { NDArray, broadcastShapes, contiguousStrides, coalesce } from '../../../runtime/ndarray';
import { sumKernel } from '../../../runtime/wasm/reduce';
import { findLoop, loopFor, runElementwise, runReduce, runAccumulate, spec, Loop, pairwise, wasmOn } from '../../../runtime/ufunc';
import { complexPairwise } from '../../../runtime/pairwise';
import { SVML_STRIDE0 } from '../../../runtime/math/svml';
import { writer, reader, Complex } from '../../../runtime/elements';
import { heap } from '../../../runtime/memory';
import { PyType, builtinType, ObjectType, typeOf } from '../../objects/pytype';
import { repr } from '../../objects/repr';
import { PyTuple, tuple, float, PyFloat } from '../../objects/values';
import { throwPy } from '../../objects/errors';
import { defineMethods } from '../../objects/types/define';
import { defGetters } from '../../objects/descriptors';
import { Kw, isCallable, call, builtin, PyBuiltin } from '../../objects/function';
import { NotImplemented, Ellipsis } from '../../objects/values';
import { getAttrOrUndef, getAttr } from '../../objects/attrs';
import { ufunc } from './ufuncTable';
import { checkReduceOut, accumulateOperand } from './reduceOut';
import { truthy, index as pyIndex } from '../../objects/protocols';
import { NPScalar, weakKind, pyToDomain, scalar } from './scalars';
import { asArray, allocArray, allocPermuted, castCopy, copyInto, keepOrderPerm, resultArray } from './coerce';
import { pyDType, toDType, optDType } from './dtypes';
import { structuredRepr } from './structured';
import { shapeCompact } from './alloc';
import { normAxes, normAxis, zeroDimAxis, UFuncNoLoopErrorType, UFuncInputCastingErrorType, UFuncOutputCastingErrorType } from './axes';
import { isTimeOperand, timeUfunc, timeReduceLoop } from './datetimes';
import { makeExc } from '../../objects/exceptions';
import { matmul, matmulInto } from './linalgBasic';
import { checkFloatErrors, weakValue } from './fpErrors';
import { wrapperOf, wrapAs, wrapResult, wrapProduct } from './subclassing';
import { ufuncAt } from './indexTricks';
import { hasObjectOperand, objectUfunc, objectReduce, objectAccumulate } from './objectUfuncs';

export const UfuncType = builtinType('ufunc', ObjectType, 'numpy');

export class PyUfunc {
  declare cls: PyType;
  readonly nin: number;
  readonly nout: number;
  readonly identity: number | boolean | null;
  /** np.frompyfunc: the Python function every element goes through (null for NumPy's own ufuncs) */
  pyfunc: any = null;
  constructor(readonly name: string, readonly op = name, s: { nin: number; nout: number; identity: number | boolean | null } = spec(op)!) {
    this.nin = s.nin;
    this.nout = s.nout;
    this.identity = s.identity;
  }
}
PyUfunc.prototype.cls = UfuncType;

interface Operand {
  arr: NDArray | null;
  value: any;
  weak: D.WeakKind | null;
  wasArray: boolean;
}

function operand(v: any): Operand {
  if (v instanceof NDArray) return { arr: v, value: v, weak: null, wasArray: true };
  if (v instanceof NPScalar) return { arr: scalarArray(v.dt, v.v), value: v, weak: null, wasArray: false };
  const w = weakKind(v);
  if (w) return { arr: null, value: v, weak: w, wasArray: false };
  return { arr: asArray(v), value: v, weak: null, wasArray: false };
}

/** A 0-d array holding one domain value. */
export function scalarArray(dt: DType, v: any): NDArray {
  const a = NDArray.empty([], dt.native);
  writer(dt.native)(heap.view(), a.addr, v);
  return a;
}

/** The dtype NumPy combines operands to (NEP 50). */
export function commonDType(ops: Operand[]): DType {
  const strong = ops.filter((o) => o.arr).map((o) => o.arr!.dtype);
  const weak = ops.filter((o) => o.weak).map((o) => o.weak!);
  return D.resultType(strong, weak);
}

function noLoopSignature(name: string, dts: DType[]): never {
  if (name === 'multiply' && dts.some((d) => d.kind === 'U') && dts.some((d) => d.kind === 'i' || d.kind === 'u')) {
    throwPy('TypeError', "The 'out' kwarg is necessary when using the string multiply ufunc directly. Use numpy.strings.multiply to multiply strings without specifying 'out'.");
  }
  throw makeExc(UFuncNoLoopErrorType, `ufunc '${name}' did not contain a loop with signature matching types (${dts.map(dtRepr).join(', ')}) -> None`);
}

/** string concatenation widens its output, so it cannot reduce or accumulate (NumPy's message) */
function textReduceCheck(u: PyUfunc, loop: Loop, method: string): void {
  if (loop.outs[0].isText && loop.outs[0] !== loop.ins[0]) {
    throwPy('TypeError', `the resolved dtypes are not compatible with ${u.name}.${method}. Resolved (${[...loop.ins, ...loop.outs].map(dtRepr).join(', ')})`);
  }
}

/** the unary ufuncs whose type resolver names a string operand's DType (NumPy's simple unary resolvers) */
const UNARY_NAMING = new Set(['absolute', 'negative', 'positive', 'sign']);

function noLoop(name: string, dts: DType[]): never {
  if (dts.length === 1 && dts[0].isText && UNARY_NAMING.has(name)) {
    throw makeExc(UFuncNoLoopErrorType, `ufunc '${name}' did not contain a loop with signature matching types ${dtypeClassOf(dts[0])} -> None`);
  }
  return throwPy('TypeError', `ufunc '${name}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''`);
}

export interface UfuncOpts {
  out?: any;
  where?: any;
  dtype?: DType;
  casting?: D.Casting;
}

/**
 * A casting= argument (default 'same_kind'); astype also knows NumPy 2.4's 'same_value' (checked here as
 * 'unsafe' is: values that would change are not detected).
 */
export function casting(v: any, dflt: D.Casting = 'same_kind', sameValue = false): D.Casting {
  if (v === undefined) return dflt;
  if (typeof v !== 'string') throwPy('TypeError', `casting must be str, not ${typeOf(v).tpName}`);
  if (sameValue && v === 'same_value') return 'unsafe';
  const names = ['no', 'equiv', 'safe', 'same_kind', 'unsafe'];
  if (!names.includes(v)) throwPy('ValueError', `casting must be one of ${[...names, ...(sameValue ? ['same_value'] : [])].map((n) => `'${n}'`).join(', ')} (got ${repr(v)})`);
  return v as D.Casting;
}

/** per ufunc and operand dtype: the loop and kernel of `sameLayoutCall`, or null where it does not apply */
const sameLayout = new WeakMap<PyUfunc, Map<DType, { loop: Loop; ok: boolean } | null>>();

/**
 * The common call on small arrays, `a + b` or `np.sqrt(x)`: exact ndarrays of one native numeric dtype,
 * one shape and C order, no keywords. The loop found for that dtype the first time (by the full
 * resolution) is kept, and the rest is what the general path does for such operands — a C-ordered
 * output, the kernel, the floating-point error checks — without its per-call resolution and casting
 * work, which costs more than the kernel on short arrays. Undefined when it does not apply.
 */
function sameLayoutCall(u: PyUfunc, args: any[]): NDArray | undefined {
  if (u.pyfunc !== null || u.nout !== 1 || args.length !== u.nin || args.length === 0) return undefined;
  const a0 = args[0];
  // an exact ndarray has NDArray.prototype's class (arrayType.ts); a subclass instance its own
  const exact = (NDArray.prototype as any).cls;
  if (args.length === 2 && !(a0 instanceof NDArray && args[1] instanceof NDArray)) return scalarOperandCall(u, args, exact);
  if (!(a0 instanceof NDArray) || (a0 as any).cls !== exact || a0.ndim === 0 || !a0.cContiguous) return undefined;
  const dt = a0.dtype;
  for (let i = 1; i < args.length; i++) {
    const a = args[i];
    if (!(a instanceof NDArray) || (a as any).cls !== exact || a.dtype !== dt || !a.cContiguous || a.ndim !== a0.ndim) return undefined;
    for (let d = 0; d < a0.ndim; d++) if (a.shape[d] !== a0.shape[d]) return undefined;
  }
  let byType = sameLayout.get(u);
  if (byType === undefined) sameLayout.set(u, (byType = new Map()));
  let entry = byType.get(dt);
  if (entry === undefined) {
    entry = null;
    if (dt.isNative && 'biuf'.includes(dt.kind) && !(u.op === 'power' && dt.kind !== 'f')) {
      const loop = resolveLoop(u, args.map(operand));
      const outDt = loop.outs[0];
      if (loop.ins.every((d) => d === dt) && outDt.isNative && 'biuf'.includes(outDt.kind)) entry = { loop, ok: true };
    }
    byType.set(dt, entry);
  }
  if (entry === null) return undefined;
  const out = allocArray(a0.shape, entry.loop.outs[0], false, 'C');
  if (!runElementwise(entry.loop, args, [out], a0.shape, null)) checkFloatErrors(entry.loop, args, [out], a0.shape);
  return out;
}

/** per ufunc, array dtype, scalar kind and position: the loop of `scalarOperandCall`, or null */
const scalarLoops = new WeakMap<PyUfunc, Map<string, Loop | null>>();
/** one 0-d array per dtype that a scalar operand is written into for the call (nothing keeps it) */
const scalarSlots = new Map<DType, NDArray>();

/**
 * `a * 2.0`, `x > 0.5`, `n + 1` on a small array: an exact C-ordered ndarray of a native float dtype (or
 * a signed integer one with a Python int) and a Python int or float, no keywords. As `sameLayoutCall`,
 * the loop found the first time is kept; the scalar takes the loop's dtype as the general path converts
 * it (pyToDomain), into a 0-d array kept for that purpose instead of a new one per call.
 */
function scalarOperandCall(u: PyUfunc, args: any[], exact: unknown): NDArray | undefined {
  const k = args[0] instanceof NDArray ? 1 : 0;
  const a = args[1 - k], v = args[k];
  if (!(a instanceof NDArray) || (a as any).cls !== exact || a.ndim === 0 || !a.cContiguous) return undefined;
  const dt = a.dtype, w = weakKind(v);
  if ((w !== 'int' && w !== 'float') || typeof v === 'bigint' || !dt.isNative) return undefined;
  // integer arrays: with Python ints only, and not compared (an out-of-range int compares exactly)
  if (dt.kind !== 'f' && (dt.kind !== 'i' || w !== 'int' || COMPARISONS.has(u.op))) return undefined;
  if (LOGICAL.has(u.op) || (u.op === 'power' && dt.kind !== 'f')) return undefined;
  let byKey = scalarLoops.get(u);
  if (byKey === undefined) scalarLoops.set(u, (byKey = new Map()));
  const key = `${dt.str}|${w}|${k}`;
  let loop = byKey.get(key);
  if (loop === undefined) {
    const l = resolveLoop(u, args.map(operand));
    const out = l.outs[0];
    loop = l.ins.every((d) => d === dt) && out.isNative && 'biuf'.includes(out.kind) ? l : null;
    byKey.set(key, loop);
  }
  if (loop === null) return undefined;
  let slot = scalarSlots.get(dt);
  if (slot === undefined) scalarSlots.set(dt, (slot = NDArray.empty([], dt)));
  const x = weakValue(v, dt);
  writer(dt)(heap.view(), slot.addr, x);
  const out = allocArray(a.shape, loop.outs[0], false, 'C');
  if (!runElementwise(loop, k === 1 ? [a, slot] : [slot, a], [out], a.shape, null)) {
    // the warnings may run Python code that uses the slot: the checks get a 0-d array of their own
    const s = scalarArray(dt, x);
    checkFloatErrors(loop, k === 1 ? [a, s] : [s, a], [out], a.shape);
  }
  return out;
}

/** per ufunc and operand kinds: the float64/int64 loop of `scalarCall`, or null */
const scalarCallLoops = new WeakMap<PyUfunc, Map<string, Loop | null>>();
const DIVIDING = new Set(['floor_divide', 'remainder', 'fmod', 'true_divide', 'divide']);

/**
 * A ufunc of NumPy float64 (or int64) scalars and Python numbers — `np.sqrt(x)`, `x % 7`, `np.maximum(x,
 * y)` on elements read in a Python loop — computed by the loop's scalar function (the reference the
 * kernels match bit for bit) instead of through 0-d arrays. Only when the loop takes and gives that dtype
 * (or bool) and nothing needs reporting: a float result that is finite, a NaN from a NaN operand or an
 * infinity from an infinite one; an integer divisor that is not 0. Undefined otherwise (the general path, with its warnings).
 */
function scalarCall(u: PyUfunc, args: any[]): any {
  if (u.pyfunc !== null || u.nout !== 1 || args.length !== u.nin || args.length > 2) return undefined;
  let key = '';
  let dt: DType | null = null;
  for (const x of args) {
    if (x instanceof NPScalar) {
      if ((x.dt !== D.float64 && x.dt !== D.int64) || (dt !== null && dt !== x.dt) || (x.dt === D.int64 && typeof x.v !== 'bigint')) return undefined;
      dt = x.dt;
      key += 's';
    } else if (typeof x === 'number') key += Number.isInteger(x) ? 'i' : 'f';
    else if (x instanceof PyFloat) key += 'f';
    else return undefined;
  }
  // integer powers check their exponents first (the general path raises for negative ones)
  if (dt === null || (dt === D.int64 && u.op === 'power')) return undefined;
  let byKey = scalarCallLoops.get(u);
  if (byKey === undefined) scalarCallLoops.set(u, (byKey = new Map()));
  key += dt.char;
  let loop = byKey.get(key);
  if (loop === undefined) {
    const l = resolveLoop(u, args.map(operand));
    const out = l.outs[0];
    loop = l.ins.every((d) => d === dt) && (out === dt || out === D.bool) ? l : null;
    byKey.set(key, loop);
  }
  if (loop === null) return undefined;
  const vals = args.map((x) => (x instanceof NPScalar ? x.v : pyToDomain(x, dt!)));
  if (dt === D.int64) {
    if (DIVIDING.has(loop.name) && vals.length === 2 && vals[1] === 0n) return undefined;
    const r = loop.fn(...vals);
    // the loop's value before the store wraps it: out of range is the general path's (an overflow)
    if (typeof r === 'bigint' && BigInt.asIntN(64, r) !== r) return undefined;
    return scalar(loop.outs[0], r);
  }
  // NumPy's float64 power loop takes its scalar-exponent path for a 0-d exponent
  const f = vals.length === 2 ? SVML_STRIDE0.get(loop.fn) ?? loop.fn : loop.fn;
  const r = f(...vals);
  // a NaN not from a NaN operand (invalid), an infinity from finite operands (overflow, division by zero)
  if (loop.outs[0] === D.float64 && !Number.isFinite(r) && (Number.isNaN(r) ? !vals.some((v) => Number.isNaN(v)) : vals.every((v) => Number.isFinite(v)))) return undefined;
  return scalar(loop.outs[0], r);
}

/** Pick the loop for a ufunc call; `dts` are the operands' dtypes after NEP 50 combination. */
export function resolveLoop(u: PyUfunc, ops: Operand[], dtype?: DType): Loop {
  const name = u.op;
  let ins: DType[];
  if (dtype) {
    const l = findLoop(name, ops.map(() => dtype));
    if (l && (l.outs[0] === dtype || l.outs[0] === D.bool)) return l;
    const exact = loopFor(name, ops.map(() => dtype), [dtype]);
    if (exact) return exact;
    return throwPy('TypeError', `No loop matching the specified signature and casting was found for ufunc ${u.name}`);
  }
  // strings combine with nothing but strings; NumPy reports the operands' own dtypes
  const own = ops.map((o) => (o.arr ? o.arr.dtype : D.defaultFor(o.weak!)));
  const isStr = own.map((d) => d.isText);
  if (ops.length > 1 && isStr.some((x) => x)) {
    // string loops take each operand's own width
    const sl = isStr.every((x) => x) ? findLoop(name, own) : null;
    // comparisons fail in NumPy's promotion step, which names the operands' DType classes
    if (!sl && COMPARISONS.has(u.name)) return noPromotedLoop(u.name, ops);
    return sl ?? noLoopSignature(u.name, own);
  }
  // a record operand in binary arithmetic: NumPy names both operands' dtypes (a Python scalar as its default)
  if (ops.length === 2 && !COMPARISONS.has(name) && own.some((d) => d.kind === 'V')) {
    throw makeExc(UFuncNoLoopErrorType, `ufunc '${u.name}' did not contain a loop with signature matching types (${own.map(dtRepr).join(', ')}) -> None`);
  }
  if (ops.length === 1) ins = [ops[0].arr ? ops[0].arr.dtype : D.defaultFor(ops[0].weak!)];
  else if (name === 'ldexp') ins = [commonDType([ops[0]]), ops[1].arr ? ops[1].arr.dtype : D.int64];
  else if (floatLoopsOnly(name) && ops.every((o) => o.arr !== null)) {
    // NumPy's default type resolver searches the loops with each operand's own dtype: int8 with uint8
    // casts safely to float16 (the int16 they combine to would need float32)
    ins = own;
  } else {
    const c = commonDType(ops);
    ins = ops.map(() => c);
  }
  if (ins.every((d) => d.kind === 'b')) boolArithmetic(name);
  // gcd, lcm, sign and positive take no booleans, though the int8 loops would serve them
  const l = PROMOTED.has(name) && ins.every((d) => d.kind === 'b') ? null : findLoop(name, ins);
  if (!l && PROMOTED.has(name)) return noPromotedLoop(u.name, ops);
  if (!l) return noLoop(u.name, ins);
  return l;
}

/**
 * Binary ufuncs with float loops only (arctan2, hypot, copysign, logaddexp, nextafter, heaviside, ...),
 * which NumPy's default resolver picks by a search with the operands' own dtypes; true division has its
 * own resolver (ints divide as float64).
 */
function floatLoopsOnly(name: string): boolean {
  const s = spec(name);
  return s !== undefined && name !== 'divide' && name !== 'true_divide' && s.types.every((t) => 'efdFD'.includes(t[0]));
}

/** ufuncs whose missing loops NumPy reports from its promotion step, naming the operands' DType classes */
const PROMOTED = new Set(['gcd', 'lcm', 'sign', 'positive']);

function dtypeClassRepr(o: Operand): string {
  const weak: Record<string, string> = { int: '_PyLongDType', float: '_PyFloatDType', complex: '_PyComplexDType', bool: 'BoolDType' };
  return o.weak ? `<class 'numpy.dtypes.${weak[o.weak]}'>` : dtypeClassOf(o.arr!.dtype);
}

/** the repr of a dtype's DType class, <class 'numpy.dtypes.Float64DType'> */
function dtypeClassOf(dt: DType): string {
  const kinds: Record<string, string> = { b: 'Bool', i: 'Int', u: 'UInt', f: 'Float', c: 'Complex', U: 'Str', S: 'Bytes', V: 'Void' };
  const bits = 'iufc'.includes(dt.kind) ? String(dt.itemsize * 8) : '';
  return `<class 'numpy.dtypes.${kinds[dt.kind] ?? 'Object'}${bits}DType'>`;
}

function noPromotedLoop(name: string, ops: Operand[]): never {
  const types = ops.map(dtypeClassRepr);
  throw makeExc(UFuncNoLoopErrorType, `ufunc '${name}' did not contain a loop with signature matching types ${types.length === 1 ? types[0] : `(${types.join(', ')})`} -> None`);
}

/** NumPy's type resolver refuses `-` on booleans (the int8 loops would otherwise serve them). */
function boolArithmetic(name: string): void {
  if (name === 'subtract') {
    throwPy('TypeError', 'numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.');
  }
  if (name === 'negative') {
    throwPy('TypeError', 'The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.');
  }
}

function materialise(o: Operand, dt: DType, name: string): NDArray {
  if (o.arr) return o.arr;
  // the logical ufuncs promote every operand to bool, so only a weak scalar's truth counts
  if (LOGICAL.has(name)) return scalarArray(D.bool, truthy(o.value));
  // weak Python scalar: take the loop's dtype (ints out of range raise, as NumPy 2 does)
  return scalarArray(dt, weakValue(o.value, dt));
}


const LOGICAL = new Set(['logical_and', 'logical_or', 'logical_xor', 'logical_not']);

const COMPARISONS = new Set(['equal', 'not_equal', 'less', 'less_equal', 'greater', 'greater_equal']);

/**
 * NumPy 2 compares an integer array with a Python int outside the loop dtype's range exactly, so every
 * element has the same answer (`uint8_arr > -1` is all True, `arr == 2**70` all False). That answer, or
 * undefined when the call is not such a comparison.
 */
function outOfRangeComparison(op: string, ops: Operand[], loop: Loop): boolean | undefined {
  const wi = ops.length === 2 && COMPARISONS.has(op) ? ops.findIndex((o) => o.weak === 'int') : -1;
  const dt = wi >= 0 ? loop.ins[wi] : null;
  if (dt === null || (dt.kind !== 'i' && dt.kind !== 'u') || !ops[1 - wi].arr) return undefined;
  const [lo, hi] = D.intRange(dt);
  const v = BigInt(ops[wi].value as any);
  if (v >= lo && v <= hi) return undefined;
  // is the left operand the smaller one?
  const leftLess = (v > hi) === (wi === 1);
  const answers: Record<string, boolean> = { equal: false, not_equal: true, less: leftLess, less_equal: leftLess, greater: !leftLess, greater_equal: !leftLess };
  return answers[op];
}

function outTuple(out: any, nout: number): (NDArray | null)[] {
  if (out === undefined || out === null) return new Array(nout).fill(null);
  const items = out instanceof PyTuple ? out.items : [out];
  if (items.length !== nout) throwPy('ValueError', `The 'out' tuple must have exactly ${nout} entries: one per ufunc output`);
  return items.map((o) => {
    if (o === null) return null;
    if (!(o instanceof NDArray)) throwPy('TypeError', 'return arrays must be of ArrayType');
    return o;
  });
}

/** Call a ufunc on Python arguments: the heart of NumPy arithmetic. */
/**
 * NEP 13: an operand that is neither array, scalar nor plain Python value but defines a callable
 * `__array_ufunc__` (numpy.ma's MaskedArray, user containers), or an ndarray subclass instance whose class
 * overrides `ndarray.__array_ufunc__`, handles the call itself —
 * `type(x).__array_ufunc__(x, ufunc, method, *inputs, **kwargs)`, tried once per class, subclasses before
 * their superclasses and otherwise in operand order; undefined when no operand overrides, TypeError when
 * every override returns NotImplemented.
 */
function arrayUfuncOverride(u: PyUfunc, method: string, args: any[], kw: Kw): any {
  if (bypassOverride) {
    // ndarray.__array_ufunc__ running the ufunc itself
    bypassOverride = false;
    return undefined;
  }
  const outs = kw?.get('out');
  const cands = [...args, ...(outs instanceof PyTuple ? outs.items : outs !== undefined ? [outs] : [])];
  const found: [any, PyType, any][] = [];
  for (const a of cands) {
    const f = overrideOf(a);
    if (f === null) throwPy('TypeError', `operand '${typeOf(a).name}' does not support ufuncs (__array_ufunc__=None)`);
    if (f === undefined || found.some((x) => x[1] === a.cls)) continue;
    let at = found.length;
    for (let i = 0; i < found.length; i++) {
      if ((a.cls as PyType).isSubtypeOf(found[i][1])) {
        at = i;
        break;
      }
    }
    found.splice(at, 0, [a, a.cls, f]);
  }
  for (const [, , f] of found) {
    const r = call(f, [u, method, ...args], kw);
    if (r !== NotImplemented) return r;
  }
  if (found.length) {
    // NumPy's _internal.array_ufunc_errmsg_formatter
    const shown = [...args.map((a) => repr(a)), ...(kw ? [...kw].map(([k, v]) => `${k}=${repr(v)}`) : [])].join(', ');
    throwPy('TypeError', `operand type(s) all returned NotImplemented from __array_ufunc__(<ufunc '${u.name}'>, '${method}', ${shown}): ${cands.map((a) => `'${typeOf(a).name}'`).join(', ')}`);
  }
  return undefined;
}

/**
 * The override of a ufunc method given its parsed arguments: those named by `inputNames` are the
 * inputs, the rest are passed by keyword (as NumPy normalises them).
 */
function methodOverride(u: PyUfunc, method: string, p: Record<string, any>, inputNames: string[]): any {
  const inputs = inputNames.map((n) => p[n]);
  if (!bypassOverride && !inputs.some(mayOverride) && !mayOverride(p.out)) return undefined;
  const kw = new Map<string, any>();
  for (const n of Object.keys(p)) if (!inputNames.includes(n) && p[n] !== undefined) kw.set(n, p[n]);
  return arrayUfuncOverride(u, method, inputs, kw.size ? kw : null);
}

/** reduce/accumulate's `out`: an array, or a 1-tuple holding one (the form __array_ufunc__ receives) */
function singleOut(out: any): any {
  if (!(out instanceof PyTuple)) return out;
  if (out.items.length !== 1) throwPy('ValueError', 'The \'out\' tuple must have exactly one entry per ufunc output');
  return out.items[0];
}

/** set by ndarray.__array_ufunc__ so the ufunc method it calls runs without looking for overrides again */
let bypassOverride = false;

/** an operand's own `__array_ufunc__` (a method overriding ndarray's), null when it is None, or undefined */
function overrideOf(a: any): any {
  if (a === null || typeof a !== 'object' || a instanceof NPScalar || Array.isArray(a) || a instanceof PyTuple) return undefined;
  if (a instanceof NDArray) {
    if (!Object.prototype.hasOwnProperty.call(a, 'cls')) return undefined;
    const f = (a as any).cls.lookup('__array_ufunc__');
    return f === defaultArrayUfunc || f === undefined ? undefined : f === null ? null : getAttrOrUndef(a, '__array_ufunc__');
  }
  const f = getAttrOrUndef(a, '__array_ufunc__');
  return f === null ? null : f === undefined || !isCallable(f) ? undefined : f;
}

/** Does `a` (an ndarray subclass instance) override `ndarray.__array_ufunc__`? */
export function overridesArrayUfunc(a: any): boolean {
  return a instanceof NDArray && Object.prototype.hasOwnProperty.call(a, 'cls') && overrideOf(a) !== undefined;
}

/** may `v` override a ufunc (a user class instance or an ndarray subclass instance)? Cheap for arrays and numbers. */
function mayOverride(v: any): boolean {
  if (typeof v !== 'object' || v === null) return false;
  if (v instanceof NDArray) return Object.prototype.hasOwnProperty.call(v, 'cls');
  return v.cls instanceof PyType && v.cls.isUser;
}

/** The `__array_ufunc__` override of a ufunc call made by an operator (`x + y`, `-x`), or undefined. */
export function operatorOverride(name: string, args: any[], kw: Kw = null): any {
  if (!args.some(mayOverride)) return undefined;
  return arrayUfuncOverride(ufunc(name), '__call__', args, kw);
}

/**
 * `ndarray.__array_ufunc__(self, ufunc, method, *inputs, **kwargs)`: NotImplemented when another operand
 * overrides it, otherwise the ufunc method run on the operands as they are.
 */
export const defaultArrayUfunc: PyBuiltin = builtin('__array_ufunc__', (args, kw) => {
  const [, u, method, ...inputs] = args;
  const outs = kw?.get('out');
  const all = [...inputs, ...(outs instanceof PyTuple ? outs.items : outs !== undefined && outs !== null ? [outs] : [])];
  if (all.some((a) => overrideOf(a) !== undefined)) return NotImplemented;
  const m = getAttr(u, String(method));
  bypassOverride = true;
  try {
    return call(m, inputs, kw);
  } finally {
    bypassOverride = false;
  }
});
defaultArrayUfunc.meth = (self, args, kw) => defaultArrayUfunc.fn([self, ...args], kw);

export function applyUfunc(u: PyUfunc, args: any[], opts: UfuncOpts = {}): any {
  if (opts.out === undefined && opts.where === undefined && opts.dtype === undefined && opts.casting === undefined) {
    const r = sameLayoutCall(u, args) ?? scalarCall(u, args);
    if (r !== undefined) return r;
  }
  if (u.pyfunc !== null) return objectUfunc(u, args, outTuple(opts.out, u.nout), opts.where);
  if (args.some(isTimeOperand)) return timeUfunc(u.op, args, outTuple(opts.out, u.nout)[0]);
  if (opts.out === undefined && opts.where === undefined && opts.dtype === undefined) {
    const r = floatScalarResult(u, args);
    if (r !== undefined) return r;
  }
  const ops = args.map(operand);
  if (hasObjectOperand(ops.map((o) => o.arr)) && (opts.dtype === undefined || opts.dtype.kind === 'O')) {
    const outs = outTuple(opts.out, u.nout);
    const cast = opts.casting ?? 'same_kind';
    const made = COMPARISONS.has(u.op) ? D.bool : D.object;
    for (const o of outs) {
      if (o && !D.canCast(made, o.dtype, cast)) throw makeExc(UFuncOutputCastingErrorType, `Cannot cast ufunc '${u.name}' output from ${dtRepr(made)} to ${dtRepr(o.dtype)} with casting rule '${cast}'`);
    }
    const r = objectUfunc(u, args, outs, opts.where);
    const sub = opts.out === undefined || opts.out === null ? wrapperOf(args) : null;
    if (sub) wrapAs(r, (sub as any).cls, sub);
    return r;
  }
  let loop = resolveLoop(u, ops, opts.dtype);
  const cast = opts.casting ?? 'same_kind';
  for (let k = 0; k < ops.length; k++) {
    // a weak Python scalar is checked by kind alone (a Python float cannot feed an int loop, an int can feed int8)
    const w = ops[k].weak;
    const from = ops[k].arr ? ops[k].arr!.dtype : w && w !== 'int' || loop.ins[k].kind === 'b' ? D.defaultFor(w!) : null;
    if (from && !D.canCast(from, loop.ins[k], ops[k].arr || cast === 'unsafe' ? cast : 'same_kind')) {
      throw makeExc(UFuncInputCastingErrorType, `Cannot cast ufunc '${u.name}' input ${ops.length === 1 ? '' : `${k} `}from ${dtRepr(from)} to ${dtRepr(loop.ins[k])} with casting rule '${cast}'`);
    }
  }
  let ins: NDArray[];
  const constant = outOfRangeComparison(u.op, ops, loop);
  if (constant === undefined) ins = ops.map((o, i) => materialise(o, loop.ins[i], u.op));
  else {
    // x == x (all True) or x != x (all False) over the array operand's elements
    const arr = ops.find((o) => o.arr)!.arr!;
    loop = findLoop(constant ? 'equal' : 'not_equal', [arr.dtype, arr.dtype])!;
    ins = [arr, arr];
  }
  const outs = outTuple(opts.out, u.nout);
  // NumPy's iterator broadcasts the given outputs with the inputs, and names them all when that fails
  const shapes = [...ins, ...outs.filter((o) => o !== null)].map((a) => a!.shape);
  let shape = broadcastShapes(shapes);
  if (!shape) throwPy('ValueError', `operands could not be broadcast together with shapes ${shapes.map(shapeCompact).join(' ')} `);
  const b = shape;
  for (let k = 0; k < outs.length; k++) {
    const o = outs[k];
    if (!o) continue;
    if (b.length !== o.ndim || b.some((s, i) => s !== o.shape[i])) {
      throwPy('ValueError', `non-broadcastable output operand with shape ${shapeCompact(o.shape)} doesn't match the broadcast shape ${shapeCompact(b)}`);
    }
    shape = o.shape;
    if (!D.canCast(loop.outs[k], o.dtype, cast)) {
      throw makeExc(UFuncOutputCastingErrorType, `Cannot cast ufunc '${u.name}' output from ${dtRepr(loop.outs[k])} to ${dtRepr(o.dtype)} with casting rule '${cast}'`);
    }
    if (!o.writeable) throwPy('ValueError', 'output array is read-only');
  }
  // NumPy's default order='K': new outputs follow the inputs' memory order (Fortran gives Fortran)
  const perm = outs.some((o) => !o) ? keepOrderPerm(ins, shape!) : null;
  const results = outs.map((o, k) => o ?? allocPermuted(shape!, loop.outs[k], perm));
  // an input overlapping an output at another position is read from a copy (NumPy's overlap rule)
  const safeIns = ins.map((a) => (results.some((r) => overlaps(a, r)) ? castCopy(a, a.dtype) : a));
  let where: NDArray | null = null;
  if (opts.where !== undefined && opts.where !== true) where = asArray(opts.where, D.bool);
  if (u.op === 'power' && loop.ins[1].kind === 'i' && safeIns[1].toArray().some((v: any) => v < 0)) {
    throwPy('ValueError', 'Integers to negative integer powers are not allowed.');
  }
  if (!runElementwise(loop, safeIns, results, shape!, where)) checkFloatErrors(loop, safeIns, results, shape!, where);
  if (opts.out !== undefined && opts.out !== null) {
    return u.nout === 1 ? results[0] : tuple(results);
  }
  // a subclass operand's class wraps the results (0-d ones included, as NumPy's __array_wrap__)
  const sub = wrapperOf(args);
  const wrapped = sub
    ? results.map((r, k) => wrapResult(r, sub, tuple([u, tuple(args), k]), r.ndim === 0))
    : results.map((r) => (r.ndim === 0 ? scalarFreeing(r) : r));
  return u.nout === 1 ? wrapped[0] : tuple(wrapped);
}

/** ufuncs whose scalar function is one IEEE operation, so it gives what the array kernels give */
const EXACT_OPS = new Set(['add', 'subtract', 'multiply', 'divide', 'true_divide', 'negative', 'positive', 'absolute', 'square']);

/**
 * The fast path for scalar arithmetic (`x * 2` on an np.float64 `x` in a Python loop): when every operand
 * is a NumPy scalar or a Python number, at least one a NumPy scalar, and NEP 50 picks a float32/float64
 * loop with a float result for one of the EXACT_OPS, apply the loop's scalar function to the values directly instead of through
 * 0-d arrays. A NaN or infinite result takes the general path, which reports floating-point errors.
 */
function floatScalarResult(u: PyUfunc, args: any[]): NPScalar | undefined {
  if (!EXACT_OPS.has(u.op)) return undefined;
  const strong: DType[] = [], weak: D.WeakKind[] = [];
  for (const a of args) {
    if (a instanceof NPScalar) strong.push(a.dt);
    else {
      const w = weakKind(a);
      if (!w) return undefined;
      weak.push(w);
    }
  }
  if (strong.length === 0 || strong.some((d) => d.isText || d.kind === 'V')) return undefined;
  const c = args.length === 1 ? strong[0] : D.resultType(strong, weak);
  const loop = findLoop(u.op, args.map(() => c));
  if (!loop || loop.outs.length !== 1) return undefined;
  const out = loop.outs[0];
  if (out.kind !== 'f' || out.itemsize < 4 || !out.isNative) return undefined;
  const xs: number[] = [];
  for (let i = 0; i < args.length; i++) {
    const dt = loop.ins[i];
    if (dt.kind !== 'f' || dt.itemsize < 4 || !dt.isNative) return undefined;
    const v = pyToDomain(args[i], dt);
    if (typeof v !== 'number') return undefined;
    xs.push(v);
  }
  let r = loop.fn(...xs) as number;
  if (out.itemsize === 4) r = Math.fround(r);
  if (typeof r !== 'number' || !Number.isFinite(r)) return undefined;
  return scalar(out, r);
}

function overlaps(a: NDArray, r: NDArray): boolean {
  if (a.block !== r.block || a.block.size === 0) return false;
  if (a.addr === r.addr && a.dtype.itemsize === r.dtype.itemsize && a.ndim === r.ndim && a.strides.every((s, i) => s === r.strides[i])) return false;
  return true;
}

export function dtRepr(dt: DType): string {
  if (dt.kind === 'V' && (dt.fields || dt.subBase)) return structuredRepr(dt);
  if (dt.kind === 'S') return `dtype('S${dt.itemsize}')`;
  if (dt.kind === 'O') return "dtype('O')";
  return dt.isNative && dt.kind !== 'U' && dt.timeUnit === null ? `dtype('${dt.name}')` : `dtype('${dt.str}')`;
}

/** Parse the keyword arguments every ufunc call accepts. */
function ufuncKw(kw: Kw, name = '?'): UfuncOpts {
  const o: UfuncOpts = {};
  if (!kw) return o;
  for (const [k, v] of kw) {
    if (k === 'out') o.out = v;
    else if (k === 'where') o.where = v;
    else if (k === 'dtype') o.dtype = optDType(v);
    else if (k === 'casting') o.casting = casting(v);
    else if (k === 'order' || k === 'subok' || k === 'signature') continue;
    else throwPy('TypeError', `${name}() got an unexpected keyword argument '${k}'`);
  }
  return o;
}

/** ufunc.reduce(array, axis=0, dtype=None, out=None, keepdims=False, initial=<no value>, where=True) */
export function ufuncReduce(u: PyUfunc, a: any, axisArg: any, dtype: DType | undefined, out: any, keepdims: boolean, initial: any, where: any): any {
  binaryMethodCheck(u, 'reduce');
  let arr = a instanceof NDArray ? a : asArray(a);
  const axisGiven = axisArg === undefined ? 0 : axisArg;
  const axes = axisArg === null || zeroDimAxis(axisGiven, arr.ndim) ? [...Array(arr.ndim).keys()] : normAxes(axisGiven, arr.ndim);
  if (u.pyfunc !== null) return objectReduceResult(u, castCopy(arr, D.object), axes, out, keepdims, initial, where);
  if (arr.dtype.kind === 'O') {
    // logical reductions (all/any) and an explicit dtype run on the elements cast; the rest fold Python objects
    const logical = u.op === 'logical_and' || u.op === 'logical_or' || u.op === 'logical_xor';
    if (logical || (dtype !== undefined && dtype.kind !== 'O')) arr = castCopy(arr, logical ? D.bool : dtype!);
    else return objectReduceResult(u, arr, axes, out, keepdims, initial, where);
  }
  // datetime reductions keep the array's dtype whatever dtype= asks (np.mean passes float64)
  let dt = arr.dtype.timeUnit !== null ? arr.dtype : dtype ?? arr.dtype;
  if (!dtype && (u.op === 'add' || u.op === 'multiply') && (dt.kind === 'b' || ((dt.kind === 'i' || dt.kind === 'u') && dt.itemsize < 8))) {
    dt = dt.kind === 'u' ? D.uint64 : D.int64;
  }
  // logical reductions run on truth values, as NumPy casts their input to bool
  if (u.op === 'logical_and' || u.op === 'logical_or' || u.op === 'logical_xor') dt = D.bool;
  const loop = dt.timeUnit !== null ? timeReduceLoop(u.op, dt) : findLoop(u.op, [dt, dt]);
  if (!loop) return dt.isText ? noLoopSignature(u.name, [dt, dt]) : noLoop(u.name, [dt]);
  textReduceCheck(u, loop, 'reduce');
  sameTypeLoopCheck(u, loop);
  reorderableCheck(u, axes);
  const outShape = arr.shape.filter((_, i) => !axes.includes(i));
  let init: any = undefined;
  if (initial !== undefined && initial !== null) init = pyToDomain(initial, loop.ins[0]);
  const empty = axes.some((ax) => arr.shape[ax] === 0);
  if (init === undefined && empty) {
    if (u.identity === null) {
      throwPy('ValueError', `zero-size array to reduction operation ${u.name} which has no identity`);
    }
    init = pyToDomain(u.identity, loop.ins[0], false);
  }
  // NumPy starts a reduction from the ufunc's identity when it has one (np.sum([-0.0]) is 0.0, and
  // float sums are pairwise over the whole row); reductions without identity start from the first element
  if (init === undefined && u.identity !== null && u.op !== 'logical_and' && u.op !== 'logical_or') init = pyToDomain(u.identity, loop.ins[0], false);
  const whereArr = where !== undefined && where !== true ? asArray(where, D.bool) : null;
  if (whereArr && init === undefined) {
    if (u.identity === null) throwPy('ValueError', `reduction operation '${u.name}' does not have an identity, so to use a where mask one has to specify 'initial'`);
    init = pyToDomain(u.identity, loop.ins[0], false);
  }
  let res: NDArray;
  // a new result is laid out in the input's memory order (NumPy's iterator, order='K'), the reduced
  // axes as length-1 axes in their places (what keepdims returns)
  const kshape = arr.shape.map((s, i) => (axes.includes(i) ? 1 : s));
  let kept: NDArray | null = null;
  if (out instanceof NDArray) {
    checkReduceOut(u.name, arr.shape, axes, out, keepdims);
    res = out;
  } else {
    const perm = arr.ndim > 1 ? keepOrderPerm([arr], arr.shape, false) : null;
    if (perm === null) res = allocArray(outShape, loop.outs[0]);
    else {
      kept = allocPermuted(kshape, loop.outs[0], perm);
      res = new NDArray(kept.block, kept.dtype, outShape, kept.strides.filter((_, i) => !axes.includes(i)), kept.offset);
    }
  }
  const target = res.ndim === outShape.length ? res : res.view(outShape, res.strides.filter((_, i) => !axes.includes(i)), res.offset);
  if (axes.length === arr.ndim && arr.ndim > 0 && whereArr === null && arr.size > 0) reduceAll(loop, arr, target, init);
  else runReduce(loop, arr, axes, target, init, whereArr);
  if (out instanceof NDArray) return out;
  const sub = wrapperOf([arr]);
  if (keepdims) res = kept ?? res.view(kshape, contiguousStrides(kshape, res.itemsize), res.offset);
  if (sub) return wrapResult(res, sub, null, res.ndim === 0);
  return res.ndim === 0 ? scalarFreeing(res) : res;
}

/**
 * The scalar held by a 0-d result this call allocated and nothing else references, whose memory goes
 * back at once: a loop of small reductions (`d.sum()`) would otherwise leave one block per call for the
 * JS collector to find, each a FinalizationRegistry entry the engine keeps visiting.
 */
function scalarFreeing(r: NDArray): any {
  const v = scalar(r.dtype, r.get([]));
  if (r.base === null) heap.free(r.block);
  return v;
}

/** ufuncReduce of an object array: the fold, then `out=`, `keepdims` and a 0-d result's element. */
function objectReduceResult(u: PyUfunc, arr: NDArray, axes: number[], out: any, keepdims: boolean, initial: any, where: any): any {
  const whereArr = where !== undefined && where !== true ? asArray(where, D.bool) : null;
  const identity = u.identity === null ? null : u.identity === true ? 1 : u.identity === false ? 0 : u.identity;
  // object loops start from the first element, never the identity, so a mask needs an explicit start
  if (whereArr && (initial === undefined || initial === null)) {
    throwPy('ValueError', `reduction operation '${u.name}' does not have an identity, so to use a where mask one has to specify 'initial'`);
  }
  if (out instanceof NDArray) checkReduceOut(u.name, arr.shape, axes, out, keepdims);
  const res = objectReduce(u, identity, arr, axes, initial === null ? undefined : initial, whereArr);
  if (out instanceof NDArray) {
    copyInto(out, res);
    return out;
  }
  if (keepdims) {
    const kshape = arr.shape.map((s, i) => (axes.includes(i) ? 1 : s));
    return res.view(kshape, contiguousStrides(kshape, res.itemsize), res.offset);
  }
  return res.ndim === 0 ? res.get([]) : res;
}

/**
 * A reduction over every axis, in the order NumPy's iterator visits the elements: axes by decreasing
 * |stride| (each walked in its own direction), then coalesced — a C or Fortran contiguous array is one
 * row in memory order. A float sum over several rows is what NumPy's buffered iterator makes of
 * it: chunks of as many whole rows as fit in its 8192-element buffer (one row when longer), each summed
 * pairwise, added in turn to the running total.
 */
function reduceAll(loop: Loop, arr: NDArray, target: NDArray, init: any): void {
  const order = [...Array(arr.ndim).keys()].filter((d) => arr.shape[d] !== 1).sort((a, b) => Math.abs(arr.strides[b]) - Math.abs(arr.strides[a]));
  const [sh, st] = coalesce(order.map((d) => arr.shape[d]), [order.map((d) => arr.strides[d])]);
  const view = arr.view(sh.length ? sh : [1], sh.length ? st[0] : [arr.itemsize], arr.offset);
  const dt = loop.ins[0];
  const complex = dt.kind === 'c';
  if (view.ndim === 1 || loop.name !== 'add' || !(dt.kind === 'f' || complex) || dt.itemsize < 4 || arr.dtype !== dt) {
    runReduce(loop, view, [...Array(view.ndim).keys()], target, init, null);
    return;
  }
  const L = view.shape[view.ndim - 1];
  const block = L >= BUFFER ? L : Math.floor(BUFFER / L) * L;
  const flat = castCopy(view, dt);
  if (complex) {
    reduceAllComplex(flat, block, target, init);
    return;
  }
  const rnd = dt.itemsize === 4 ? Math.fround : (x: number) => x;
  const sum = wasmOn() ? sumKernel(dt, dt) : null;
  const dv = heap.view();
  let acc: number = init ?? 0;
  for (let s = 0; s < flat.size; s += block) {
    const len = Math.min(block, flat.size - s);
    const part = sum ? (sum(flat.addr + s * dt.itemsize, len, dt.itemsize) as number) : pairwise((i) => (dt.itemsize === 8 ? dv.getFloat64(flat.addr + i * 8, true) : dv.getFloat32(flat.addr + i * 4, true)), s, len, rnd);
    acc = rnd(acc + part);
  }
  writer(target.dtype)(heap.view(), target.addr, acc);
}
/** reduceAll's chunked pairwise sum for a contiguous complex copy. */
function reduceAllComplex(flat: NDArray, block: number, target: NDArray, init: Complex | undefined): void {
  const rd = reader(flat.dtype);
  const rnd = flat.itemsize === 8 ? Math.fround : (x: number) => x;
  const dv = heap.view();
  const get = (i: number) => rd(dv, flat.addr + i * flat.itemsize) as Complex;
  let re = init?.re ?? 0, im = init?.im ?? 0;
  for (let s = 0; s < flat.size; s += block) {
    const [pre, pim] = complexPairwise(get, s, Math.min(block, flat.size - s), rnd);
    re = rnd(re + pre);
    im = rnd(im + pim);
  }
  writer(target.dtype)(dv, target.addr, new Complex(re, im));
}
/** NumPy's iterator buffer, in elements */
const BUFFER = 8192;

export function ufuncAccumulate(u: PyUfunc, a: any, axis: any, dtype: DType | undefined, out: any): NDArray {
  binaryMethodCheck(u, 'accumulate');
  let arr = a instanceof NDArray ? a : asArray(a);
  if (arr.ndim === 0) throwPy('TypeError', 'cannot accumulate on a scalar');
  // axis=None means every axis, a tuple names several: one only
  const axes = axis === null ? [...Array(arr.ndim).keys()] : normAxes(axis, arr.ndim);
  if (axes.length !== 1) throwPy('ValueError', 'accumulate does not allow multiple axes');
  const ax = axes[0];
  // a subclass input gives its class (through __array_wrap__) to a new result
  const sub = out instanceof NDArray ? null : wrapperOf([arr]);
  const wrapped = (res: NDArray): NDArray => (sub ? wrapResult(res, sub, null, false) : res);
  if (u.pyfunc !== null || (arr.dtype.kind === 'O' && (dtype === undefined || dtype.kind === 'O'))) {
    if (out instanceof NDArray) arr = accumulateOperand(arr, out, D.object);
    const res = out instanceof NDArray ? out : allocArray(arr.shape, D.object);
    objectAccumulate(u, arr, ax, res);
    return wrapped(res);
  }
  let dt = dtype ?? arr.dtype;
  if (!dtype && (u.op === 'add' || u.op === 'multiply') && (dt.kind === 'b' || ((dt.kind === 'i' || dt.kind === 'u') && dt.itemsize < 8))) {
    dt = dt.kind === 'u' ? D.uint64 : D.int64;
  }
  const loop = (dt.timeUnit !== null ? timeReduceLoop(u.op, dt) : findLoop(u.op, [dt, dt])) ?? (dt.isText ? noLoopSignature(u.name, [dt, dt]) : noLoop(u.name, [dt]));
  textReduceCheck(u, loop, 'accumulate');
  sameTypeLoopCheck(u, loop);
  if (out instanceof NDArray) arr = accumulateOperand(arr, out, dtype ?? loop.outs[0]);
  // a new result follows the input's memory order (NumPy's iterator, order='K')
  const res = out instanceof NDArray ? out : allocPermuted(arr.shape, dtype ?? loop.outs[0], keepOrderPerm([arr], arr.shape, false));
  runAccumulate(loop, arr, ax, res);
  return wrapped(res);
}

export function installUfuncType(): void {
  defGetters(UfuncType, {
    __name__: (u: PyUfunc) => u.name,
    nin: (u: PyUfunc) => u.nin,
    nout: (u: PyUfunc) => u.nout,
    nargs: (u: PyUfunc) => u.nin + u.nout,
    identity: (u: PyUfunc) => (typeof u.identity === 'number' && !Number.isInteger(u.identity) ? float(u.identity) : u.identity),
    signature: (u: PyUfunc) => (u.op === 'matmul' ? '(n?,k),(k,m?)->(n?,m?)' : null),
    ntypes: (u: PyUfunc) => (u.pyfunc !== null ? 1 : spec(u.op)!.types.length),
    types: (u: PyUfunc) => (u.pyfunc !== null ? [`${'O'.repeat(u.nin)}->${'O'.repeat(u.nout)}`] : spec(u.op)!.types.slice()),
    __doc__: (u: PyUfunc) => `${u.name}(*args, **kwargs)`,
  });
  defineMethods(UfuncType, {
    __call__: (u: PyUfunc, args, kw) => {
      const over = arrayUfuncOverride(u, '__call__', args, kw);
      if (over !== undefined) return over;
      const nin = u.nin;
      if (args.length < nin || args.length > nin + u.nout) throwPy('TypeError', `${u.name}() takes from ${nin} to ${nin + u.nout} positional arguments but ${args.length} ${args.length === 1 ? 'was' : 'were'} given`);
      const o = ufuncKw(kw, u.name);
      if (args.length > nin) {
        if (o.out !== undefined) throwPy('TypeError', 'cannot specify \'out\' as both a positional and keyword argument');
        const extra = args.slice(nin);
        o.out = extra.length === 1 && u.nout === 1 ? extra[0] : tuple(extra);
        args = args.slice(0, nin);
      }
      warnWhereWithoutOut(o);
      if (u.op === 'matmul') {
        const r = wrapProduct(matmul(args[0], args[1]), args, true);
        if (!(o.out instanceof NDArray)) return r;
        const made = r instanceof NDArray ? r.dtype : asArray(r).dtype, cast = o.casting ?? 'same_kind';
        if (!D.canCast(made, o.out.dtype, cast)) throw makeExc(UFuncOutputCastingErrorType, `Cannot cast ufunc 'matmul' output from ${dtRepr(made)} to ${dtRepr(o.out.dtype)} with casting rule '${cast}'`);
        return matmulInto(r, args[0], args[1], o.out);
      }
      // out=... asks for arrays even where the result is 0-d (no conversion to NumPy scalars)
      if (o.out !== Ellipsis) return applyUfunc(u, args, o);
      o.out = undefined;
      const r = applyUfunc(u, args, o);
      return r instanceof PyTuple ? tuple(r.items.map(resultArray)) : resultArray(r);
    },
    __repr__: (u: PyUfunc) => `<ufunc '${u.name}'>`,
    __str__: (u: PyUfunc) => `<ufunc '${u.name}'>`,
    reduce: (u: PyUfunc, args, kw) => {
      const p = kwArgs(args, kw, ['array', 'axis', 'dtype', 'out', 'keepdims', 'initial', 'where']);
      const over = methodOverride(u, 'reduce', p, ['array']);
      if (over !== undefined) return over;
      return ufuncReduce(u, p.array, p.axis, optDType(p.dtype), singleOut(p.out), p.keepdims !== undefined && truthy(p.keepdims), p.initial, p.where);
    },
    accumulate: (u: PyUfunc, args, kw) => {
      const p = kwArgs(args, kw, ['array', 'axis', 'dtype', 'out']);
      const over = methodOverride(u, 'accumulate', p, ['array']);
      if (over !== undefined) return over;
      return ufuncAccumulate(u, p.array, p.axis === undefined ? 0 : p.axis, optDType(p.dtype), singleOut(p.out));
    },
    at: (u: PyUfunc, args) => {
      const over = bypassOverride || args.some(mayOverride) ? arrayUfuncOverride(u, 'at', args, null) : undefined;
      if (over !== undefined) return over;
      if (!(args[0] instanceof NDArray)) throwPy('TypeError', 'first operand must be array');
      return ufuncAt(u, args[0], args[1], args[2]);
    },
    outer: (u: PyUfunc, args, kw) => {
      const over = bypassOverride || args.some(mayOverride) ? arrayUfuncOverride(u, 'outer', args, kw) : undefined;
      if (over !== undefined) return over;
      if (u.nin !== 2) throwPy('ValueError', 'outer product only supported for binary functions');
      const a = asArray(args[0]), b = asArray(args[1]);
      const av = a.view([...a.shape, ...b.shape.map(() => 1)], [...a.strides, ...b.shape.map(() => 0)], a.offset);
      const o = ufuncKw(kw, u.name);
      warnWhereWithoutOut(o);
      return applyUfunc(u, [av, b], o);
    },
    reduceat: (u: PyUfunc, args, kw) => {
      const p = kwArgs(args, kw, ['array', 'indices', 'axis', 'dtype', 'out']);
      const over = methodOverride(u, 'reduceat', p, ['array', 'indices']);
      if (over !== undefined) return over;
      binaryMethodCheck(u, 'reduceat');
      const given = asArray(p.array);
      // the pieces reduce a plain view; a subclass input is given back its class once, at the end
      const arr = new NDArray(given.block, given.dtype, given.shape, given.strides, given.offset, given.owner, given.writeable);
      const indices = asArray(p.indices);
      // NumPy converts the indices to a 1-d intp array
      if (indices.ndim > 1) throwPy('ValueError', 'setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 1.');
      const idx = indices.toArray().map(Number);
      if (arr.ndim === 0) throwPy('TypeError', `cannot reduceat a 0-d array`);
      const axis = p.axis === undefined || p.axis === null ? 0 : normAxis(p.axis, arr.ndim);
      const n = arr.shape[axis], st = arr.strides[axis];
      for (const i of idx) if (i < 0 || i >= n) throwPy('IndexError', `index ${i} out-of-bounds in ${u.name}.reduceat [0, ${n})`);
      // each index i reduces arr[i:next] along the axis (just arr[i] when next <= i)
      const parts: NDArray[] = [];
      for (let k = 0; k < idx.length; k++) {
        const i = idx[k];
        const j = k + 1 < idx.length ? idx[k + 1] : n;
        const stop = j > i ? j : i + 1;
        const shape = arr.shape.slice();
        shape[axis] = stop - i;
        const v = arr.view(shape, arr.strides, arr.offset + i * st);
        const r = ufuncReduce(u, v, axis, optDType(p.dtype), undefined, false, undefined, undefined);
        // object reductions give the element itself
        parts.push(r instanceof NPScalar ? scalarArray(r.dt, r.v) : r instanceof NDArray ? r : scalarArray(D.object, r));
      }
      const dt = parts.length ? parts[0].dtype : arr.dtype;
      const outShape = arr.shape.slice();
      outShape[axis] = idx.length;
      const res = allocArray(outShape, dt);
      const partShape = outShape.filter((_, d) => d !== axis);
      const partStrides = res.strides.filter((_, d) => d !== axis);
      parts.forEach((pa, k) => copyInto(res.view(partShape, partStrides, res.offset + k * res.strides[axis]), pa));
      if (p.out instanceof NDArray) {
        copyInto(p.out, res);
        return p.out;
      }
      const sub = wrapperOf([given]);
      return sub ? wrapResult(res, sub, null, false) : res;
    },
  });
}

/** np.frompyfunc(func, nin, nout, *, identity=None): a ufunc over object arrays calling `func` per element */
export function frompyfunc(args: any[], kw: Kw): PyUfunc {
  const p = kwArgs(args, kw, ['func', 'nin', 'nout', 'identity']);
  if (!isCallable(p.func)) throwPy('TypeError', 'function must be callable');
  const name = getAttrOrUndef(p.func, '__name__');
  const identity = p.identity === undefined ? null : p.identity;
  const u = new PyUfunc(`${typeof name === 'string' ? name : '?'} (vectorized)`, '', { nin: pyIndex(p.nin), nout: pyIndex(p.nout), identity });
  u.pyfunc = p.func;
  return u;
}

import { kwArgs } from './kwArgs';
import { warnWhereWithoutOut, binaryMethodCheck, sameTypeLoopCheck, reorderableCheck } from './ufuncChecks';
export { kwArgs, kwNamed, withKwComplaint } from './kwArgs';

export { pyDType, toDType };
