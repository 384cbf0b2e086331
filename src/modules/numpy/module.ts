/**
 * The `numpy` module object: assembles the dtype and scalar types, ufuncs (with their aliases),
 * creation, printing and reduction functions, constants (pi, e, inf, nan, newaxis …), the type-query
 * functions (finfo, iinfo, issubdtype, result_type, promote_types, can_cast) and broadcasting helpers.
 * Built once per interpreter on first `import numpy`.
 */
import { NDArray, broadcastShapes, broadcastStrides } from '../../../runtime/ndarray';
import * as D from '../../../runtime/dtype';
import { DType } from '../../../runtime/dtype';
import { PyModule, PyTuple, PyFloat, tuple, PyComplex } from '../../objects/values';
import { PyType } from '../../objects/pytype';
import { throwPy } from '../../objects/errors';
import { getAttr, getAttrOrUndef } from '../../objects/attrs';
import { importModule } from '../../interp/imports';
import { builtin, Kw, PyBuiltin, call, isCallable } from '../../objects/function';
import { truthy, index as pyIndex } from '../../objects/protocols';
import * as T from './dtypes';
import { NPScalar, scalar, weakKind, scalarStr, parseStr, asciiText } from './scalars';
import { toDouble } from './randomArgs';
import { setStringCasts } from '../../../runtime/elements';
import { installObjectCasts } from './objectCasts';
import { asArray, castCopy, copyInto, allocArray } from './coerce';
import { applyUfunc, kwArgs, kwNamed, installUfuncType, UfuncType, frompyfunc, casting } from './ufuncs';
import { ufunc, allUfuncs, UFUNC_ALIASES } from './ufuncTable';
import { installArrayType, NDArrayType, compareOp } from './arrayType';
import { installScalarTypes } from './scalarType';
import { installScalarArith } from './scalarMath';
import { installFlags } from './flags';
import { creationFunctions } from './creation';
import { printingFunctions } from './printing';
import * as R from './reductions';
import { reshape, reshapeOrder, copyArg, transpose, squeeze, expandDims, ravelOrder, memOrder, swapaxes } from './shape';
import { roundArray, clip, nonzero } from './misc';
import { dot, dotInto } from './linalgBasic';
import { realPart, imagPart } from './complexParts';
import { shapeRepr, shapeCompact } from './alloc';
import { AxisErrorType, ComplexWarningType, DTypePromotionErrorType } from './axes';
import { excClass, VisibleDeprecationWarningType } from './ioFiles';
import { RankWarningType } from './polynomialFit';
import { finfo, iinfo, installInfo } from './info';
import { errstateFunctions, fpErr } from './errstate';
import { printOptions, defaultPrintOptions } from './printOptions';
import { emathModule } from './emath';
import { coreModule } from './coreShim';
import { installDatetimeTypes, isTimeOperand, timeUfunc } from './datetimes';
import { extraFunctions } from './extras';
import { libModule } from './strideTricks';
import { randomModule } from './random';
import { linalgModule, linalgTopLevel } from './linalg';
import { fftModule } from './fft';
import { dtypesModule } from './dtypeClasses';
import { polynomialFunctions, polynomialModule } from './polynomial';
import { ioFunctions, installIoMethods } from './io';
import { npyFormatModule } from './npyFormatModule';
import { VoidType, RecordType } from './structured';
import { RecArrayType, recModule } from './records';
import { indexTrickValues } from './indexTricks';
import { einsumFunctions, dotND, tensordot, checkAligned } from './einsum';
import { joiningFunctions } from './joining';
import { rearrangeFunctions } from './rearrange';
import { sortingFunctions } from './sorting';
import { busdayFunctions } from './busday';
import { datetimeStringFunctions } from './datetimeStrings';
import { selectionFunctions } from './selection';
import { statisticsFunctions } from './statistics';
import { nanFunctions } from './nanReductions';
import { histogramFunctions, setHistogramLinspace } from './histogram';
import { maskedWriteFunctions } from './maskedWrites';
import { arrayApiFunctions } from './arrayApi';
import { typeNameFunctions } from './typeNames';
import { windowFunctions } from './windows';
import { BroadcastType, installBroadcastType } from './broadcastObject';
import { FlatIterType, installFlatIterType } from './flatIter';
import { installCollector } from '../../interp/collector';
import { installThreads } from '../../interp/threads';
import { installFuser, setGenuineReductions } from './fusion';
import { installTemporaries } from './temporaries';
import { installArrayFunction, defaultArrayFunction } from './arrayFunction';
import { defaultArrayUfunc } from './ufuncs';
import { defaultArrayWrap, keepSubclassFunctions, subclassOf, wrapDot } from './subclassing';
import { registerMatrixModule, MATRIX_NAMES } from './matrix';
import { registerVectorizeModule } from './vectorize';
import { limitPositionals } from './positionalLimits';
import { registerPicklingModules, installPickling } from './pickling';
import { installTextScalars } from './textScalars';
import { missingNumpyAttr } from './expiredNames';

