# Writes files with np.save / np.savez / np.savez_compressed / np.savetxt / ndarray.tofile into the
# directory given as argv[1]. record.py runs it with real NumPy into fixtures/numpy/; io.test.ts runs it
# with ndpy and compares the files byte for byte (savez_compressed and .gz by content: their deflate
# streams legitimately differ from zlib's).
import sys
import os
import numpy as np

out = sys.argv[1]


def path(name):
    return os.path.join(out, name)


arrays = {
    'i8_2d': np.arange(6).reshape(2, 3),
    'f4_1d': np.linspace(0, 1, 7, dtype=np.float32),
    'c16': np.array([1 + 2j, -3j, 0.5]),
    'c8_f': np.asfortranarray(np.arange(6, dtype=np.complex64).reshape(2, 3)),
    'bool': np.array([[True, False, True]]),
    'u1_empty': np.zeros((0, 4), dtype=np.uint8),
    'be_i2': np.array([-1, 2, 300], dtype='>i2'),
    'be_f8': np.array([1.5, -2.0], dtype='>f8'),
    'f2': np.array([0.5, 65504.0, -1.0], dtype=np.float16),
    'scalar': np.array(3.25),
    'u_str': np.array(['a', 'bcd', 'éü']),
    'f_order': np.asfortranarray(np.arange(12.0).reshape(3, 4)),
    'strided': np.arange(20, dtype=np.int32)[::3],
    'transposed': np.arange(6, dtype=np.uint16).reshape(2, 3).T,
    'ndim5': np.ones((1, 2, 1, 2, 1), dtype=np.int8),
    'u4_zeros': np.zeros(12, dtype=np.uint32),
    'struct': np.array([(1, 2.5, 'ab'), (-3, 0.0, '')], dtype=[('a', '<i4'), ('b', '<f8'), ('c', '<U2')]),
    'struct_pad': np.zeros(2, dtype=np.dtype([('x', 'u1'), ('y', '<f8')], align=True)),
    'struct_sub': np.zeros(2, dtype=[('p', '<f4', (2, 2)), ('q', [('r', '<i2'), ('s', '?')])]),
}
for name, a in arrays.items():
    np.save(path(name + '.npy'), a)

np.save(path('scalar_f4'), np.float32(1.25))
np.save(path('from_list'), [[1, 2], [3, 4]])
with open(path('stream.npy'), 'wb') as f:
    np.save(f, np.arange(3, dtype='<i4'))
    np.save(f, np.ones((2, 2), dtype='>f8'))
    np.save(f, np.array([True, False]))

np.savez(path('plain.npz'), arrays['i8_2d'], arrays['c16'], labels=arrays['u_str'], s=arrays['struct'])
np.savez(path('single'), x=np.arange(3))
np.savez_compressed(path('compressed.npz'), big=np.zeros((50, 50)), small=np.arange(3, dtype=np.int8), w=arrays['f_order'])

x = np.array([[1.5, -2.25, 3e10], [0.1, 1 / 3, -7.0]])
np.savetxt(path('default.txt'), x)
np.savetxt(path('fmt.csv'), x, fmt='%.3f', delimiter=',', header='a,b,c', footer='end')
np.savetxt(path('cols.txt'), x, fmt=['%d', '%.2e', '%10.4g'], comments='%% ', header='h1\nh2')
np.savetxt(path('ints.txt'), np.arange(12).reshape(3, 4), fmt='%3d', delimiter='\t', newline='\r\n')
np.savetxt(path('complex.txt'), np.array([[1 + 2j, -3.5 - 4j]]), fmt='%.2f')
np.savetxt(path('vector.txt'), np.array([0.1, 0.2], dtype=np.float32), fmt='%s')
np.savetxt(path('struct.txt'), arrays['struct'], fmt='%d %.1f %s')
np.savetxt(path('text.txt.gz'), x, fmt='%g')

arrays['i8_2d'].tofile(path('raw.bin'))
arrays['f_order'].tofile(path('raw_f.bin'))
np.array([0.1, 2, 3.5], dtype=np.float32).tofile(path('raw.txt'), sep=', ')
np.arange(4).tofile(path('raw_fmt.txt'), sep='\n', format='%04d')
