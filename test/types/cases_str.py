# str methods and constructor: executed by gen-fixtures.py (c = one call, several = one call per self)
G = 'str'
WS = ['', 'abc', '  a  b  ', 'a\tb\nc\x0bd\x0ce\x1cf\x85g\u2028h\xa0i\u3000j', '\n\n', 'a,b,,c,', ',', '\U0001f600 x \U0001f600']
for s in WS:
    c(G, 'str.split', s)
    c(G, 'str.rsplit', s)
    for m in (0, 1, 2, -1):
        c(G, 'str.split', s, None, m)
        c(G, 'str.rsplit', s, None, m)
        c(G, 'str.split', s, ',', m)
        c(G, 'str.rsplit', s, ',', m)
    c(G, 'str.split', s, ' ')
    c(G, 'str.splitlines', s)
    c(G, 'str.splitlines', s, True)
c(G, 'str.split', 'a--b--c', '--')
c(G, 'str.rsplit', 'a--b--c', '--', 1)
c(G, 'str.split', 'aaa', 'aa')
c(G, 'str.rsplit', 'aaa', 'aa')
c(G, 'str.split', 'a b', maxsplit=1)
c(G, 'str.split', 'a b', sep=' ', maxsplit=0)
c(G, 'str.split', 'a b', '')
c(G, 'str.split', 'a b', 1)
c(G, 'str.split', 'a b', maxsplit='x')
c(G, 'str.split', 'a b', maxsplit=None)
c(G, 'str.split', 'a b', ' ', 1, 2)
c(G, 'str.split', 'a b', zzz=1)
c(G, 'str.split', 'a b', ' ', sep=' ')
c(G, 'str.split', 'a b', maxsplit=True)
c(G, 'str.split', 1)
c(G, 'str.splitlines', 'a\r\nb\rc\n', keepends=True)
c(G, 'str.splitlines', 'a\r\n', 'x')
c(G, 'str.splitlines', 'a\r\r\nb', 1)

for s in ['  abc  ', 'xxaxx', '\t\n a \x1c', '', 'aaa', '\U0001f600a\U0001f600', 'ab\xa0']:
    for f in ('strip', 'lstrip', 'rstrip'):
        c(G, 'str.' + f, s)
        c(G, 'str.' + f, s, 'x')
        c(G, 'str.' + f, s, '\U0001f600')
        c(G, 'str.' + f, s, None)
        c(G, 'str.' + f, s, '')
c(G, 'str.strip', 'a', 1)
c(G, 'str.lstrip', 'a', 1)
c(G, 'str.strip', 'a', 'a', 'b')
c(G, 'str.strip', 'a', chars='a')

for args in [('a', 'b'), ('', '-'), ('', '-', 2), ('', '-', 0), ('a', 'xy', 1), ('a', '', -5), ('zz', 'y'), ('aa', 'b')]:
    for s in ['', 'abc', 'aaaa', 'banana', 'a\U0001f600a']:
        c(G, 'str.replace', s, *args)
c(G, 'str.replace', 'abc', 1, 'a')
c(G, 'str.replace', 'abc', 'a', 1)
c(G, 'str.replace', 'abc', 'a', 'b', 'x')
c(G, 'str.replace', 'abc', 'a')
c(G, 'str.replace', 'abc', 'a', 'b', count=1)
c(G, 'str.replace', 'abc', 'a', 'b', 1.0)

S = 'abcabc\U0001f600abc'
for f in ('find', 'rfind', 'index', 'rindex', 'count'):
    for sub in ('a', 'bc', '', 'z', 'c\U0001f600a', 'abcabc\U0001f600abcx'):
        for rng in [(), (1,), (2, 5), (-3,), (-100, 100), (7,), (10, 11), (11,), (12,), (3, 2), (None, 4), (None, None), (True,)]:
            c(G, 'str.' + f, S, sub, *rng)
    c(G, 'str.' + f, 'abc', 1)
    c(G, 'str.' + f, 'abc', 'a', 1.0)
    c(G, 'str.' + f, 'abc', 'a', 'x')
    c(G, 'str.' + f, 'abc')
    c(G, 'str.' + f, 'abc', 'a', 1, 2, 3)
    c(G, 'str.' + f, 'abc', 'a', start=1)
    c(G, 'str.' + f, 'abc', 'b', 10**30)
    c(G, 'str.' + f, 'abc', 'b', -10**30)
