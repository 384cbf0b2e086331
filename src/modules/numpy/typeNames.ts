/**
 * NumPy's small type-query helpers from lib/_type_check_impl.py and numerictypes: np.typename (a type
 * code's English name), np.mintypecode (the smallest code of a typeset that holds all the given codes),
 * np.common_type (the inexact scalar type arrays share, integers counting as float64), np.iterable and
 * the np.typecodes table.
 */
import * as D from '../../../runtime/dtype';
import { PyDict } from '../../objects/hashtable';
import { throwPy } from '../../objects/errors';
import { builtin, Kw, PyBuiltin } from '../../objects/function';
import { iter } from '../../objects/iterators';
import { toArray } from '../../objects/iterators';
import { NDArray } from '../../../runtime/ndarray';
import { asArray } from './coerce';
import { kwArgs, kwNamed } from './ufuncs';
import { scalarTypeOf } from './dtypes';

const NAME_FROM_CODE: Record<string, string> = {
  S1: 'character', '?': 'bool', b: 'signed char', B: 'unsigned char', h: 'short', H: 'unsigned short', i: 'integer',
  I: 'unsigned integer', l: 'long integer', L: 'unsigned long integer', q: 'long long integer',
  Q: 'unsigned long long integer', f: 'single precision', d: 'double precision', g: 'long precision',
  F: 'complex single precision', D: 'complex double precision', G: 'complex long double precision', S: 'string',
  U: 'unicode', V: 'void', O: 'object',
};
const BY_ELSIZE = 'GDFgdfQqLlIiHhBb?';

const TYPECODES: [string, string][] = [
  ['Character', 'c'], ['Integer', 'bhilqnp'], ['UnsignedInteger', 'BHILQNP'], ['Float', 'efdg'], ['Complex', 'FDG'],
  ['AllInteger', 'bBhHiIlLqQnNpP'], ['AllFloat', 'efdgFDG'], ['Datetime', 'Mm'], ['All', '?bhilqnpBHILQNPefdgFDGSUVOMm'],
];

function typeCodes(): PyDict {
  const d = new PyDict();
  for (const [k, v] of TYPECODES) d.set(k, v);
  return d;
}

function mintypecode(chars: any, typeset: string, dflt: string): string {
  const codes = toArray(chars).map((t: any) => (typeof t === 'string' ? t : asArray(t).dtype.char));
  const hit = new Set(codes.filter((c: string) => typeset.includes(c)));
  if (!hit.size) return dflt;
  if (hit.has('F') && hit.has('d')) return 'D';
  return [...hit].sort((a, b) => BY_ELSIZE.indexOf(a) - BY_ELSIZE.indexOf(b))[0];
}

function commonType(arrays: any[]): any {
  let complex = false;
  let size = 0;
  for (const v of arrays) {
    const dt = asArray(v).dtype;
    if (dt.kind === 'c') complex = true;
    if (dt.kind === 'i' || dt.kind === 'u' || dt.kind === 'b') {
      if (dt.kind === 'b') throwPy('TypeError', "can't get common type for non-numeric array");
      size = Math.max(size, 8);
    } else if (dt.kind === 'f') size = Math.max(size, dt.itemsize);
    else if (dt.kind === 'c') size = Math.max(size, dt.itemsize / 2);
    else throwPy('TypeError', "can't get common type for non-numeric array");
  }
  if (complex) return scalarTypeOf(size <= 4 ? D.complex64 : D.complex128);
  return scalarTypeOf(size === 2 ? D.float16 : size === 4 ? D.float32 : D.float64);
}

function iterable(v: any): boolean {
  if (v instanceof NDArray && v.ndim === 0) return false;
  try {
    iter(v);
    return true;
  } catch {
    return false;
  }
}

export function typeNameFunctions(): Record<string, any> {
  const b = (name: string, f: (args: any[], kw: Kw) => any): PyBuiltin => builtin(name, kwNamed(name, f));
  return {
    typecodes: typeCodes(),
    typename: b('typename', (args, kw) => {
      const p = kwArgs(args, kw, ['char']);
      const name = NAME_FROM_CODE[String(p.char)];
      if (name === undefined) throwPy('KeyError', `'${String(p.char)}'`);
      return name;
    }),
    mintypecode: b('mintypecode', (args, kw) => {
      const p = kwArgs(args, kw, ['typechars', 'typeset', 'default']);
      return mintypecode(p.typechars, p.typeset === undefined ? 'GDFgdf' : toArray(p.typeset).join(''), p.default ?? 'd');
    }),
    common_type: b('common_type', (args) => commonType(args)),
    iterable: b('iterable', (args, kw) => iterable(kwArgs(args, kw, ['y']).y)),
  };
}