let installed = false;
function installTypes(): void {
  if (installed) return;
  installed = true;
  installCollector();
  installThreads();
  T.installDTypes();
  installTextScalars();
  installUfuncType();
  installFuser();
  installTemporaries();
  installArrayType();
  NDArrayType.dict.__array_function__ = defaultArrayFunction;
  NDArrayType.dict.__array_ufunc__ = defaultArrayUfunc;
  NDArrayType.dict.__array_wrap__ = defaultArrayWrap;
  installScalarTypes();
  installScalarArith();
  installFlags();
  installBroadcastType();
  installFlatIterType();
  installInfo();
  installDatetimeTypes();
  setStringCasts((d, v) => scalarStr(new NPScalar(d, v)), (s, from, to) => parseStr(s, to, from), asciiText);
  installObjectCasts();
  registerMatrixModule();
  registerVectorizeModule();
  registerPicklingModules();
  installPickling();
}

/** An argument NumPy's wrappers hand to its own methods: an object that is no array, scalar or builtin sequence. */
function ownMethodHolder(a: any): boolean {
  return a !== null && typeof a === 'object' && !(a instanceof NDArray) && !(a instanceof NPScalar) && !(a instanceof PyTuple) && !Array.isArray(a) && (a as any).cls?.name !== 'float' && (a as any).cls?.name !== 'complex';
}

/** Reduction keywords for the np.* forms: np.sum(a, axis=None, dtype=None, out=None, keepdims=False, …). */
function red(args: any[], kw: Kw, names: string[]): [any, R.RedOpts & { ddof?: number; mean?: any }] {
  const p = kwArgs(args, kw, ['a', ...names]);
  // np.var/np.std's correction= is the Array API's name for ddof
  if (p.correction !== undefined && p.ddof !== undefined) throwPy('ValueError', "ddof and correction can't be provided simultaneously.");
  const ddof = p.ddof ?? p.correction;
  return [
    p.a,
    {
      axis: p.axis, dtype: T.optDType(p.dtype), out: p.out ?? undefined, keepdims: p.keepdims !== undefined && truthy(p.keepdims),
      initial: p.initial, where: p.where, ddof: ddof !== undefined ? toDouble(ddof) : undefined, mean: p.mean,
    },
  ];
}

