/**
 * Pickling NumPy objects with NumPy's own reduce protocol, so `pickle.dumps(array)` writes what NumPy
 * writes (protocols 0-4) and `pickle.loads` rebuilds arrays, scalars and dtypes:
 *
 *   ndarray -> (numpy._core.multiarray._reconstruct, (type, (0,), b'b'), (1, shape, dtype, is_fortran, data))
 *              data: the raw bytes in C (or Fortran) order, or the list of elements of an object array;
 *              loading creates an empty instance of the type and hands the state to `__setstate__`, which
 *              a subclass may extend (the documented pattern of appending its own attributes to the state)
 *   scalar  -> (numpy._core.multiarray.scalar, (dtype, raw bytes))
 *   dtype   -> (numpy.dtype, ('f8', False, True), (3, '<', subarray, names, fields, elsize, alignment,
 *              flags[, datetime metadata])); `np.dtype(x, align, copy=True)` gives a fresh dtype object
 *              which `__setstate__` then fills in (the interned dtypes are never changed)
 *   ufunc   -> its name, looked up in numpy
 *
 * Object arrays in .npy files are such pickles too (pickleDumps / pickleLoads, npyFormat.ts).
 *
 * The reduce and rebuild logic is the Python module `numpy._core.multiarray` below; the type methods here
 * only wire it in (and swap a rebuilt array's memory into the receiver of `__setstate__`).
 */
import { NDArray } from '../../../runtime/ndarray';
import { PyModule, PyTuple, PyBytes } from '../../objects/values';
import { throwPy } from '../../objects/errors';
import { call } from '../../objects/function';
import { getAttr } from '../../objects/attrs';
import { defineMethods } from '../../objects/types/define';
import { registerModule, registerSourceModule, importModule } from '../../interp/imports';
import { NDArrayType } from './arrayType';
import { DTypeType, GenericType, PyDType, toDType } from './dtypes';
import { UfuncType, PyUfunc } from './ufuncs';

const source = String.raw`
import numpy as _np

__all__ = ['_reconstruct', 'scalar']


def _reconstruct(subtype, shape, dtype):
    if isinstance(dtype, bytes):
        dtype = dtype.decode('latin-1')
    return _np.ndarray.__new__(subtype, shape, dtype)


def scalar(dtype, obj=None):
    if dtype.hasobject:
        return obj
    if obj is None:
        obj = bytes(dtype.itemsize)
    return _np.frombuffer(obj, dtype=dtype)[0]


def _scalar_reduce(s):
    a = _np.asarray(s)
    return scalar, (a.dtype, a.tobytes())


def _array_reduce(a):
    fortran = a.ndim > 1 and a.flags.f_contiguous and not a.flags.c_contiguous
    order = 'F' if fortran else 'C'
    data = a.ravel(order=order).tolist() if a.dtype.hasobject else a.tobytes(order=order)
    return _reconstruct, (type(a), (0,), b'b'), (1, a.shape, a.dtype, fortran, data)


def _array_from_state(state):
    if not isinstance(state, tuple) or len(state) not in (4, 5):
        raise ValueError('__setstate__ expected a tuple of 4 or 5 items')
    shape, dtype, fortran, data = state[-4:]
    order = 'F' if fortran else 'C'
    if dtype.hasobject:
        flat = _np.empty(len(data), dtype=dtype)
        for i, v in enumerate(data):
            flat[i] = v
    else:
        flat = _np.frombuffer(data, dtype=dtype)
    return flat.reshape(shape, order=order).copy(order='A')


_UNIT_FREE = ('generic',)


def _dtype_arg(dt):
    if dt.fields is not None or dt.subdtype is not None:
        return 'V%d' % dt.itemsize
    if dt.kind in 'Mm':
        return dt.kind + '8'
    if dt.kind == 'U':
        return 'U%d' % (dt.itemsize // 4)
    return '%s%d' % (dt.kind, dt.itemsize)


def _dtype_reduce(dt):
    flexible = dt.kind in 'USV'
    flags = (63 if dt.hasobject else 0) | (8 if dt.kind == 'U' else 0) | (16 if dt.fields is not None else 0)
    flags |= 128 if dt.isalignedstruct else 0
    fields = None
    if dt.fields is not None:
        fields = {name: dt.fields[name] for name in dt.names}
    order = '|' if dt.byteorder == '|' else ('>' if dt.byteorder == '>' else '<')
    state = (3, order, dt.subdtype, dt.names, fields, dt.itemsize if flexible else -1,
             dt.alignment if flexible else -1, flags)
    if dt.kind in 'Mm':
        unit, count = _np.datetime_data(dt)
        state = (4,) + state[1:] + ((None, (unit.encode('ascii'), count, 1, 1)),)
    return _np.dtype, (_dtype_arg(dt), False, True), state


def _dtype_from_state(arg, state):
    order, subarray, names, fields, elsize = state[1:6]
    flags = state[7] if len(state) > 7 else 0
    if subarray is not None:
        return _np.dtype(subarray)
    if names is not None:
        spec = {'names': list(names), 'formats': [fields[n][0] for n in names],
                'offsets': [fields[n][1] for n in names], 'itemsize': elsize}
        if any(len(fields[n]) > 2 for n in names):
            spec['titles'] = [fields[n][2] if len(fields[n]) > 2 else None for n in names]
        return _np.dtype(spec, align=bool(flags & 128))
    text = arg.decode('latin-1') if isinstance(arg, bytes) else arg
    if text[0] in 'Mm' and len(state) > 8 and state[8] is not None:
        unit, count = state[8][1][:2]
        unit = unit.decode('ascii') if isinstance(unit, bytes) else unit
        if unit not in _UNIT_FREE:
            text = '%s8[%s%s]' % (text[0], count if count != 1 else '', unit)
    return _np.dtype((order if order in '<>' else '') + text)
`;