c(G, 'str.count', 'aaaa', 'aa')
c(G, 'str.count', '', '')
c(G, 'str.count', 'abc', '', 4)
c(G, 'str.count', 'abc', '', 3)

for f in ('startswith', 'endswith'):
    for p in ('a', 'ab', '', 'c', ('x', 'a'), ('x', 'c'), (), 'abc\U0001f600', '\U0001f600'):
        for rng in [(), (1,), (0, 2), (-2,), (3,), (4,), (1, 0), (None, -1)]:
            c(G, 'str.' + f, 'abc\U0001f600', p, *rng)
    c(G, 'str.' + f, 'abc', 1)
    c(G, 'str.' + f, 'abc', ('a', 1))
    c(G, 'str.' + f, 'abc', ['a'])
    c(G, 'str.' + f, 'abc')

CASE = ['hello world', "they're bill's friends", 'ßx', 'ǆa', 'ǅA', 'ΑΣ ΑΣΑ Σ', 'ﬁre', 'İstanbul', 'ŉ', 'Ǳ', 'Straße',
        'hello WORLD 123 abc_def', 'µ', 'ﬀ', 'ΐ', 'ı', 'ſ', 'ẞ', 'ᾳ', 'ᾼ', 'a\u0345', '\U00010428\U00010400', 'ა', 'Ა', '',
        '1a', 'a1b', 'A_b', 'σς', 'ΌΣΟΣ', 'x\u0301Σ', 'Σ\u0301x']
for s in CASE:
    for f in ('upper', 'lower', 'title', 'capitalize', 'swapcase', 'casefold', 'isupper', 'islower', 'istitle'):
        c(G, 'str.' + f, s)
c(G, 'str.upper', 'a', 1)
c(G, 'str.upper', 'a', x=1)

CLS = ['', 'abc', 'ABC', 'aBc', 'abc1', '123', '١٢٣', '²', '½', '一', '①', 'Ⅻ', ' \t\n', '\x1c', '\xa0', '\u200b', 'a b',
       '_a1', '1a', 'a-b', 'é', '\x7f', '\x00', 'a\nb', '\U0001f600', '\U0001d7ce', 'ª', 'ǅ', 'Ǆ', 'ǆ', 'ʰ', '\u0378',
       '\u00ad', 'a\u0301', '\u2160', '㆒', '\U00010107', 'Ab Cd', 'Ab cd', 'AB', 'A1', "A'B", 'ⓐ', 'Ⓐ', 'ﬁ', 'ß', 'DŽa']
for s in CLS:
    for f in ('isdigit', 'isdecimal', 'isnumeric', 'isalpha', 'isalnum', 'isspace', 'isupper', 'islower', 'istitle',
              'isidentifier', 'isprintable', 'isascii'):
        c(G, 'str.' + f, s)

for s in ['', 'a', 'ab', 'abc', 'abcd', '\U0001f600']:
    for w in (-1, 0, 3, 4, 5, 6, 7):
        c(G, 'str.center', s, w)
        c(G, 'str.ljust', s, w, '*')
        c(G, 'str.rjust', s, w, '\U0001f600')
        c(G, 'str.center', s, w, '-')
        c(G, 'str.zfill', s, w)
for s in ['-12', '+', '-', '12', '+a', '--1', '\U0001f6001']:
    c(G, 'str.zfill', s, 6)
c(G, 'str.center', 'abc', 5, 'xy')
c(G, 'str.center', 'abc', 5, 1)
c(G, 'str.center', 'abc', '5')
c(G, 'str.center', 'abc')
c(G, 'str.ljust', 'abc', 5.0)
c(G, 'str.zfill', 'abc', 'a')
c(G, 'str.zfill', 'abc')
c(G, 'str.center', 'abc', 5, fillchar='x')

for s in ['a\tb', '\tab\tc', 'a\tb\r\tc\n\td', '12345678\t9', '\U0001f600\tx', '']:
    for t in ((), (4,), (0,), (-1,), (1,)):
        c(G, 'str.expandtabs', s, *t)
