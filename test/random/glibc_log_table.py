"""Writes runtime/random/glibcLogTable.ts: the data of glibc's log (ARM optimized-routines log.c, glibc
2.28+: __log_data — ln2hi/ln2lo, the polynomials A and B, and the 128 (invc, logc) table entries), read
from the libm.so.6 installed here (glibc 2.36, x86-64), whose log NumPy calls.

The table is located by the addresses used in the disassembly of glibc's FMA variant of log
(objdump -d libm.so.6) and checked against the published first polynomial coefficients.
Run: python3 test/random/glibc_log_table.py (from the repository root).
"""
import os
import struct

SO = open('/lib/x86_64-linux-gnu/libm.so.6', 'rb').read()
BASE = 0xab3a0  # __log_data (.rodata: file offset == address)


def d(off):
    return struct.unpack('<d', SO[off:off + 8])[0]


ln2hi, ln2lo = d(BASE), d(BASE + 8)
A = [d(BASE + 0x10 + 8 * i) for i in range(5)]
B = [d(BASE + 0x38 + 8 * i) for i in range(11)]
INVC = [d(BASE + 0x90 + 16 * i) for i in range(128)]
LOGC = [d(BASE + 0x98 + 16 * i) for i in range(128)]
assert A[0] == float.fromhex('-0x1.0000000000001p-1') and A[1] == float.fromhex('0x1.555555551305bp-2')
assert B[0] == -0.5 and B[1] == float.fromhex('0x1.5555555555577p-2')
assert ln2hi == float.fromhex('0x1.62e42fefa3800p-1')


def arr(name, vals):
    lines = ['  ' + ', '.join(repr(v) for v in vals[i:i + 4]) + ',' for i in range(0, len(vals), 4)]
    return 'export const %s = [\n%s\n];\n' % (name, '\n'.join(lines))


out = ['''/**
 * Data of glibc's natural logarithm (ARM optimized-routines log.c as shipped in glibc 2.28+, `__log_data`):
 * ln2 split in two, the polynomial A for the table path, B for inputs near 1, and for each of the 128
 * subintervals of [0x1.6p-1, 0x1.6p0) the reciprocal center INVC and LOGC = -log(INVC). Copied from the
 * libm.so.6 NumPy runs against (glibc 2.36 x86-64) by test/random/glibc_log_table.py.
 */
''', 'export const LN2HI = %r;\nexport const LN2LO = %r;\n' % (ln2hi, ln2lo), arr('A', A), arr('B', B), arr('INVC', INVC), arr('LOGC', LOGC)]
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'runtime', 'random', 'glibcLogTable.ts')
with open(path, 'w') as f:
    f.write('\n'.join(out))
