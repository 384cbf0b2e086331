/**
 * `np.finfo` and `np.iinfo`: machine limits of float and integer dtypes as NumPy reports them — the
 * float fields are NumPy scalars of the float type (np.float32(1.1920929e-07)), integer limits are
 * Python ints — with NumPy's reprs and its "Machine parameters" str() for iinfo.
 */
import * as D from '../../../runtime/dtype';
import { DType } from '../../../runtime/dtype';
import { PyType, builtinType, ObjectType } from '../../objects/pytype';
import { throwPy } from '../../objects/errors';
import { defineMethods } from '../../objects/types/define';
import { GetSet } from '../../objects/descriptors';
import { builtin, PyBuiltin } from '../../objects/function';
import { norm } from '../../objects/arith';
import { toDType, pyDType } from './dtypes';
import { NPScalar, scalar, scalarStr, scalarRepr } from './scalars';
import { NDArray } from '../../../runtime/ndarray';

export const FInfoType = builtinType('finfo', ObjectType, 'numpy');
export const IInfoType = builtinType('iinfo', ObjectType, 'numpy');

class FInfo {
  declare cls: PyType;
  constructor(readonly dt: DType) {}
}
FInfo.prototype.cls = FInfoType;
class IInfo {
  declare cls: PyType;
  constructor(readonly dt: DType) {}
}
IInfo.prototype.cls = IInfoType;

interface FloatParams {
  bits: number; nmant: number; nexp: number; minexp: number; maxexp: number; precision: number; max: number; tiny: number; subnormal: number;
}
const PARAMS: Record<number, FloatParams> = {
  2: { bits: 16, nmant: 10, nexp: 5, minexp: -14, maxexp: 16, precision: 3, max: 65504, tiny: 2 ** -14, subnormal: 2 ** -24 },
  4: { bits: 32, nmant: 23, nexp: 8, minexp: -126, maxexp: 128, precision: 6, max: 3.4028234663852886e38, tiny: 2 ** -126, subnormal: 2 ** -149 },
  8: { bits: 64, nmant: 52, nexp: 11, minexp: -1022, maxexp: 1024, precision: 15, max: Number.MAX_VALUE, tiny: 2 ** -1022, subnormal: 2 ** -1074 },
};

function dtypeArg(v: any): DType {
  if (v instanceof NDArray) return v.dtype;
  if (v instanceof NPScalar) return v.dt;
  return toDType(v);
}

export const finfo: PyBuiltin = builtin('finfo', (args) => {
  let dt = dtypeArg(args[0]).native;
  if (dt.kind === 'c') dt = dt.realType;
  if (dt.kind !== 'f') throwPy('ValueError', `data type ${dt.kind === 'b' ? "<class 'numpy.bool'>" : `<class 'numpy.${dt.name}'>`} not inexact`);
  return new FInfo(dt);
});
export const iinfo: PyBuiltin = builtin('iinfo', (args) => {
  const dt = dtypeArg(args[0]).native;
  if (dt.kind !== 'i' && dt.kind !== 'u') throwPy('ValueError', `Invalid integer data type '${dt.kind}'.`);
  return new IInfo(dt);
});

export function installInfo(): void {
  const fget = (name: string, f: (p: FloatParams, dt: DType) => any) => {
    FInfoType.dict[name] = new GetSet(name, (fi: FInfo) => f(PARAMS[fi.dt.itemsize], fi.dt));
  };
  const s = (dt: DType, v: number) => scalar(dt, dt.itemsize === 4 ? Math.fround(v) : v);
  fget('bits', (p) => p.bits);
  fget('nmant', (p) => p.nmant);
  fget('nexp', (p) => p.nexp);
  fget('minexp', (p) => p.minexp);
  fget('maxexp', (p) => p.maxexp);
  fget('machep', (p) => -p.nmant);
  fget('negep', (p) => -p.nmant - 1);
  fget('iexp', (p) => p.nexp);
  fget('precision', (p) => p.precision);
  fget('eps', (p, dt) => s(dt, 2 ** -p.nmant));
  fget('epsneg', (p, dt) => s(dt, 2 ** (-p.nmant - 1)));
  fget('resolution', (p, dt) => s(dt, 10 ** -p.precision));
  fget('max', (p, dt) => s(dt, p.max));
  fget('min', (p, dt) => s(dt, -p.max));
  fget('tiny', (p, dt) => s(dt, p.tiny));
  fget('smallest_normal', (p, dt) => s(dt, p.tiny));
  fget('smallest_subnormal', (p, dt) => s(dt, p.subnormal));
  fget('dtype', (_p, dt) => pyDType(dt));
  defineMethods(FInfoType, {
    __repr__: (fi: FInfo) => {
      const p = PARAMS[fi.dt.itemsize];
      const st = (v: number) => scalarStr(s(fi.dt, v));
      // NumPy prints the limits with '%24.16e' / '%15.7e' / '%12.5e' (float64 / float32 / float16)
      const digits = fi.dt.itemsize === 8 ? 16 : fi.dt.itemsize === 4 ? 7 : 5;
      const e = (v: number) => s(fi.dt, v).v.toExponential(digits).replace(/e([+-])(\d)$/, 'e$10$2');
      return `finfo(resolution=${st(10 ** -p.precision)}, min=${e(-p.max)}, max=${e(p.max)}, dtype=${fi.dt.name})`;
    },
    __str__: (fi: FInfo) => {
      const p = PARAMS[fi.dt.itemsize];
      const st = (v: number) => scalarStr(s(fi.dt, v));
      const line = '-'.repeat(63);
      return [
        `Machine parameters for ${fi.dt.name}`, line,
        `precision = ${String(p.precision)}   resolution = ${st(10 ** -p.precision)}`,
        `machep = ${String(-p.nmant)}   eps =        ${st(2 ** -p.nmant)}`,
        `negep =  ${String(-p.nmant - 1)}   epsneg =     ${st(2 ** (-p.nmant - 1))}`,
        `minexp = ${String(p.minexp)}   tiny =       ${st(p.tiny)}`,
        `maxexp = ${String(p.maxexp)}   max =        ${st(p.max)}`,
        `nexp =   ${String(p.nexp)}   min =        -max`,
        `smallest_normal = ${st(p.tiny)}   smallest_subnormal = ${st(p.subnormal)}`,
        line, '',
      ].join('\n');
    },
  });
  const iget = (name: string, f: (dt: DType) => any) => {
    IInfoType.dict[name] = new GetSet(name, (ii: IInfo) => f(ii.dt));
  };
  iget('bits', (dt) => dt.itemsize * 8);
  iget('min', (dt) => norm(D.intRange(dt)[0]));
  iget('max', (dt) => norm(D.intRange(dt)[1]));
  iget('dtype', (dt) => pyDType(dt));
  iget('kind', (dt) => dt.kind);
  defineMethods(IInfoType, {
    __repr__: (ii: IInfo) => `iinfo(min=${D.intRange(ii.dt)[0]}, max=${D.intRange(ii.dt)[1]}, dtype=${ii.dt.name})`,
    __str__: (ii: IInfo) => {
      const line = '-'.repeat(63);
      return [`Machine parameters for ${ii.dt.name}`, line, `min = ${D.intRange(ii.dt)[0]}`, `max = ${D.intRange(ii.dt)[1]}`, line, ''].join('\n');
    },
  });
  void scalarRepr;
}