export function makeNumpy(): PyModule {
  installTypes();
  // options are process-wide records: a new interpreter's numpy starts from NumPy's defaults
  Object.assign(printOptions, defaultPrintOptions());
  Object.assign(fpErr, { divide: 'warn', over: 'warn', under: 'ignore', invalid: 'warn' });
  const m = new PyModule('numpy');
  const d = m.d;
  const def = (name: string, f: (args: any[], kw: Kw) => any) => {
    d[name] = builtin(name, kwNamed(name, f));
  };
  d.__version__ = '2.4.6';
  // attributes written in Python (src/stdlib/numpyPoly1d.ts, numpyChar.ts, numpyMa.ts, numpyTesting.ts), loaded on first use (PEP 562)
  def('__getattr__', ([name]) => {
    if (name === 'poly1d') return (d.poly1d = getAttr(importModule('_ndpy_poly1d', true), 'poly1d'));
    if (name === 'char') return (d.char = importModule('_ndpy_char', true));
    if (name === 'strings') return (d.strings = importModule('_ndpy_strings', true));
    if (name === 'ma') return (d.ma = importModule('_ndpy_ma', true));
    if (name === 'testing') return (d.testing = importModule('_ndpy_testing', true));
    if (name === 'vectorize') return (d.vectorize = getAttr(importModule('_ndpy_vectorize', true), 'vectorize'));
    if (MATRIX_NAMES.includes(name)) {
      const mm = importModule('_ndpy_matrix', true);
      for (const k of MATRIX_NAMES) d[k] = getAttr(mm, k);
      return d[name];
    }
    return missingNumpyAttr(m, name);
  });
  def('__dir__', () => [...new Set([...Object.keys(d), 'char', 'strings', 'ma', 'testing', 'vectorize', 'poly1d', ...MATRIX_NAMES])]);
  d.ndarray = NDArrayType;
  d.ufunc = UfuncType;
  d.broadcast = BroadcastType;
  d.flatiter = FlatIterType;
  d.dtype = T.DTypeType;
  d.generic = T.GenericType;
  d.number = T.NumberType;
  d.integer = T.IntegerType;
  d.signedinteger = T.SignedType;
  d.unsignedinteger = T.UnsignedType;
  d.inexact = T.InexactType;
  d.floating = T.FloatingType;
  d.complexfloating = T.ComplexFloatingType;
  for (const [dt, t] of T.scalarTypes) d[dt.name] = t;
  const alias = (name: string, dt: DType) => (d[name] = T.scalarTypeOf(dt));
  alias('bool_', D.bool);
  alias('int_', D.int64);
  alias('intp', D.int64);
  alias('uintp', D.uint64);
  alias('intc', D.int32);
  alias('uintc', D.uint32);
  alias('byte', D.int8);
  alias('ubyte', D.uint8);
  alias('short', D.int16);
  alias('ushort', D.uint16);
  alias('longlong', D.int64);
  alias('ulonglong', D.uint64);
  alias('long', D.int64);
  alias('ulong', D.uint64);
  alias('uint', D.uint64);
  alias('half', D.float16);
  alias('single', D.float32);
  alias('double', D.float64);
  alias('csingle', D.complex64);
  alias('cdouble', D.complex128);
  d.pi = new PyFloat(Math.PI);
  d.e = new PyFloat(Math.E);
  d.euler_gamma = new PyFloat(0.5772156649015329);
  d.inf = new PyFloat(Infinity);
  d.nan = new PyFloat(NaN);
  d.newaxis = null;
  d.little_endian = true;
  d.True_ = scalar(D.bool, 1);
  d.False_ = scalar(D.bool, 0);
  const exc = new PyModule('numpy.exceptions');
  exc.d.AxisError = AxisErrorType;
  exc.d.ComplexWarning = ComplexWarningType;
  exc.d.RankWarning = RankWarningType;
  exc.d.DTypePromotionError = DTypePromotionErrorType;
  exc.d.VisibleDeprecationWarning = VisibleDeprecationWarningType;
  exc.d.ModuleDeprecationWarning = excClass('ModuleDeprecationWarning', 'numpy.exceptions', 'DeprecationWarning');
  exc.d.TooHardError = excClass('TooHardError', 'numpy.exceptions', 'RuntimeError');
  d.exceptions = exc;

  for (const [name, u] of allUfuncs()) d[name] = u;
  for (const [a, name] of Object.entries(UFUNC_ALIASES)) d[a] = ufunc(name);
  d.frompyfunc = builtin('frompyfunc', frompyfunc);
  // np.round and np.around are separate Python functions (each names itself in keyword errors)
  for (const name of ['round', 'around']) {
    d[name] = builtin(name, kwNamed(name, (args, kw) => {
      const p = kwArgs(args, kw, ['a', 'decimals', 'out']);
      return roundArray(p.a, p.decimals === undefined ? 0 : pyIndex(p.decimals), p.out);
    }));
  }
  d.fix = builtin('fix', (args, kw) => {
    const p = kwArgs(args, kw, ['x', 'out']);
    const r = applyUfunc(ufunc('trunc'), [p.x], p.out ? { out: p.out } : {});
    return r;
  });
  Object.assign(d, creationFunctions(), printingFunctions(), errstateFunctions(), extraFunctions());
  Object.assign(d, joiningFunctions(), rearrangeFunctions(), sortingFunctions(), busdayFunctions(), datetimeStringFunctions(), selectionFunctions(), statisticsFunctions(), nanFunctions(), histogramFunctions(), maskedWriteFunctions(), arrayApiFunctions());
  Object.assign(d, typeNameFunctions(), windowFunctions());
  setHistogramLinspace(d.linspace);
  Object.assign(d, indexTrickValues(), einsumFunctions());
  d.emath = emathModule();
  d.void = VoidType;
  d.bytes_ = T.BytesScalarType;
  d.str_ = T.StrScalarType;
  d.object_ = T.ObjectScalarType;
  d.datetime64 = T.DatetimeType;
  d.timedelta64 = T.TimedeltaType;
  def('isnat', ([x]) => {
    if (!isTimeOperand(x)) throwPy('TypeError', "ufunc 'isnat' is only defined for np.datetime64 and np.timedelta64.");
    return timeUfunc('isnat', [x], null);
  });
  d.flexible = T.FlexibleType;
  d.character = T.CharacterType;
  d.record = RecordType;
  d.recarray = RecArrayType;
  d.rec = recModule();
  d.dtypes = dtypesModule();
  d.core = coreModule(m);
  d.lib = libModule();
  d.lib.d.scimath = d.emath;
  d.random = randomModule();
  d.linalg = linalgModule();
  d.fft = fftModule();
  d.polynomial = polynomialModule();
  Object.assign(d, linalgTopLevel(), polynomialFunctions());
  Object.assign(d, ioFunctions());
  installIoMethods(NDArrayType);
  (d.lib as PyModule).d.format = npyFormatModule();
  d.finfo = finfo;
  d.iinfo = iinfo;

  // NumPy's _wrapreduction: an argument that is no ndarray but has the method (np.ma's MaskedArray, a
  // user container) does the reduction itself
  const delegating = (name: string, f: (args: any[], kw: Kw) => any) => (args: any[], kw: Kw) => {
    const a = args.length ? args[0] : kw?.get('a');
    if (ownMethodHolder(a)) {
      const m = getAttrOrUndef(a, name);
      if (m !== undefined && isCallable(m)) {
        let rest = kw;
        if (!args.length) {
          rest = new Map(kw!);
          rest.delete('a');
        }
        return call(m, args.slice(1), rest);
      }
    }
    return f(args, kw);
  };
  const defRed = (name: string, method: string, f: (args: any[], kw: Kw) => any) => def(name, delegating(method, f));
  defRed('sum', 'sum', (a, k) => R.sum(...red(a, k, ['axis', 'dtype', 'out', 'keepdims', 'initial', 'where'])));
  defRed('prod', 'prod', (a, k) => R.prod(...red(a, k, ['axis', 'dtype', 'out', 'keepdims', 'initial', 'where'])));
  // amax/amin are NumPy functions of their own, with their own names
  for (const [name, alias] of [['max', 'amax'], ['min', 'amin']]) {
    const f = (a: any[], k: Kw) => (name === 'max' ? R.amax : R.amin)(...red(a, k, ['axis', 'out', 'keepdims', 'initial', 'where']));
    defRed(name, name, f);
    defRed(alias, name, f);
  }
  defRed('all', 'all', (a, k) => R.all(...red(a, k, ['axis', 'out', 'keepdims', 'where'])));
  defRed('any', 'any', (a, k) => R.any(...red(a, k, ['axis', 'out', 'keepdims', 'where'])));
  defRed('mean', 'mean', (a, k) => R.mean(...red(a, k, ['axis', 'dtype', 'out', 'keepdims', 'where'])));
  defRed('var', 'var', (a, k) => R.variance(...red(a, k, ['axis', 'dtype', 'out', 'ddof', 'keepdims', 'where', 'mean', 'correction'])));
  defRed('std', 'std', (a, k) => R.variance(...red(a, k, ['axis', 'dtype', 'out', 'ddof', 'keepdims', 'where', 'mean', 'correction']), true));
  def('ptp', (a, k) => R.ptp(...red(a, k, ['axis', 'out', 'keepdims'])));
  defRed('argmax', 'argmax', (args, kw) => {
    const p = kwArgs(args, kw, ['a', 'axis', 'out', 'keepdims']);
    return R.argExtreme(p.a, p.axis, true, p.keepdims !== undefined && truthy(p.keepdims), p.out);
  });
  defRed('argmin', 'argmin', (args, kw) => {
    const p = kwArgs(args, kw, ['a', 'axis', 'out', 'keepdims']);
    return R.argExtreme(p.a, p.axis, false, p.keepdims !== undefined && truthy(p.keepdims), p.out);
  });
  defRed('cumsum', 'cumsum', (args, kw) => {
    const p = kwArgs(args, kw, ['a', 'axis', 'dtype', 'out']);
    return R.cumulative('add', p.a, p.axis, T.optDType(p.dtype), p.out);
  });
  defRed('cumprod', 'cumprod', (args, kw) => {
    const p = kwArgs(args, kw, ['a', 'axis', 'dtype', 'out']);
    return R.cumulative('multiply', p.a, p.axis, T.optDType(p.dtype), p.out);
  });
  def('count_nonzero', (args, kw) => {
    const p = kwArgs(args, kw, ['a', 'axis', 'keepdims']);
    return R.countNonzero(p.a, p.axis, p.keepdims !== undefined && truthy(p.keepdims));
  });
  def('clip', (args, kw) => {
    const p = kwArgs(args, kw, ['a', 'a_min', 'a_max', 'out', 'min', 'max']);
    // a_min and a_max come as a pair (either may be None); min=/max= are the keyword-only alternative
    const hasMin = p.a_min !== undefined, hasMax = p.a_max !== undefined;
    if (hasMin !== hasMax) throwPy('TypeError', `clip() missing 1 required positional argument: '${hasMin ? 'a_max' : 'a_min'}'`);
    if (hasMin && (p.min !== undefined || p.max !== undefined)) {
      throwPy('ValueError', 'Passing `min` or `max` keyword argument when `a_min` and `a_max` are provided is forbidden.');
    }
    return clip(p.a, p.a_min ?? p.min ?? null, p.a_max ?? p.max ?? null, p.out);
  });
  def('nonzero', (args) => nonzero(args[0]));
  def('reshape', (args, kw) => {
    const p = kwArgs(args, kw, ['a', 'shape', 'order', 'copy']);
    const a = asArray(p.a);
    return reshape(a, p.shape, reshapeOrder(a, p.order), copyArg(p.copy));
  });
  def('transpose', (args, kw) => {
    const p = kwArgs(args, kw, ['a', 'axes']);
    return transpose(asArray(p.a), p.axes ?? null);
  });
  def('swapaxes', (args) => swapaxes(asArray(args[0]), pyIndex(args[1]), pyIndex(args[2])));
  def('squeeze', (args, kw) => {
    const p = kwArgs(args, kw, ['a', 'axis']);
    // a NumPy scalar squeezes by its own method (NumPy's _wrapfunc), staying a scalar
    const r = squeeze(asArray(p.a), p.axis);
    return p.a instanceof NPScalar ? scalar(r.dtype, r.get([])) : r;
  });
  def('expand_dims', (args, kw) => {
    const p = kwArgs(args, kw, ['a', 'axis']);
    return expandDims(asArray(p.a), p.axis);
  });
  def('ravel', (args, kw) => {
    const p = kwArgs(args, kw, ['a', 'order']);
    const a = asArray(p.a);
    const o = memOrder(p.order);
    return o === 'C' ? R.ravel(a) : ravelOrder(a, o);
  });
  def('outer', (args, kw) => {
    const p = kwArgs(args, kw, ['a', 'b', 'out']);
    const a = R.ravel(asArray(p.a)), b = R.ravel(asArray(p.b));
    const out = p.out === null ? undefined : p.out;
    return applyUfunc(ufunc('multiply'), [a.view([a.size, 1], [a.strides[0], 0], a.offset), b], { out });
  });
  def('dot', (args, kw) => {
    const p = kwArgs(args, kw, ['a', 'b', 'out']);
    const a = asArray(p.a), b = asArray(p.b);
    let r: any;
    // a 0-d operand multiplies, whatever the other's rank
    if (a.ndim === 0 || b.ndim === 0) r = applyUfunc(ufunc('multiply'), [p.a, p.b]);
    else if (a.ndim > 2 || b.ndim > 2) r = wrapDot(dotND(a, b), a, b);
    else r = wrapDot(dot(p.a, p.b), a, b);
    return p.out === undefined || p.out === null ? r : dotInto(r, p.out);
  });
  def('vdot', (args) => {
    const a = R.ravel(asArray(args[0])), b = R.ravel(asArray(args[1]));
    if (a.size !== b.size) throwPy('ValueError', `cannot reshape array of size ${b.size} into shape (${a.size},)`);
    return dot(a.dtype.kind === 'c' ? applyUfunc(ufunc('conjugate'), [a]) : a, b);
  });
  def('inner', (args) => {
    const a = asArray(args[0]), b = asArray(args[1]);
    if (a.ndim === 0 || b.ndim === 0) return applyUfunc(ufunc('multiply'), [args[0], args[1]]);
    // two vectors: NumPy's inner is its dot (the BLAS routes matmul models)
    if (a.ndim === 1 && b.ndim === 1 && a.shape[0] === b.shape[0]) return dot(a, b);
    checkAligned(a, b.ndim >= 2 ? [...b.shape.slice(0, -2), b.shape[b.ndim - 1], b.shape[b.ndim - 2]] : b.shape);
    const r = tensordot(a, b, [a.ndim - 1], [b.ndim - 1]);
    return r instanceof NDArray && r.ndim === 0 ? scalar(r.dtype, r.get([])) : r;
  });
  def('real', (args) => (args[0] instanceof NDArray ? realPart(args[0]) : realScalar(args[0])));
  def('imag', (args) => (args[0] instanceof NDArray ? imagPart(args[0]) : imagScalar(args[0])));
  def('shape', (args) => tuple(asArray(args[0]).shape));
  def('ndim', (args) => asArray(args[0]).ndim);
  def('size', (args, kw) => {
    const p = kwArgs(args, kw, ['a', 'axis']);
    const a = asArray(p.a);
    if (p.axis === undefined || p.axis === null) return a.size;
    const ax = pyIndex(p.axis);
    return a.shape[ax < 0 ? ax + a.ndim : ax];
  });
  def('isscalar', (args) => {
    const v = args[0];
    return v instanceof NPScalar || weakKind(v) !== null || typeof v === 'string';
  });
  def('issubdtype', (args) => issubdtype(args[0], args[1]));
  def('result_type', (args) => {
    if (!args.length) throwPy('ValueError', 'at least one array or dtype is required');
    const strong: DType[] = [];
    const weak: D.WeakKind[] = [];
    for (const a of args) {
      const k = weakKind(a);
      if (k) weak.push(k);
      else if (a instanceof NDArray) strong.push(a.dtype);
      else if (a instanceof NPScalar) strong.push(a.dt);
      else strong.push(T.toDType(a));
    }
    return T.pyDType(D.resultType(strong, weak));
  });
  def('promote_types', (args) => T.pyDType(D.promote(T.toDType(args[0]), T.toDType(args[1]))));
  def('can_cast', (args, kw) => {
    const p = kwArgs(args, kw, ['from_', 'to', 'casting']);
    if (weakKind(p.from_)) {
      throwPy('TypeError', 'can_cast() does not support Python ints, floats, and complex because the result used to depend on the value.\nThis change was part of adopting NEP 50, we may explicitly allow them again in the future.');
    }
    const from = p.from_ instanceof NDArray ? p.from_.dtype : p.from_ instanceof NPScalar ? p.from_.dt : T.toDType(p.from_);
    return D.canCast(from, T.toDType(p.to), casting(p.casting, 'safe'));
  });
  def('broadcast_shapes', (args) => {
    const shapes = args.map((a) => (a instanceof PyTuple ? a.items.map((x: any) => pyIndex(x)) : [pyIndex(a)]));
    const b = broadcastShapes(shapes);
    if (!b) broadcastError(shapes);
    return tuple(b!);
  });
  def('broadcast_to', (args, kw) => {
    const p = kwArgs(args, kw, ['array', 'shape', 'subok']);
    const a = asArray(p.array);
    const shape = p.shape instanceof PyTuple ? p.shape.items.map((x: any) => pyIndex(x)) : [pyIndex(p.shape)];
    const r = broadcastTo(a, shape);
    // a subclass instance gives a base-class view unless subok=True
    return subclassOf(r) === null || (p.subok !== undefined && truthy(p.subok)) ? r : new NDArray(r.block, r.dtype, r.shape, r.strides, r.offset, r.owner, r.writeable);
  });
  def('broadcast_arrays', (args) => {
    const arrs = args.map((a) => asArray(a));
    const shapes = arrs.map((a) => a.shape);
    const b = broadcastShapes(shapes);
    if (!b) broadcastError(shapes);
    return tuple(arrs.map((a) => (a.ndim === b!.length && a.shape.every((s, i) => s === b![i]) ? a : broadcastTo(a, b!, true))));
  });
  def('array_equal', (args, kw) => {
    const p = kwArgs(args, kw, ['a1', 'a2', 'equal_nan']);
    const a = asArray(p.a1), b = asArray(p.a2);
    if (a.ndim !== b.ndim || a.shape.some((s, i) => s !== b.shape[i])) return false;
    // NumPy compares with == (records field by field, str against numbers all unequal)
    let eq = compareOp('equal', a, b);
    if (p.equal_nan !== undefined && truthy(p.equal_nan) && (a.dtype.kind === 'f' || a.dtype.kind === 'c')) {
      eq = applyUfunc(ufunc('logical_or'), [eq, applyUfunc(ufunc('logical_and'), [applyUfunc(ufunc('isnan'), [a]), applyUfunc(ufunc('isnan'), [b])])]);
    }
    return truthy(R.all(eq, {}));
  });
  // NumPy's _wrapfunc and its asanyarray(a).method() forms: these too hand an argument that is no ndarray
  // but has the method (np.ma's MaskedArray, a user container) to that method
  const wrapped: [string, string][] = [
    ['take', 'take'], ['reshape', 'reshape'], ['choose', 'choose'], ['repeat', 'repeat'], ['swapaxes', 'swapaxes'],
    ['transpose', 'transpose'], ['argpartition', 'argpartition'], ['searchsorted', 'searchsorted'], ['nonzero', 'nonzero'],
    ['clip', 'clip'], ['round', 'round'], ['around', 'round'], ['squeeze', 'squeeze'], ['diagonal', 'diagonal'],
    ['trace', 'trace'], ['ravel', 'ravel'],
  ];
  for (const [name, method] of wrapped) {
    const plain = d[name] as PyBuiltin;
    def(name, delegating(method, (args, kw) => plain.fn(args, kw)));
  }
  // np.argsort / np.sort / np.partition pass the axis (-1 unless given) on; sort and partition work on a copy
  const sortLike = (name: string, inPlace: boolean, names: string[]) => {
    const plain = d[name] as PyBuiltin;
    def(name, (args, kw) => {
      const p = kwArgs(args, kw, ['a', ...names]);
      const own = ownMethodHolder(p.a) && getAttrOrUndef(p.a, name) !== undefined && (!inPlace || getAttrOrUndef(p.a, 'copy') !== undefined);
      if (!own) return plain.fn(args, kw);
      const rest = new Map<string, any>(names.filter((k) => k !== 'kth' && p[k] !== undefined).map((k) => [k, p[k]]));
      if (!rest.has('axis')) rest.set('axis', -1);
      // axis=None sorts (partitions) the flattened copy
      const flat = inPlace && rest.get('axis') === null && getAttrOrUndef(p.a, 'ravel') !== undefined;
      if (flat) rest.set('axis', -1);
      const copy = inPlace ? call(getAttr(p.a, 'copy'), [], null) : p.a;
      const target = flat ? call(getAttr(copy, 'ravel'), [], null) : copy;
      const r = call(getAttr(target, name), names[0] === 'kth' ? [p.kth] : [], rest);
      return inPlace ? target : r;
    });
  };
  sortLike('sort', true, ['axis', 'kind', 'order', 'stable']);
  sortLike('argsort', false, ['axis', 'kind', 'order', 'stable']);
  sortLike('partition', true, ['kth', 'axis', 'kind', 'order']);
  // the array API's names for two NumPy functions (the same objects in NumPy)
  d.concat = d.concatenate;
  d.permute_dims = d.transpose;
  setGenuineReductions(d.sum, d.mean);
  keepSubclassFunctions(d);
  installArrayFunction(d, 'numpy');
  limitPositionals(m, '');
  for (const sub of ['linalg', 'fft']) limitPositionals(d[sub] as PyModule, `${sub}.`);
  return m;
}

