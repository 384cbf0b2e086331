#!/usr/bin/env python3
"""Writes src/stdlib/unicodeData.ts, the character tables behind ndpy's `unicodedata`
(src/modules/unicodedata.ts), from the Unicode database of the CPython running it (3.11: Unicode 14.0).

Run from the repository root:  python3 scripts/unicodeData.py

Tables (all text, so they live in a Python-source module that is loaded only when needed):
  NAMES   character names of the BMP, U+10000-U+100FF, the mathematical alphanumerics and the
          emoji / symbol planes (U+1F000-U+1FAFF), minus the algorithmically named ideographs and
          Hangul syllables. Each name starts with a digit: how many leading words it shares with the
          previous name; its other words are codes into WORDS: NSINGLE one-character codes (characters of
          ALPHA), then NDOUBLE lead characters of two-character codes, then leads of three-character ones.
  NAME_RUNS  "start:count" (hex) runs of consecutive named code points, in the order of NAMES.
  CATEGORY, MIRRORED, BIDI, EAW, CCC  value runs over all code points: "delta:value" with the delta in base 36.
  NUMERIC  "start:count:first:flags" runs of characters with consecutive integer values (flags: d =
          decimal, g = digit), or one character with a fractional value ("start:1:a/b:").
"""
import collections
import unicodedata as ud

ALPHA = ''.join(c for c in map(chr, range(33, 127)) if c not in '`$\\\'"0123456789')
NAME_RANGES = [(0, 0x10000), (0x10000, 0x10100), (0x1D400, 0x1D800), (0x1F000, 0x1FB00)]
ALGORITHMIC = ('CJK UNIFIED IDEOGRAPH-', 'HANGUL SYLLABLE ', 'CJK COMPATIBILITY IDEOGRAPH-',
               'TANGUT IDEOGRAPH-', 'KHITAN SMALL SCRIPT CHARACTER-', 'NUSHU CHARACTER-')
B36 = '0123456789abcdefghijklmnopqrstuvwxyz'


def b36(n):
    s = ''
    while True:
        n, r = divmod(n, 36)
        s = B36[r] + s
        if not n:
            return s


