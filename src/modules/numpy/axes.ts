/**
 * Axis arguments (`axis=1`, `axis=-1`, `axis=(0, 2)`) normalised against an array's rank, and NumPy's
 * exception classes that go with them: `AxisError` (a ValueError and an IndexError, as in
 * numpy.exceptions) with NumPy's message "axis 2 is out of bounds for array of dimension 2", and the
 * UFuncTypeError family raised when a ufunc has no loop for its operands.
 */
import { PyType, TypeType } from '../../objects/pytype';
import { excType, makeExc } from '../../objects/exceptions';
import { PyTuple } from '../../objects/values';
import { throwPy } from '../../objects/errors';
import { RuntimePyError } from '../../../runtime/errors';
import { index } from '../../objects/protocols';

function npExc(name: string, bases: (string | PyType)[], module = 'numpy.exceptions'): PyType {
  const types = bases.map((b) => (typeof b === 'string' ? excType(b) : b));
  const t = new PyType(name, types, null, false, module);
  t.cls = TypeType;
  t.solid = types[0].solid;
  t.newInstance = types[0].newInstance;
  return t;
}

export const AxisErrorType = npExc('AxisError', ['ValueError', 'IndexError']);
export const ComplexWarningType = npExc('ComplexWarning', ['RuntimeWarning']);
export const DTypePromotionErrorType = npExc('DTypePromotionError', ['TypeError']);
RuntimePyError.classes.set('DTypePromotionError', DTypePromotionErrorType);
export const UFuncTypeErrorType = npExc('UFuncTypeError', ['TypeError'], 'numpy._core._exceptions');
/** NumPy's _UFuncNoLoopError, displayed under its base's name (UFuncTypeError) as NumPy's @_display_as_base */
export const UFuncNoLoopErrorType = npExc('UFuncTypeError', [UFuncTypeErrorType], 'numpy._core._exceptions');
UFuncNoLoopErrorType.qualname = '_UFuncNoLoopError';
/** NumPy's _UFuncBinaryResolutionError (a binary datetime/timedelta ufunc given operands it cannot combine) */
export const UFuncBinaryResolutionErrorType = npExc('UFuncTypeError', [UFuncNoLoopErrorType], 'numpy._core._exceptions');
UFuncBinaryResolutionErrorType.qualname = '_UFuncBinaryResolutionError';
/** NumPy's _UFuncInputCastingError, also displayed as UFuncTypeError */
export const UFuncInputCastingErrorType = npExc('UFuncTypeError', [UFuncTypeErrorType], 'numpy._core._exceptions');
UFuncInputCastingErrorType.qualname = '_UFuncInputCastingError';
/** NumPy's _UFuncOutputCastingError, also displayed as UFuncTypeError */
export const UFuncOutputCastingErrorType = npExc('UFuncTypeError', [UFuncTypeErrorType], 'numpy._core._exceptions');
UFuncOutputCastingErrorType.qualname = '_UFuncOutputCastingError';

/** NumPy's AxisError; `prefix` names the argument as normalize_axis_index's msg_prefix does ("axis2: …") */
export function axisError(axis: number, ndim: number, prefix?: string): never {
  throw makeExc(AxisErrorType, `${prefix ? `${prefix}: ` : ''}axis ${axis} is out of bounds for array of dimension ${ndim}`);
}

export function normAxis(axis: any, ndim: number, prefix?: string): number {
  const a = index(axis);
  if (a < -ndim || a >= ndim) axisError(a, ndim, prefix);
  return a < 0 ? a + ndim : a;
}

/**
 * NumPy's leniency for 0-d arrays (PyArray_ConvertMultiAxis): a single int axis of 0 or -1 names no axis,
 * so `np.array(5.).sum(axis=0)` reduces nothing; a tuple gets no such pass.
 */
export function zeroDimAxis(axis: any, ndim: number): boolean {
  if (ndim !== 0 || axis instanceof PyTuple || Array.isArray(axis)) return false;
  const a = index(axis);
  return a === 0 || a === -1;
}

/** An axis or tuple of axes as sorted, distinct, non-negative ints. */
export function normAxes(axis: any, ndim: number, prefix?: string): number[] {
  const list = axis instanceof PyTuple ? axis.items : Array.isArray(axis) ? axis : [axis];
  const out = list.map((a: any) => normAxis(a, ndim, prefix));
  if (new Set(out).size !== out.length) throwPy('ValueError', 'duplicate value in \'axis\'');
  return out.sort((x: number, y: number) => x - y);
}