// np.real / np.imag return `val.real` / `val.imag` when the value has them: Python numbers give Python
// numbers (True.real is 1, (0).imag is 0)
function realScalar(v: any): any {
  if (v instanceof NPScalar) return v.dt.kind === 'c' ? scalar(v.dt.realType, v.v.re) : v;
  if (v instanceof PyComplex) return new PyFloat(v.re);
  if (typeof v === 'boolean') return v ? 1 : 0;
  return realPart(asArray(v)).ndim === 0 ? v : realPart(asArray(v));
}
function imagScalar(v: any): any {
  if (v instanceof NPScalar) return v.dt.kind === 'c' ? scalar(v.dt.realType, v.v.im) : scalar(v.dt, 0);
  if (v instanceof PyComplex) return new PyFloat(v.im);
  const w = weakKind(v);
  if (w === 'bool' || w === 'int') return 0;
  if (w === 'float') return new PyFloat(0);
  const a = asArray(v);
  const r = imagPart(a);
  return r.ndim === 0 ? scalar(r.dtype, r.get([])) : r;
}

function broadcastError(shapes: number[][]): never {
  // NumPy names the first mismatching pair as "arg i" and "arg j"
  for (let i = 0; i < shapes.length; i++) {
    for (let j = 0; j < i; j++) {
      if (!broadcastShapes([shapes[j], shapes[i]])) {
        throwPy('ValueError', `shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg ${j} with shape ${shapeRepr(shapes[j])} and arg ${i} with shape ${shapeRepr(shapes[i])}.`);
      }
    }
  }
  return throwPy('ValueError', 'shape mismatch: objects cannot be broadcast to a single shape.');
}

