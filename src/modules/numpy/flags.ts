/**
 * `ndarray.flags`: a live view of an array's memory-layout flags (C_CONTIGUOUS, F_CONTIGUOUS, OWNDATA,
 * WRITEABLE, ALIGNED, WRITEBACKIFCOPY), readable as attributes or by key, with `writeable` settable
 * (it can only be turned back on for arrays whose base is writeable) and NumPy's multi-line repr.
 */
import { NDArray } from '../../../runtime/ndarray';
import { PyType, builtinType, ObjectType } from '../../objects/pytype';
import { throwPy } from '../../objects/errors';
import { defineMethods } from '../../objects/types/define';
import { GetSet } from '../../objects/descriptors';
import { truthy } from '../../objects/protocols';
import { makeExc } from '../../objects/exceptions';

export const FlagsType = builtinType('flagsobj', ObjectType, 'numpy');

export class Flags {
  declare cls: PyType;
  constructor(readonly a: NDArray) {}
}
Flags.prototype.cls = FlagsType;

const KEYS: Record<string, (a: NDArray) => boolean> = {
  C_CONTIGUOUS: (a) => a.cContiguous,
  F_CONTIGUOUS: (a) => a.fContiguous,
  OWNDATA: (a) => a.base === null,
  WRITEABLE: (a) => a.writeable,
  ALIGNED: () => true,
  WRITEBACKIFCOPY: () => false,
};
const ALIASES: Record<string, string> = {
  C: 'C_CONTIGUOUS', CONTIGUOUS: 'C_CONTIGUOUS', F: 'F_CONTIGUOUS', FORTRAN: 'F_CONTIGUOUS', O: 'OWNDATA',
  W: 'WRITEABLE', A: 'ALIGNED', X: 'WRITEBACKIFCOPY',
};

function setWriteable(a: NDArray, v: any): void {
  const on = truthy(v);
  if (on && a.base && !a.base.writeable) throwPy('ValueError', 'cannot set WRITEABLE flag to True of this array');
  a.writeable = on;
}

export function installFlags(): void {
  for (const [k, f] of Object.entries(KEYS)) {
    const attr = k.toLowerCase();
    FlagsType.dict[attr] = new GetSet(attr, (fl: Flags) => f(fl.a), attr === 'writeable' ? (fl: Flags, v) => setWriteable(fl.a, v) : null);
  }
  FlagsType.dict.contiguous = FlagsType.dict.c_contiguous;
  FlagsType.dict.fortran = FlagsType.dict.f_contiguous;
  defineMethods(FlagsType, {
    __getitem__: (fl: Flags, [k]) => {
      const key = typeof k === 'string' ? ALIASES[k] ?? k : '';
      const f = KEYS[key];
      if (!f) throw makeExc('KeyError', 'Unknown flag');
      return f(fl.a);
    },
    __setitem__: (fl: Flags, [k, v]) => {
      const key = typeof k === 'string' ? ALIASES[k] ?? k : '';
      if (key !== 'WRITEABLE') throw makeExc('KeyError', 'Unknown flag');
      setWriteable(fl.a, v);
      return null;
    },
    __repr__: (fl: Flags) =>
      Object.entries(KEYS)
        .map(([k, f]) => `  ${k} : ${f(fl.a) ? 'True' : 'False'}`)
        .join('\n') + '\n',
    __eq__: (fl: Flags, [o]) => o instanceof Flags && Object.values(KEYS).every((f) => f(fl.a) === f(o.a)),
  });
}
