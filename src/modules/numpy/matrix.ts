/**
 * `numpy.matrix`, `numpy.asmatrix` and `numpy.bmat`: the always-2-d ndarray subclass of older NumPy
 * code, written in Python over the ndarray subclass protocol (`__array_finalize__` keeps every view and
 * result 2-d, `__getitem__` keeps rows and columns 2-d, `*` and `**` are the matrix product and power,
 * reductions give 1×N / N×1 matrices or a scalar for the whole matrix, `.T .H .I .A .A1`).
 * Construction accepts arrays, nested sequences and MATLAB-like strings ('1 2; 3 4').
 *
 * The source is the private module `_ndpy_matrix`, registered here and loaded by numpy's module-level
 * `__getattr__` the first time a script reads one of the three names (src/modules/numpy/module.ts).
 * `bmat('A B; C D')` without `gdict` looks the names up in the `__main__` module (there are no frames
 * to read the caller's locals from).
 */
import { registerSourceModule } from '../../interp/imports';

const source = String.raw`
import numpy as _np
import sys as _sys

__all__ = ['matrix', 'asmatrix', 'bmat']


def _literal(token):
    try:
        return eval(token, {'__builtins__': {}}, {})
    except Exception:
        raise ValueError('malformed node or string: %r' % token) from None


def _rows_from_string(text):
    rows = []
    width = None
    for row_text in text.split(';'):
        row = []
        for piece in row_text.split(','):
            row.extend(_literal(t) for t in piece.split())
        if width is None:
            width = len(row)
        elif len(row) != width:
            raise ValueError('Rows not the same size.')
        rows.append(row)
    return rows


class matrix(_np.ndarray):
    __array_priority__ = 10.0

    def __new__(subtype, data, dtype=None, copy=True):
        if isinstance(data, matrix):
            if dtype is None or _np.dtype(dtype) == data.dtype:
                return data.copy() if copy else data
            return data.astype(dtype)
        if isinstance(data, _np.ndarray):
            want = data.dtype if dtype is None else _np.dtype(dtype)
            new = data.view(subtype)
            if want != data.dtype:
                return new.astype(want)
            return new.copy() if copy else new
        if isinstance(data, str):
            data = _rows_from_string(data)
        arr = _np.array(data, dtype=dtype, copy=True if copy else None)
        shape = arr.shape
        if arr.ndim > 2:
            raise ValueError('matrix must be 2-dimensional')
        if arr.ndim == 0:
            shape = (1, 1)
        elif arr.ndim == 1:
            shape = (1, shape[0])
        order = 'F' if arr.ndim == 2 and arr.flags.f_contiguous and not arr.flags.c_contiguous else 'C'
        if not (arr.flags.c_contiguous or arr.flags.f_contiguous):
            arr = arr.copy()
        return _np.ndarray.__new__(subtype, shape, arr.dtype, buffer=arr, order=order)

    def __array_finalize__(self, obj):
        self._getitem = False
        if isinstance(obj, matrix) and obj._getitem:
            return
        if self.ndim == 2:
            return
        shape = self.shape
        if self.ndim > 2:
            shape = tuple(n for n in shape if n > 1)
            if len(shape) > 2:
                raise ValueError('shape too large to be a matrix.')
            if len(shape) == 2:
                self.shape = shape
                return
        if len(shape) == 0:
            self.shape = (1, 1)
        else:
            self.shape = (1, shape[0])

    def __getitem__(self, index):
        self._getitem = True
        try:
            out = _np.ndarray.__getitem__(self, index)
        finally:
            self._getitem = False
        if not isinstance(out, _np.ndarray):
            return out
        if out.ndim == 0:
            return out[()]
        if out.ndim == 1:
            n = out.shape[0]
            column = isinstance(index, tuple) and len(index) > 1 and _np.isscalar(index[1])
            out.shape = (n, 1) if column else (1, n)
        return out

    # -- products ---------------------------------------------------------------------------------
    def __mul__(self, other):
        if isinstance(other, (_np.ndarray, list, tuple)):
            return _np.dot(self, asmatrix(other))
        if _np.isscalar(other) or not hasattr(other, '__rmul__'):
            return _np.dot(self, other)
        return NotImplemented

    def __rmul__(self, other):
        return _np.dot(other, self)

    def __imul__(self, other):
        self[:] = self * other
        return self

    def __pow__(self, other):
        return _np.linalg.matrix_power(self, other)

    def __ipow__(self, other):
        self[:] = self ** other
        return self

    def __rpow__(self, other):
        return NotImplemented

    # -- reductions: a whole-matrix result is a scalar, one along an axis stays 2-d -----------------
    def _collapse(self, axis):
        return self[0, 0] if axis is None else self

    def _align(self, axis):
        if axis is None:
            return self[0, 0]
        if axis == 0:
            return self
        if axis == 1:
            return self.transpose()
        raise ValueError('unsupported axis')

    def sum(self, axis=None, dtype=None, out=None):
        return _np.ndarray.sum(self, axis, dtype, out, keepdims=True)._collapse(axis)

    def prod(self, axis=None, dtype=None, out=None):
        return _np.ndarray.prod(self, axis, dtype, out, keepdims=True)._collapse(axis)

    def mean(self, axis=None, dtype=None, out=None):
        return _np.ndarray.mean(self, axis, dtype, out, keepdims=True)._collapse(axis)

    def std(self, axis=None, dtype=None, out=None, ddof=0):
        return _np.ndarray.std(self, axis, dtype, out, ddof, keepdims=True)._collapse(axis)

    def var(self, axis=None, dtype=None, out=None, ddof=0):
        return _np.ndarray.var(self, axis, dtype, out, ddof, keepdims=True)._collapse(axis)

    def any(self, axis=None, out=None):
        return _np.ndarray.any(self, axis, out, keepdims=True)._collapse(axis)

    def all(self, axis=None, out=None):
        return _np.ndarray.all(self, axis, out, keepdims=True)._collapse(axis)

    def max(self, axis=None, out=None):
        return _np.ndarray.max(self, axis, out, keepdims=True)._collapse(axis)

    def min(self, axis=None, out=None):
        return _np.ndarray.min(self, axis, out, keepdims=True)._collapse(axis)

    def ptp(self, axis=None, out=None):
        return (self.max(axis) - self.min(axis)) if axis is not None else _np.ptp(self.A)

    def argmax(self, axis=None, out=None):
        return self._arg_index(_np.asarray(self).argmax(axis), axis)

    def argmin(self, axis=None, out=None):
        return self._arg_index(_np.asarray(self).argmin(axis), axis)

    def _arg_index(self, r, axis):
        if axis is None:
            return r
        return asmatrix(r)._align(axis)

    # -- shape ------------------------------------------------------------------------------------
    def tolist(self):
        return self.__array__().tolist()

    def squeeze(self, axis=None):
        return _np.ndarray.squeeze(self, axis=axis)

    def flatten(self, order='C'):
        return _np.ndarray.flatten(self, order=order)

    def ravel(self, order='C'):
        return _np.ndarray.ravel(self, order=order)

    @property
    def T(self):
        return self.transpose()

    @property
    def H(self):
        if issubclass(self.dtype.type, _np.complexfloating):
            return self.transpose().conjugate()
        return self.transpose()

    @property
    def I(self):
        rows, cols = self.shape
        inverse = _np.linalg.inv if rows == cols else _np.linalg.pinv
        return asmatrix(inverse(self))

    @property
    def A(self):
        return self.__array__()

    @property
    def A1(self):
        return self.__array__().ravel()

    def getT(self):
        return self.T

    def getH(self):
        return self.H

    def getI(self):
        return self.I

    def getA(self):
        return self.A

    def getA1(self):
        return self.A1


matrix.__module__ = 'numpy'


def asmatrix(data, dtype=None):
    return matrix(data, dtype=dtype, copy=False)


def _blocks_from_string(text, gdict, ldict):
    rows = []
    for row_text in text.split(';'):
        blocks = []
        for name in ' '.join(row_text.split(',')).split():
            if name in ldict:
                blocks.append(ldict[name])
            elif name in gdict:
                blocks.append(gdict[name])
            else:
                raise NameError('name %r is not defined' % name)
        rows.append(_np.concatenate(blocks, axis=-1))
    return _np.concatenate(rows, axis=0)


def bmat(obj, ldict=None, gdict=None):
    if isinstance(obj, str):
        if gdict is None:
            gdict = vars(_sys.modules['__main__'])
            ldict = {}
        elif ldict is None:
            ldict = {}
        return matrix(_blocks_from_string(obj, gdict, ldict))
    if isinstance(obj, (tuple, list)):
        rows = []
        for row in obj:
            if isinstance(row, _np.ndarray):
                return matrix(_np.concatenate(obj, axis=-1))
            rows.append(_np.concatenate(row, axis=-1))
        return matrix(_np.concatenate(rows, axis=0))
    if isinstance(obj, _np.ndarray):
        return matrix(obj)
    raise TypeError('bmat: unsupported input')
`;

/** names numpy's module-level __getattr__ resolves from `_ndpy_matrix` */
export const MATRIX_NAMES = ['matrix', 'asmatrix', 'bmat'];

let registered = false;
export function registerMatrixModule(): void {
  if (registered) return;
  registered = true;
  registerSourceModule('_ndpy_matrix', () => source);
}
