# the module-qualified names of NumPy's classes as type() shows them (numpy.dtypes, numpy.ma.core,
# numpy.char, numpy.lib._index_tricks_impl, numpy.lib, numpy.rec …)
import numpy as np
import numpy.ma as ma
objs = [np.poly1d([1, 2]), np.vectorize(abs), np.matrix([[1]]), ma.masked, ma.array([1]), np.char.array(['a']), np.polynomial.Polynomial([1]), np.polynomial.Chebyshev([1]), np.random.default_rng(0), np.random.PCG64(0), np.random.RandomState(0), np.errstate(), np.nditer(np.arange(2)), np.broadcast(np.arange(2)), np.arange(3).flat, np.finfo(float), np.iinfo(int), np.lib.NumpyVersion('2.0.0'), np.testing, np.rec.array([(1,)], dtype=[('a', int)])[0], np.float64(1), np.arange(2).ctypes if False else 1, np.mgrid, np.r_, np.s_, np.random.SeedSequence(1), np.random.Generator(np.random.MT19937(1)), np.memmap, np.exceptions.AxisError, np.linalg.LinAlgError, ma.MaskError, ma.MAError, np.dtype('f8').fields, np.lib.mixins.NDArrayOperatorsMixin, np.lib.stride_tricks.DummyArray if hasattr(np.lib.stride_tricks, 'DummyArray') else 1]
for o in objs:
    print(type(o) if not isinstance(o, type) else o)
print(repr(np.mgrid).split(' at ')[0], repr(np.r_)[:60].split(' at ')[0], str(np.c_).startswith('<numpy.lib._index_tricks_impl.CClass object at 0x'))
