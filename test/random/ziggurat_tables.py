"""Writes runtime/random/zigguratNormal.ts and zigguratExponential.ts: NumPy's ziggurat tables
(numpy/random/src/distributions/ziggurat_constants.h) value for value.

The tables are read from the compiled NumPy that is installed (the `_generator` extension links
them in), each found by its first entries as printed in ziggurat_constants.h and checked against
the header's last entries where noted, so the TypeScript copies are bit-identical to what NumPy samples with.
Run: python3 test/random/ziggurat_tables.py (from the repository root).
"""
import base64
import glob
import os
import struct

import numpy as np

SO = open(glob.glob(os.path.dirname(np.random.__file__) + '/_generator*.so')[0], 'rb').read()


def find(fmt, first, n, last):
    size = struct.calcsize('<' + fmt)
    at = SO.find(struct.pack('<' + fmt * len(first), *first))
    assert at >= 0 and SO.find(struct.pack('<' + fmt * len(first), *first), at + 1) < 0, first
    vals = list(struct.unpack('<%d%s' % (n, fmt), SO[at:at + n * size]))
    assert last is None or vals[-1] == last, (first, vals[-1], last)
    return vals


def f32(x):
    return struct.unpack('<f', struct.pack('<f', x))[0]


T = {
    # name: (format, first entries, last entry) — from ziggurat_constants.h
    'ki_double': ('Q', [0x000EF33D8025EF6A, 0, 0x000C08BE98FBC6A8], 0x000F1A5A4B331C4A),
    'wi_double': ('d', [8.68362706080130616677e-16, 4.77933017572773682428e-17], 8.11384933765648418565e-16),
    'fi_double': ('d', [1.0, 9.77101701267671596263e-01, 9.59879091800106665211e-01], None),
    'ki_float': ('I', [0x007799EC, 0, 0x006045F5], None),
    'wi_float': ('f', [f32(4.66198677960027669255e-07), f32(2.56588335019207033255e-08)], None),
    'fi_float': ('f', [1.0, f32(9.77101701267671596263e-01), f32(9.59879091800106665211e-01)], None),
    'ke_double': ('Q', [0x001C5214272497C6, 0, 0x00137D5BD79C317E], None),
    'we_double': ('d', [9.655740063209182975e-16, 7.089014243955414331e-18], None),
    'fe_double': ('d', [1.0, 0.9381436808621747003, 0.9004699299257464817], None),
    'ke_float': ('I', [0x00714851, 0, 0x004DF56F], None),
    'we_float': ('f', [f32(1.03677719e-06), f32(7.61177108e-09)], None),
    'fe_float': ('f', [1.0, f32(0.938143681), f32(0.900469930)], f32(4.54134354e-04)),
}


def fmt(name, vals):
    # every entry as a double (the integers are below 2**53, the float32 entries exact doubles), stored
    # as the base64 text of the little-endian bytes (runtime/random/tableBytes.ts decodes it)
    text = base64.b64encode(struct.pack('<%dd' % len(vals), *[float(v) for v in vals])).decode()
    lines = ['  ' + text[i:i + 100] for i in range(0, len(text), 100)]
    return 'export const %s = doubles(`\n%s\n`);\n' % (name.upper(), '\n'.join(lines))


HEADER = {
    'Normal': '''/**
 * The tables of NumPy's ziggurat sampler for the standard normal (Marsaglia & Tsang's method with 256
 * layers as NumPy implements it in numpy/random/src/distributions/distributions.c): for layer i, KI is the
 * acceptance threshold on the 52-bit (float32: 23-bit) magnitude, WI its scale to x, FI = f(x_i).
 * Values equal ki/wi/fi_double and ki/wi/fi_float of NumPy's ziggurat_constants.h exactly (integers are
 * below 2**53, float32 entries are exact doubles); written by test/random/ziggurat_tables.py.
 */
''',
    'Exponential': '''/**
 * The tables of NumPy's ziggurat sampler for the standard exponential (256 layers, as
 * numpy/random/src/distributions/distributions.c uses them): for layer i, KE is the acceptance threshold
 * on the 53-bit (float32: 23-bit) draw, WE its scale to x, FE = exp(-x_i). Values equal
 * ke/we/fe_double and ke/we/fe_float of NumPy's ziggurat_constants.h exactly (integers are below 2**53,
 * float32 entries are exact doubles); written by test/random/ziggurat_tables.py.
 */
''',
}

root = os.path.join(os.path.dirname(__file__), '..', '..', 'runtime', 'random')
for kind, prefix in (('Normal', 'i'), ('Exponential', 'e')):
    out = [HEADER[kind] + "import { doubles } from './tableBytes';\n"]
    for name, (f, first, last) in T.items():
        if name[1] != prefix:
            continue
        out.append(fmt(name, find(f, first, 256, last)))
        out.append('')
    with open(os.path.join(root, 'ziggurat%s.ts' % kind), 'w') as fh:
        fh.write('\n'.join(out).rstrip('\n') + '\n')
