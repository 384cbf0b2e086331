/**
 * Argument checks of ufunc calls and methods, with NumPy's messages: the warning for a `where` mask
 * without `out`, and what reduce/accumulate/reduceat require of the ufunc (two inputs, one output, a
 * loop returning its input type, several axes only when the operation may be regrouped).
 */
import type { Loop } from '../../../runtime/ufunc';
import { throwPy } from '../../objects/errors';
import { warnFrom } from '../warnings';
import type { PyUfunc, UfuncOpts } from './ufuncs';

/** NumPy 2.4 warns when a mask leaves the elements of a freshly allocated output unwritten (out=None opts out). */
export function warnWhereWithoutOut(o: UfuncOpts): void {
  if (o.where !== undefined && o.where !== true && o.out === undefined) {
    warnFrom('UserWarning', "'where' used without 'out', expect unitialized memory in output. If this is intentional, use out=None.");
  }
}

/** reduce/accumulate/reduceat need a binary ufunc with one output */
export function binaryMethodCheck(u: PyUfunc, method: string): void {
  if (u.nin !== 2) throwPy('ValueError', `${method} only supported for binary functions`);
  if (u.nout !== 1) throwPy('ValueError', `${method} only supported for functions returning a single value`);
}

/** a reduction feeds its output back as an input: the loop must return its input type (not so for comparisons) */
export function sameTypeLoopCheck(u: PyUfunc, loop: Loop): void {
  if (loop.outs[0] !== loop.ins[0]) throwPy('TypeError', `No loop matching the specified signature and casting was found for ufunc ${u.name}`);
}

/** ufuncs without an identity whose reductions may still run over several axes (NumPy's ReorderableNone) */
const REORDERABLE = new Set(['maximum', 'minimum', 'fmax', 'fmin']);

/** several axes regroup a reduction's operations: only ufuncs with an identity, or maximum-like ones, allow it */
export function reorderableCheck(u: PyUfunc, axes: number[]): void {
  if (axes.length > 1 && u.identity === null && !REORDERABLE.has(u.op)) {
    throwPy('ValueError', `reduction operation '${u.name}' is not reorderable, so at most one axis may be specified`);
  }
}