def names():
    items = []
    for a, b in NAME_RANGES:
        for c in range(a, b):
            n = ud.name(chr(c), None)
            if n and not n.startswith(ALGORITHMIC):
                items.append((c, n))
    seqs = []
    freq = collections.Counter()
    prev = []
    for c, n in items:
        ws = n.split(' ')
        k = 0
        while k < len(ws) - 1 and k < len(prev) and ws[k] == prev[k] and k < 9:
            k += 1
        seqs.append((k, ws[k:]))
        freq.update(ws[k:])
        prev = ws
    words = [w for w, _ in freq.most_common()]
    index = {w: i for i, w in enumerate(words)}
    # word codes: NSINGLE one-character codes, then N2 lead characters of two-character codes,
    # then lead characters of three-character codes
    A = len(ALPHA)
    n3 = 0
    while True:
        n2 = 0
        while n2 + n3 <= A and (A - n2 - n3) + n2 * A + n3 * A * A < len(words):
            n2 += 1
        if n2 + n3 <= A:
            break
        n3 += 1
    nsingle = A - n2 - n3

    def code(i):
        if i < nsingle:
            return ALPHA[i]
        i -= nsingle
        if i < n2 * A:
            return ALPHA[nsingle + i // A] + ALPHA[i % A]
        i -= n2 * A
        return ALPHA[nsingle + n2 + i // (A * A)] + ALPHA[i // A % A] + ALPHA[i % A]
    body = ''.join(str(k) + ''.join(code(index[w]) for w in rest) for k, rest in seqs)
    runs = []
    for c, _ in items:
        if runs and runs[-1][0] + runs[-1][1] == c:
            runs[-1][1] += 1
        else:
            runs.append([c, 1])
    return words, (nsingle, n2), body, ' '.join('%x:%x' % (a, n) for a, n in runs)


def value_runs(fn):
    out = []
    prev = None
    last = 0
    for c in range(0x110000):
        v = fn(chr(c))
        if v != prev:
            out.append('%s:%s' % (b36(c - last), v))
            last = c
            prev = v
    return ' '.join(out)


def numeric_runs():
    runs = []
    for c in range(0x110000):
        ch = chr(c)
        v = ud.numeric(ch, None)
        if v is None:
            continue
        flags = ('d' if ud.decimal(ch, None) is not None else '') + ('g' if ud.digit(ch, None) is not None else '')
        if v != int(v) or abs(v) >= 1e15:
            # fractions (and huge values) are kept as CPython's float text
            runs.append([c, 1, repr(v), flags])
            continue
        v = int(v)
        r = runs[-1] if runs else None
        if r and r[0] + r[1] == c and r[3] == flags and isinstance(r[2], int) and r[2] + r[1] == v:
            r[1] += 1
        else:
            runs.append([c, 1, v, flags])
    return ' '.join('%x:%x:%s:%s' % (a, n, v, f) for a, n, v, f in runs)


def derived_decomposition(ch):
    # what src/modules/unicodedata.ts derives from normalization (keep the two in step)
    nfd = ud.normalize('NFD', ch)
    if nfd != ch:
        composed = ud.normalize('NFC', ch)
        parts = composed if composed != ch else ud.normalize('NFC', nfd[:-1]) + nfd[-1]
    else:
        nfkd = ud.normalize('NFKD', ch)
        if nfkd == ch:
            return ''
        parts = ud.normalize('NFC', nfkd)
    return ' '.join('%04X' % ord(c) for c in parts)


def decomposition_tables():
    # compatibility tags as value runs, and the mappings the derivation gets wrong
    fixes = []
    for c in range(0x110000):
        ch = chr(c)
        if 0xAC00 <= c < 0xAC00 + 11172 or ud.category(ch) == 'Cn':
            continue
        want = ud.decomposition(ch)
        mapping = want.split(' ', 1)[1] if want.startswith('<') else want
        if mapping != derived_decomposition(ch):
            fixes.append('%x:%s' % (c, mapping.replace(' ', '.')))
    tags = value_runs(lambda ch: ud.decomposition(ch).split(' ')[0][1:-1] if ud.decomposition(ch).startswith('<') else '')
    return tags, ' '.join(fixes)


def wrap(s, width=1000):
    # the data starts on the line after the opening quotes, and no line ends with a space (tools that
    # strip trailing whitespace, such as the web build's, must not change the data)
    lines = []
    i = 0
    while i < len(s):
        end = min(i + width, len(s))
        while end < len(s) and s[end - 1] == ' ':
            end += 1
        lines.append(s[i:end])
        i = end
    return '\n' + '\n'.join(lines) + '\n'


def main():
    words, nsingle, body, name_runs = names()
    tables = [
        ('ALPHA', ALPHA),
        ('NSINGLE', str(nsingle[0])),
        ('NDOUBLE', str(nsingle[1])),
        ('WORDS', ' '.join(words)),
        ('NAMES', body),
        ('NAME_RUNS', name_runs),
        ('CATEGORY', value_runs(ud.category)),
        ('MIRRORED', value_runs(ud.mirrored)),
        ('BIDI', value_runs(ud.bidirectional)),
        ('EAW', value_runs(ud.east_asian_width)),
        ('CCC', value_runs(ud.combining)),
        ('NUMERIC', numeric_runs()),
    ]
    tags, fixes = decomposition_tables()
    tables += [('DECOMP_TAG', tags), ('DECOMP_FIX', fixes)]
    out = ['/**',
           ' * GENERATED by scripts/unicodeData.py from Unicode ' + ud.unidata_version + ' (do not edit): the',
           ' * character tables of ndpy\'s `unicodedata` (src/modules/unicodedata.ts), kept as a Python-source',
           ' * module (`_unicodedata_tables`) so they are loaded only by programs that use them. Each table is',
           ' * one string; the line breaks inside the triple-quoted strings are not part of the data.',
           ' */',
           'export const source = String.raw`',
           'UNIDATA_VERSION = ' + repr(ud.unidata_version)]
    for name, text in tables:
        assert '`' not in text and '${' not in text and '"""' not in text and '\\' not in text
        out.append('%s = """%s"""' % (name, wrap(text)))
    out.append('`;')
    with open('src/stdlib/unicodeData.ts', 'w') as f:
        f.write('\n'.join(out) + '\n')


if __name__ == '__main__':
    main()
