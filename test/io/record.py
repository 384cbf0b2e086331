# Records the fixtures of io.test.ts with real python3 + NumPy 2.4.6 (never needed by `npm test`):
#   fixtures/numpy/     the files make_files.py writes under NumPy, plus files only NumPy makes here
#                       (.npy headers of versions 2.0/3.0 and from Python 2, big-endian UTF-32)
#   fixtures/read_files.out   what read_files.py prints reading that directory
#   cases/*.out         the stdout of every cases/*.py (run in a fresh temporary directory)
# Usage: python3 test/io/record.py
import os
import shutil
import subprocess
import sys
import tempfile

import numpy as np

here = os.path.dirname(os.path.abspath(__file__))
files = os.path.join(here, 'fixtures', 'numpy')
shutil.rmtree(files, ignore_errors=True)
os.makedirs(files)
subprocess.run([sys.executable, os.path.join(here, 'make_files.py'), files], check=True)


def npy_with_version(name, a, major, header_edit=lambda h: h):
    """a .npy file with the given format version (NumPy only writes 2.0/3.0 for huge or non-latin-1 headers)"""
    d = {'descr': np.lib.format.dtype_to_descr(a.dtype), 'fortran_order': False, 'shape': a.shape}
    text = header_edit("{'descr': %r, 'fortran_order': False, 'shape': %r, }" % (d['descr'], d['shape']))
    body = text.encode('utf8' if major == 3 else 'latin1')
    size = 2 if major == 1 else 4
    pad = 64 - ((8 + size + len(body) + 1) % 64)
    header = body + b' ' * pad + b'\n'
    with open(os.path.join(files, name), 'wb') as f:
        f.write(b'\x93NUMPY' + bytes([major, 0]) + len(header).to_bytes(size, 'little') + header)
        f.write(a.tobytes())


npy_with_version('v2.npy', np.arange(4, dtype='<i2'), 2)
npy_with_version('v3.npy', np.array([1.5, 2.5]), 3)
npy_with_version('py2_long.npy', np.arange(3, dtype='<u1'), 1, lambda h: h.replace('(3,)', '(3L,)'))
npy_with_version('be_unicode.npy', np.array(['ab', 'c'], dtype='>U2'), 1)

with open(os.path.join(here, 'fixtures', 'read_files.out'), 'w') as out:
    subprocess.run([sys.executable, os.path.join(here, 'read_files.py'), files], check=True, stdout=out)

cases = os.path.join(here, 'cases')
for name in sorted(os.listdir(cases)):
    if not name.endswith('.py'):
        continue
    with tempfile.TemporaryDirectory() as cwd:
        shutil.copy(os.path.join(cases, name), cwd)
        r = subprocess.run([sys.executable, name], cwd=cwd, capture_output=True, text=True, check=True)
    with open(os.path.join(cases, name[:-3] + '.out'), 'w') as f:
        f.write(r.stdout)
    print('recorded', name)
