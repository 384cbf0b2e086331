/**
 * The ufunc objects of the numpy module, one per name (aliases share the object as in NumPy:
 * np.abs is np.absolute, np.conj is np.conjugate, np.mod is np.remainder …).
 */
import { PyUfunc } from './ufuncs';
import { UFUNC_SPECS } from '../../../runtime/ufuncTypes';

// built on first use: the ufunc objects' class comes from a module that imports this one
let table: Map<string, PyUfunc> | null = null;
function getTable(): Map<string, PyUfunc> {
  if (!table) {
    table = new Map();
    for (const name of Object.keys(UFUNC_SPECS)) table.set(name, new PyUfunc(name));
  }
  return table;
}

/** Python names that refer to the same ufunc object. */
export const UFUNC_ALIASES: Record<string, string> = {
  abs: 'absolute', true_divide: 'divide', conj: 'conjugate', mod: 'remainder', bitwise_not: 'invert', bitwise_invert: 'invert',
  bitwise_left_shift: 'left_shift', bitwise_right_shift: 'right_shift', pow: 'power', acos: 'arccos',
  asin: 'arcsin', atan: 'arctan', atan2: 'arctan2', acosh: 'arccosh', asinh: 'arcsinh', atanh: 'arctanh',
};

export function ufunc(name: string): PyUfunc {
  const u = getTable().get(UFUNC_ALIASES[name] ?? name);
  if (!u) throw new Error(`no ufunc ${name}`);
  return u;
}

export function allUfuncs(): [string, PyUfunc][] {
  return [...getTable().entries()];
}
