# Reads the files NumPy wrote into the directory argv[1] (make_files.py plus the extra ones record.py
# makes) and prints what it finds; record.py stores real NumPy's output as fixtures/read_files.out.
import sys
import os
import numpy as np

d = sys.argv[1]


def path(name):
    return os.path.join(d, name)


for name in sorted(os.listdir(d)):
    p = path(name)
    if name == 'be_unicode.npy':
        # ndpy's 'U' dtype has no byte order: the strings load into a native '<U2' array
        a = np.load(p)
        print(name, a.tolist(), a.dtype.kind, a.dtype.itemsize, a.shape)
    elif name.endswith('.npy') and name != 'stream.npy':
        a = np.load(p)
        print(name, repr(a), a.dtype.str if a.dtype.names is None else a.dtype.names, a.shape, a.flags.f_contiguous, a.strides)
    elif name.endswith('.npz'):
        with np.load(p) as z:
            print(name, z.files)
            for k in z.files:
                print(' ', k, repr(z[k]))

with open(path('stream.npy'), 'rb') as f:
    print([repr(np.load(f)) for _ in range(3)], f.tell())
print(repr(np.load(path('f_order.npy'), mmap_mode='r')[1:]))
print(repr(np.loadtxt(path('default.txt'))))
print(repr(np.loadtxt(path('fmt.csv'), delimiter=',')))
print(repr(np.genfromtxt(path('fmt.csv'), delimiter=',', skip_footer=1)))
print(repr(np.loadtxt(path('ints.txt'), dtype=int)))
print(repr(np.loadtxt(path('complex.txt'), dtype=complex)))
print(repr(np.loadtxt(path('text.txt.gz'))))
print(repr(np.genfromtxt(path('text.txt.gz'))))
print(repr(np.fromfile(path('raw.bin'), dtype=np.int64)))
print(repr(np.fromfile(path('raw.txt'), sep=',', dtype=np.float32)))
print(repr(np.fromfile(path('raw_fmt.txt'), sep='\n', dtype=int)))
