# numpy.dtypes: type() of a dtype object is its numpy.dtypes class (a subclass of np.dtype), the
# classes' no-argument construction, aliases, and the module imported by name
import numpy as np
print(type(np.dtype('f8')), type(np.dtype('U3')), type(np.dtype([('a', 'i4')])), type(np.dtype('M8[s]')))
print(isinstance(np.dtype('i4'), np.dtype), np.dtype('f8').__class__.__name__)
print(np.dtypes.Float64DType, isinstance(np.dtype('f8'), np.dtypes.Float64DType), repr(np.dtypes.Int32DType()))
for c in [np.dtypes.Float64DType, np.dtypes.StrDType, np.dtypes.BytesDType, np.dtypes.DateTime64DType, np.dtypes.BoolDType, np.dtypes.ObjectDType, np.dtypes.VoidDType]:
  try: print(repr(c()))
  except Exception as e: print(type(e).__name__, e)
print(type(np.dtype('i8')), type(np.dtype('>i8')), type(np.dtype('p')), type(np.dtype('L')), type(np.dtype('float16')), type(np.dtype('c8')), type(np.dtype('m8')),type(np.dtype('i1')),type(np.dtype('u2')), type(np.dtype('O')), type(np.dtype(('i4',(2,)))))
try: np.dtypes.Float64DType('f4')
except Exception as e: print(type(e).__name__, e)
print(type(np.dtype('i8')) == np.dtypes.Int64DType, np.dtypes.LongDType is np.dtypes.Int64DType, issubclass(np.dtypes.Float32DType, np.dtype))
from numpy.dtypes import Float32DType
import numpy.dtypes as ndt
print(Float32DType, ndt.UInt8DType, type(np.float64(1).dtype), type(np.arange(3).dtype).__name__, np.dtype('f8') == np.float64, np.dtype('f8').type)
a = np.arange(3.0)
print(a.dtype.kind, a.dtype.name, str(a.dtype), repr(a.dtype), a.dtype.itemsize, np.dtype(a.dtype) is a.dtype, {a.dtype: 1}[np.dtype('float64')])
try:
    np.dtype('f8').foo
except AttributeError as e:
    print(e)