c(G, 'str.expandtabs', 'a\tb', tabsize=2)
c(G, 'str.expandtabs', 'a\tb', 'a')

for s in ['a,b,c', 'abc', '', ',', 'a,,']:
    for sep in (',', ',,', 'abc'):
        c(G, 'str.partition', s, sep)
        c(G, 'str.rpartition', s, sep)
c(G, 'str.partition', 'abc', '')
c(G, 'str.partition', 'abc', 1)
c(G, 'str.rpartition', 'abc', None)

for it in [[], ['a'], ['a', 'b', 'c'], ('x', 'y'), 'abc', {'k': 1, 'j': 2}, ['a', 1], [1], 5, None, ['\U0001f600', '']]:
    c(G, 'str.join', ', ', it)
    c(G, 'str.join', '', it)
c(G, 'str.join', ',')
c(G, 'str.join', ',', ['a'], ['b'])

for s in ['abc', 'é', 'a\U0001f600', '\ud800', 'éé', '\u0100x', '']:
    for enc_ in ((), ('utf-8',), ('ascii',), ('latin-1',), ('UTF8',), ('Latin 1',), ('us-ascii',)):
        c(G, 'str.encode', s, *enc_)
    for err in ('ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'foo', 'strict'):
        c(G, 'str.encode', s, 'ascii', err)
        c(G, 'str.encode', s, 'utf-8', err)
c(G, 'str.encode', 'a', 'foo')
c(G, 'str.encode', 'a', 1)
c(G, 'str.encode', 'a', errors=1)
c(G, 'str.encode', 'a', encoding='UTF_8')
c(G, 'str.encode', 'a', 'u8', 'strict', 3)

for s in ['removeprefix', 'removesuffix']:
    for a, b in [('abc', 'a'), ('abc', 'c'), ('abc', ''), ('abc', 'abc'), ('abc', 'abcd'), ('', '')]:
        c(G, 'str.' + s, a, b)
    c(G, 'str.' + s, 'abc', 1)
    c(G, 'str.' + s, 'abc')

T1 = {97: 'X', 98: None, 99: 100, 0x1f600: 'smile'}
for s in ['abcd', '', 'a\U0001f600b']:
    c(G, 'str.translate', s, T1)
    c(G, 'str.translate', s, {})
    c(G, 'str.translate', s, ['0', '1'] * 60)
c(G, 'str.translate', 'a', 1)
c(G, 'str.translate', 'a', {97: 1.5})
c(G, 'str.translate', 'a', {97: 0x110000})
c(G, 'str.translate', 'a', {97: -1})
c(G, 'str.translate', 'a', {97: True})
c(G, 'str.maketrans', {'a': 'b', 98: None, 'c': 3})
c(G, 'str.maketrans', 'abc', 'xyz')
c(G, 'str.maketrans', 'abc', 'xyz', 'q\U0001f600')
c(G, 'str.maketrans', 1)
c(G, 'str.maketrans', 'ab', 'c')
c(G, 'str.maketrans', {'ab': 1})
c(G, 'str.maketrans', {1.5: 1})
c(G, 'str.maketrans', 1, 2)
c(G, 'str.maketrans', 'a', 'b', 1)
c(G, 'str.maketrans')
c(G, 'str.maketrans', {True: 1})

c(G, 'str', 'abc')
c(G, 'str')
c(G, 'str', 12)
c(G, 'str', 1.5)
c(G, 'str', None)
c(G, 'str', [1, 'a'])
c(G, 'str', b'ab')
c(G, 'str', b'ab', 'ascii')
c(G, 'str', b'\xc3\xa9', 'utf-8')
c(G, 'str', b'\xff', 'utf-8')
c(G, 'str', b'\xff', 'utf-8', 'replace')
c(G, 'str', b'\xff', errors='ignore')
c(G, 'str', b'a', encoding='latin1')
c(G, 'str', 1, 'utf-8')
c(G, 'str', 'a', 'utf-8')
c(G, 'str', 1, 2, 3, 4)
c(G, 'str', foo=1)
c(G, 'str', object=5)
c(G, 'str', b'a', 1)

# unbound calls
c(G, 'str.upper', 1)
c(G, 'str.split')