let registered = false;
/** Make `numpy._core.multiarray` importable (pickles name its `_reconstruct` and `scalar`). */
export function registerPicklingModules(): void {
  if (registered) return;
  registered = true;
  registerModule('numpy._core', () => new PyModule('numpy._core'));
  registerSourceModule('numpy._core.multiarray', () => source);
}

/** pickle.dumps(v, protocol=4): the bytes NumPy writes for an object array in a .npy file. */
export function pickleDumps(v: any): Uint8Array {
  const r = call(getAttr(importModule('pickle', true), 'dumps'), [v, 4]);
  return (r as PyBytes).data;
}

/** pickle.loads of a .npy file's object-array data (or a whole pickle file np.load is allowed to read). */
export function pickleLoads(data: Uint8Array): any {
  return call(getAttr(importModule('pickle', true), 'loads'), [new PyBytes(data)]);
}

function helper(name: string): any {
  return getAttr(importModule('numpy._core.multiarray', true), name);
}

export function installPickling(): void {
  defineMethods(NDArrayType, {
    __reduce__: (a: NDArray) => call(helper('_array_reduce'), [a]),
    __setstate__: (a: NDArray, [state]) => {
      const r = call(helper('_array_from_state'), [state]) as NDArray;
      a.block = r.block;
      a.dtype = r.dtype;
      a.shape = r.shape;
      a.strides = r.strides;
      a.offset = r.offset;
      a.base = null;
      a.writeable = true;
      return null;
    },
  });
  defineMethods(GenericType, {
    __reduce__: (s: any) => call(helper('_scalar_reduce'), [s]),
  });
  defineMethods(DTypeType, {
    __reduce__: (d: PyDType) => call(helper('_dtype_reduce'), [d]),
    __setstate__: (d: PyDType, [state]) => {
      if (!(state instanceof PyTuple)) throwPy('TypeError', 'dtype.__setstate__ expected a tuple');
      d.dt = toDType(call(helper('_dtype_from_state'), [d.dt.kind === 'V' ? `V${d.dt.itemsize}` : d.dt.str.slice(1), state]));
      return null;
    },
  });
  defineMethods(UfuncType, {
    __reduce__: (u: PyUfunc) => u.name,
  });
}
