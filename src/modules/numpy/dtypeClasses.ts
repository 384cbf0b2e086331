/**
 * numpy.dtypes: the class of every dtype object. `type(np.dtype('f8'))` is numpy.dtypes.Float64DType,
 * a subclass of np.dtype; the class follows the kind and size (byte order and, for text and datetimes,
 * the size or unit do not change it). Calling a class of a fixed-size type without arguments gives its
 * canonical dtype; the parametric ones (text, void, datetimes) refuse, as NumPy's do. The C-name
 * aliases (ByteDType, IntDType, LongDType …) are the same classes. StringDType is not provided.
 */
import * as D from '../../../runtime/dtype';
import { DType } from '../../../runtime/dtype';
import { PyType, builtinType } from '../../objects/pytype';
import { PyModule } from '../../objects/values';
import { throwPy } from '../../objects/errors';
import { DTypeType, pyDType } from './dtypes';

const classes = new Map<string, PyType>();

/** each class's canonical dtype; null for the parametric ones */
const CANONICAL: Record<string, DType | null> = {
  BoolDType: D.bool, Int8DType: D.int8, Int16DType: D.int16, Int32DType: D.int32, Int64DType: D.int64,
  UInt8DType: D.uint8, UInt16DType: D.uint16, UInt32DType: D.uint32, UInt64DType: D.uint64,
  Float16DType: D.float16, Float32DType: D.float32, Float64DType: D.float64, Complex64DType: D.complex64,
  Complex128DType: D.complex128, ObjectDType: D.object, StrDType: null, BytesDType: null, VoidDType: null,
  DateTime64DType: null, TimeDelta64DType: null,
};
const ALIASES: Record<string, string> = {
  ByteDType: 'Int8DType', UByteDType: 'UInt8DType', ShortDType: 'Int16DType', UShortDType: 'UInt16DType',
  IntDType: 'Int32DType', UIntDType: 'UInt32DType', LongDType: 'Int64DType', ULongDType: 'UInt64DType',
};

function classNamed(name: string): PyType {
  let t = classes.get(name);
  if (!t) {
    const cls = builtinType(name, DTypeType, 'numpy.dtypes');
    cls.newInstance = (_c, args, kw) => {
      if (args.length || kw?.size) throwPy('TypeError', 'currently only the no-argument instantiation is supported; use `np.dtype` instead.');
      const canonical = CANONICAL[name];
      if (canonical) return pyDType(canonical);
      if (name === 'StrDType' || name === 'BytesDType') throwPy('TypeError', 'function takes exactly 1 positional argument (0 given)');
      return throwPy('TypeError', `Preliminary-API: Flexible/Parametric legacy DType '<class 'numpy.dtypes.${name}'>' can only be instantiated using \`np.dtype(...)\``);
    };
    classes.set(name, (t = cls));
  }
  return t;
}

/** The numpy.dtypes class of a dtype (what `type()` of its dtype object gives). */
export function dtypeClassOf(dt: DType): PyType {
  return classNamed(D.dtypeClass(dt));
}

/** The numpy.dtypes module. */
export function dtypesModule(): PyModule {
  const m = new PyModule('numpy.dtypes');
  for (const name of Object.keys(CANONICAL)) m.d[name] = classNamed(name);
  for (const [alias, name] of Object.entries(ALIASES)) m.d[alias] = classNamed(name);
  return m;
}
