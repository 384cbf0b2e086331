/**
 * `numpy.vectorize`: a Python function applied element by element with broadcasting, written in Python
 * over `np.frompyfunc` (the per-element loop is the object ufunc's, in TypeScript).
 *
 * Semantics follow NumPy's class: without `otypes` the output types come from one extra call on the
 * first elements (as NumPy scalars; `cache=True` reuses that result); `excluded` positions and keywords
 * pass through unvectorized; a gufunc `signature` such as '(n),(n)->()' hands each call whole core
 * sub-arrays and gathers outputs with core dimensions learnt from the first call. Used bare
 * (`@np.vectorize`) or with keywords only (`@np.vectorize(otypes=[float])`) it decorates. The object
 * exposes pyfunc, otypes, excluded, cache, signature, __name__ and __doc__.
 *
 * The source is the private module `_ndpy_vectorize`, loaded by numpy's module-level `__getattr__` the
 * first time a script reads `np.vectorize` (src/modules/numpy/module.ts).
 */
import { registerSourceModule } from '../../interp/imports';

const source = String.raw`
import numpy as _np
import re as _re

__all__ = ['vectorize']

_UNSET = object()
_CORE = r'\((?:\w+(?:,\w+)*)?\)'
_SIGNATURE = _re.compile(r'{0}(?:,{0})*->{0}(?:,{0})*'.format(_CORE))


def _parse_signature(signature):
    text = _re.sub(r'\s+', '', signature)
    if not _SIGNATURE.fullmatch(text):
        raise ValueError('not a valid gufunc signature: {}'.format(signature))
    ins, outs = text.split('->')
    groups = lambda part: [tuple(_re.findall(r'\w+', g)) for g in _re.findall(_CORE, part)]
    return groups(ins), groups(outs)


def _learn_sizes(sizes, value, dims):
    if not dims:
        return
    if value.ndim < len(dims):
        raise ValueError('%d-dimensional argument does not have enough dimensions for all core '
                         'dimensions %r' % (value.ndim, dims))
    for dim, size in zip(dims, value.shape[value.ndim - len(dims):]):
        known = sizes.setdefault(dim, size)
        if known != size:
            raise ValueError('inconsistent size for core dimension %r: %r vs %r' % (dim, size, known))


def _output_dtype(t):
    t = _np.dtype(t)
    return t.char if t.char in 'SU' else t


class vectorize:
    __module__ = 'numpy'

    def __init__(self, pyfunc=_UNSET, otypes=None, doc=None, excluded=None, cache=False, signature=None):
        if pyfunc is not _UNSET and not callable(pyfunc):
            raise TypeError('When used as a decorator, only accepts keyword arguments.')
        self.pyfunc = pyfunc
        self.cache = cache
        self.signature = signature
        self._doc = doc
        self.__doc__ = doc
        if pyfunc is not _UNSET:
            self._adopt(pyfunc)
        if isinstance(otypes, str):
            for char in otypes:
                if char not in _np.typecodes['All']:
                    raise ValueError('Invalid otype specified: %s' % (char,))
        elif otypes is not None:
            try:
                otypes = [_output_dtype(t) for t in otypes]
            except TypeError:
                raise ValueError('Invalid otype specification') from None
        self.otypes = otypes
        self.excluded = set() if excluded is None else set(excluded)
        self._core_dims = None if signature is None else _parse_signature(signature)
        self._ufuncs = {}

    def _adopt(self, pyfunc):
        self.pyfunc = pyfunc
        if hasattr(pyfunc, '__name__'):
            self.__name__ = pyfunc.__name__
        if self._doc is None:
            self.__doc__ = getattr(pyfunc, '__doc__', None)

    def __call__(self, *args, **kwargs):
        if self.pyfunc is _UNSET:
            self._adopt(*args, **kwargs)
            return self
        excluded = self.excluded
        if not kwargs and not excluded:
            return self._vectorized(self.pyfunc, args)
        positions = [i for i in range(len(args)) if i not in excluded]
        names = [k for k in kwargs if k not in excluded]
        fixed = list(args)

        def func(*values):
            for i, v in zip(positions, values):
                fixed[i] = v
            kwargs.update(zip(names, values[len(positions):]))
            return self.pyfunc(*fixed, **kwargs)

        return self._vectorized(func, [args[i] for i in positions] + [kwargs[k] for k in names])

    def _vectorized(self, func, args):
        if self._core_dims is not None:
            return self._with_signature(func, args)
        if not args:
            return func()
        ufunc, otypes = self._ufunc_and_otypes(func, args)
        # sequences become object arrays element by element (no common dtype); arrays the loop casts itself
        objects = [a if isinstance(a, _np.ndarray) else _np.asanyarray(a, dtype=object) for a in args]
        outputs = ufunc(*objects, out=...)
        if ufunc.nout == 1:
            return _np.asanyarray(outputs, dtype=otypes[0])
        return tuple(_np.asanyarray(x, dtype=t) for x, t in zip(outputs, otypes))

    def _ufunc_and_otypes(self, func, args):
        if self.otypes is not None:
            nin = len(args)
            if func is not self.pyfunc:
                return _np.frompyfunc(func, nin, len(self.otypes)), self.otypes
            if nin not in self._ufuncs:
                self._ufuncs[nin] = _np.frompyfunc(func, nin, len(self.otypes))
            return self._ufuncs[nin], self.otypes
        arrays = [_np.asarray(a) for a in args]
        if any(a.size == 0 for a in arrays):
            raise ValueError('cannot call ` + '`vectorize`' + String.raw` on size 0 inputs unless ` + '`otypes`' + String.raw` is set')
        first = func(*[a.flat[0] for a in arrays])
        results = first if isinstance(first, tuple) else (first,)
        otypes = ''.join(_np.asarray(r).dtype.char for r in results)
        if self.cache:
            pending = [first]

            def once(*values):
                return pending.pop() if pending else func(*values)

            return _np.frompyfunc(once, len(args), len(results)), otypes
        return _np.frompyfunc(func, len(args), len(results)), otypes

    def _with_signature(self, func, args):
        in_dims, out_dims = self._core_dims
        if len(args) != len(in_dims):
            raise TypeError('wrong number of positional arguments: expected %r, got %r' % (len(in_dims), len(args)))
        args = [_np.asanyarray(a) for a in args]
        sizes = {}
        for a, dims in zip(args, in_dims):
            _learn_sizes(sizes, a, dims)
        shape = _np.broadcast_shapes(*[a.shape[:a.ndim - len(dims)] for a, dims in zip(args, in_dims)])
        args = [_np.broadcast_to(a, shape + tuple(sizes[d] for d in dims), subok=True) for a, dims in zip(args, in_dims)]
        nout = len(out_dims)
        dtypes = [None] * nout if self.otypes is None else self.otypes
        outputs = None
        for index in _np.ndindex(*shape):
            results = func(*[a[index] for a in args])
            count = len(results) if isinstance(results, tuple) else 1
            if count != nout:
                raise ValueError('wrong number of outputs from pyfunc: expected %r, got %r' % (nout, count))
            if nout == 1:
                results = (results,)
            if outputs is None:
                for r, dims in zip(results, out_dims):
                    _learn_sizes(sizes, _np.asanyarray(r), dims)
                outputs = tuple(_np.empty_like(r, shape=shape + tuple(sizes[d] for d in dims), dtype=t)
                                for r, dims, t in zip(results, out_dims, dtypes))
            for out, r in zip(outputs, results):
                out[index] = r
        if outputs is None:
            if self.otypes is None:
                raise ValueError('cannot call ` + '`vectorize`' + String.raw` on size 0 inputs unless ` + '`otypes`' + String.raw` is set')
            if any(d not in sizes for dims in out_dims for d in dims):
                raise ValueError('cannot call ` + '`vectorize`' + String.raw` with a signature including new output dimensions on size 0 inputs')
            outputs = tuple(_np.empty(shape + tuple(sizes[d] for d in dims), dtype=t) for dims, t in zip(out_dims, dtypes))
        return outputs[0] if nout == 1 else outputs
`;

let registered = false;
/** Make `_ndpy_vectorize` importable (numpy's module `__getattr__` loads it for `np.vectorize`). */
export function registerVectorizeModule(): void {
  if (registered) return;
  registered = true;
  registerSourceModule('_ndpy_vectorize', () => source);
}