export function broadcastTo(a: NDArray, shape: number[], fromArrays = false): NDArray {
  if (shape.some((s) => s < 0)) throwPy('ValueError', 'all elements of broadcast shape must be non-negative');
  if (a.ndim > shape.length) throwPy('ValueError', 'input operand has more dimensions than allowed by the axis remapping');
  const b = broadcastShapes([a.shape, shape]);
  if (!b || b.length !== shape.length || b.some((s, i) => s !== shape[i])) {
    throwPy('ValueError', `operands could not be broadcast together with remapped shapes [original->remapped]: ${shapeCompact(a.shape)}  and requested shape ${shapeCompact(shape)}`);
  }
  const v = a.view(shape.slice(), broadcastStrides(a, shape), a.offset);
  if (!fromArrays || shape.some((s, i) => s !== a.shape[i - (shape.length - a.ndim)])) v.writeable = false;
  if (fromArrays && shape.length === a.ndim && shape.every((s, i) => s === a.shape[i])) v.writeable = a.writeable;
  return v;
}

function issubdtype(a: any, b: any): boolean {
  const dt = a instanceof PyType && !T.dtypeOfScalarType(a) && !isAbstract(a) ? null : null;
  void dt;
  const ta = a instanceof PyType && isAbstract(a) ? a : T.scalarTypeOf(T.toDType(a));
  const tb = b instanceof PyType ? (isAbstract(b) ? b : T.scalarTypeOf(T.toDType(b))) : T.scalarTypeOf(T.toDType(b));
  return ta.isSubtypeOf(tb);
}
function isAbstract(t: PyType): boolean {
  return [T.GenericType, T.NumberType, T.IntegerType, T.SignedType, T.UnsignedType, T.InexactType, T.FloatingType, T.ComplexFloatingType, T.FlexibleType, T.CharacterType].includes(t);
}

export { castCopy, copyInto, allocArray, PyBuiltin };
