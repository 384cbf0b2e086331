#!/usr/bin/env python3
"""Print the compact table of unassigned code points (category Cn) of the Unicode version used by
CPython 3.11 (unicodedata 14.0.0), in the form embedded in src/objects/numParse.ts (UNASSIGNED_14).

Why: str.isprintable()/repr() and the digit/whitespace rules of int()/float() depend on the Unicode
database; JS engines ship newer Unicode (Node 20: 15.1+), so newly assigned characters would be printed raw
where CPython 3.11 escapes them. The table makes the interpreter independent of the host's Unicode version.
Encoding: alternating gap/length pairs of ranges, base-36 numbers joined by ',' .
"""
import sys
import unicodedata

assert unicodedata.unidata_version == '14.0.0', unicodedata.unidata_version
ranges = []
cp = 0
while cp <= 0x10FFFF:
    if unicodedata.category(chr(cp)) == 'Cn':
        start = cp
        while cp + 1 <= 0x10FFFF and unicodedata.category(chr(cp + 1)) == 'Cn':
            cp += 1
        ranges.append((start, cp))
    cp += 1

def b36(n):
    s = ''
    digits = '0123456789abcdefghijklmnopqrstuvwxyz'
    while True:
        s = digits[n % 36] + s
        n //= 36
        if n == 0:
            return s

parts = []
prev_end = 0
for a, b in ranges:
    parts.append(b36(a - prev_end))
    parts.append(b36(b - a + 1))
    prev_end = b + 1
out = ','.join(parts)
print(len(ranges), 'ranges,', len(out), 'chars', file=sys.stderr)
print(out)
