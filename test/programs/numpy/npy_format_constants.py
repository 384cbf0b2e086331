# numpy.lib.format's module constants and drop_metadata
import numpy as np
from numpy.lib import format as F

print(F.MAGIC_PREFIX, F.MAGIC_LEN, F.ARRAY_ALIGN, F.BUFFER_SIZE, F.GROWTH_AXIS_MAX_DIGITS, sorted(F.EXPECTED_KEYS))
print(F.drop_metadata(np.dtype('f8')), F.drop_metadata(np.dtype([('a', 'i4')])), F.drop_metadata(np.dtype('f8')) is np.dtype('f8'))
