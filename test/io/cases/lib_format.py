import numpy as np, os, tempfile
d = tempfile.mkdtemp()
fmt = np.lib.format
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, str(e).replace(d, '<tmp>'))
print(fmt.MAGIC_PREFIX, fmt.MAGIC_LEN, fmt.ARRAY_ALIGN, fmt.magic(1, 0), fmt.magic(3, 0))
t(lambda: fmt.magic(256, 0))
print(fmt.dtype_to_descr(np.dtype('>i4')), fmt.dtype_to_descr(np.dtype([('a', 'u1'), ('b', '<f8')], align=True)))
print(repr(fmt.descr_to_dtype('<f4')), repr(fmt.descr_to_dtype([('a', '|u1'), ('', '|V7'), ('b', '<f8')])))
a = np.asfortranarray(np.arange(6.0).reshape(2, 3))
print(fmt.header_data_from_array_1_0(a), fmt.header_data_from_array_1_0(np.arange(3)))
p = os.path.join(d, 'x.npy')
with open(p, 'wb') as f:
    fmt.write_array(f, a)
    fmt.write_array(f, np.arange(3), version=(2, 0))
    fmt.write_array(f, np.arange(2), version=(3, 0))
with open(p, 'rb') as f:
    print(fmt.read_magic(f), fmt.read_array_header_1_0(f), f.tell())
    f.seek(0)
    print(repr(fmt.read_array(f)), f.tell(), fmt.read_magic(f), fmt.read_array_header_2_0(f), f.tell())
    f.seek(128 + 48)
    print(repr(fmt.read_array(f)), repr(fmt.read_array(f)))
t(lambda: fmt.write_array(open(os.path.join(d, 'y.npy'), 'wb'), a, version=(4, 0)))
with open(os.path.join(d, 'h.npy'), 'wb') as f:
    fmt.write_array_header_1_0(f, {'descr': '<i2', 'fortran_order': False, 'shape': (4,)})
    f.write(np.arange(4, dtype='<i2').tobytes())
print(repr(np.load(os.path.join(d, 'h.npy'))))
m = fmt.open_memmap(os.path.join(d, 'mm.npy'), mode='w+', dtype='<i4', shape=(2, 3))
m[:] = 7
m[1, 2] = -1
m.flush()
print(repr(np.load(os.path.join(d, 'mm.npy'))), os.path.getsize(os.path.join(d, 'mm.npy')))
r = fmt.open_memmap(os.path.join(d, 'mm.npy'))
r[0, 0] = 5
del r
print(repr(np.load(os.path.join(d, 'mm.npy'))))
f2 = fmt.open_memmap(os.path.join(d, 'ff.npy'), mode='w+', shape=(2, 2), fortran_order=True)
f2[0, 1] = 1.5
f2.flush()
g = np.load(os.path.join(d, 'ff.npy')); print(repr(g), g.flags.f_contiguous)
t(lambda: fmt.open_memmap(open(p, 'rb')))
