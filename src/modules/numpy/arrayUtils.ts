/**
 * numpy.lib.array_utils: `byte_bounds` (the first and one-past-last byte addresses an array's elements
 * touch, from its data address, shape and byte strides), `normalize_axis_index` and
 * `normalize_axis_tuple` (the axis checks NumPy's own functions use, with the same AxisError and
 * "repeated axis" messages).
 */
import { NDArray } from '../../../runtime/ndarray';
import { PyModule, PyTuple, tuple } from '../../objects/values';
import { throwPy } from '../../objects/errors';
import { builtin } from '../../objects/function';
import { index as pyIndex, truthy } from '../../objects/protocols';
import { toArray } from '../../objects/iterators';
import { PyExc, excType } from '../../objects/exceptions';
import { typeOf } from '../../objects/pytype';
import { str as pyStr } from '../../objects/repr';
import { asArray } from './coerce';
import { kwArgs } from './kwArgs';
import { normAxis } from './axes';

/** (low, high): a negative stride lowers the start, a positive one raises the end; one item past the last */
function byteBounds(a: NDArray): PyTuple {
  let low = a.addr, high = a.addr;
  if (a.cContiguous) high += a.size * a.itemsize;
  else {
    a.shape.forEach((n, i) => {
      if (a.strides[i] < 0) low += (n - 1) * a.strides[i];
      else high += (n - 1) * a.strides[i];
    });
    high += a.itemsize;
  }
  return tuple([low, high]);
}

/** The axes of normalize_axis_tuple: one integer, or any iterable of them. */
function axisList(axis: any): any[] {
  if (axis instanceof PyTuple || Array.isArray(axis)) return toArray(axis);
  try {
    return [pyIndex(axis)];
  } catch (e) {
    if (!(e instanceof PyExc) || !typeOf(e).isSubtypeOf(excType('TypeError'))) throw e;
  }
  return toArray(axis);
}

export function arrayUtilsModule(): PyModule {
  const m = new PyModule('numpy.lib.array_utils');
  m.d.byte_bounds = builtin('byte_bounds', (args, kw) => byteBounds(asArray(kwArgs(args, kw, ['a']).a)));
  m.d.normalize_axis_index = builtin('normalize_axis_index', (args, kw) => {
    const p = kwArgs(args, kw, ['axis', 'ndim', 'msg_prefix']);
    const prefix = p.msg_prefix === undefined || p.msg_prefix === null ? undefined : pyStr(p.msg_prefix);
    return normAxis(p.axis, pyIndex(p.ndim), prefix);
  });
  m.d.normalize_axis_tuple = builtin('normalize_axis_tuple', (args, kw) => {
    const p = kwArgs(args, kw, ['axis', 'ndim', 'argname', 'allow_duplicate']);
    const named = p.argname === undefined || p.argname === null ? undefined : pyStr(p.argname);
    const ndim = pyIndex(p.ndim);
    const out = axisList(p.axis).map((ax) => normAxis(ax, ndim, named));
    if ((p.allow_duplicate === undefined || !truthy(p.allow_duplicate)) && new Set(out).size !== out.length) {
      throwPy('ValueError', named === undefined ? 'repeated axis' : `repeated axis in \`${named}\` argument`);
    }
    return tuple(out);
  });
  return m;
}
