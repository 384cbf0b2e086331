# bytes and bytearray
G = 'bytes'
for T in ('bytes', 'bytearray'):
    for a, k in [((), {}), ((3,), {}), ((-1,), {}), (([1, 2, 255],), {}), (([1, 2, 256],), {}), (([1, 'a'],), {}),
                 (('abc',), {}), (('abc', 'ascii'), {}), (('é', 'ascii'), {}), (('é', 'utf-8'), {}), ((b'ab',), {}),
                 ((1.5,), {}), ((None,), {}), ((), {'x': 1}), ((), {'source': [1]}), ((1, 'ascii'), {}),
                 (([1], 'ascii'), {}), (('a',), {'errors': 'strict'}), (('a',), {'encoding': 'ascii', 'errors': 'strict'}),
                 ((range(3),), {}), ((bytearray(b'x'),), {}), (((65, 66),), {}), (('é', 'latin-1'),{}), ((True,), {})]:
        c(G, T, *a, **k)
    B = eval(T)(b'a,b  c\tdAB')
    for f, a in [('decode', ()), ('hex', ()), ('hex', (':',)), ('hex', (':', 2)), ('hex', ('-', -2)), ('hex', (b'|', 3)),
                 ('count', (b'a',)), ('count', (97,)), ('count', (b'',)), ('find', (b'b',)), ('find', (b'z',)),
                 ('rfind', (b' ',)), ('index', (b'c',)), ('index', (b'z',)), ('rindex', (98,)), ('find', ('a',)),
                 ('find', (300,)), ('startswith', (b'a',)), ('startswith', ((b'x', b'a,'),)), ('endswith', (b'AB',)),
                 ('startswith', ('a',)), ('split', ()), ('split', (b',',)), ('split', (b' ', 1)), ('rsplit', (None, 1)),
                 ('rsplit', (b',',)), ('split', (b'',)), ('upper', ()), ('lower', ()), ('swapcase', ()),
                 ('replace', (b'a', b'xyz')), ('replace', (b'', b'-', 3)), ('replace', (b' ', b'', 1)), ('strip', ()),
                 ('strip', (b'aB',)), ('lstrip', (b'a,',)), ('rstrip', ()), ('isdigit', ()), ('isalpha', ()),
                 ('isascii', ()), ('islower', ()), ('isupper', ()), ('isspace', ()), ('isalnum', ())]:
        c(G, f'{T}.{f}', B, *a)
    c(G, f'{T}.join', eval(T)(b', '), [b'a', bytearray(b'b'), b'c'])
    c(G, f'{T}.join', eval(T)(b', '), [b'a', 'b'])
    c(G, f'{T}.fromhex', '61 62')
    c(G, f'{T}.fromhex', '6')
    c(G, f'{T}.fromhex', 'zz')
    c(G, f'{T}.fromhex', 1)
    c(G, f'{T}.decode', eval(T)(b'\xff'), 'latin-1')
    c(G, f'{T}.decode', eval(T)(b'\xff'))
    c(G, f'{T}.decode', eval(T)(b'\xe4\xb8a'), 'utf-8', 'replace')
    c(G, f'{T}.decode', eval(T)(b'\xe2\x82\xac\xf0\x9f\x98\x80'))
    c(G, f'{T}.decode', eval(T)(b'x'), encoding='ascii')
    for op in ('+', '==', '!=', '<', '<=', '>', '>=', 'in'):
        for a, b in [(b'ab', b'b'), (b'ab', bytearray(b'ab')), (b'a', 'a'), (b'a', 1), (97, b'ab'), (b'b', b'ab'),
                     (300, b'ab'), ('a', b'ab')]:
            c(G, 'op:' + op, eval(T)(a) if isinstance(a, bytes) else a, b)
    c(G, 'repr', eval(T)(b'a\'"\x00\xff\\'))
    c(G, 'len', eval(T)(b'abc'))
c(G, 'bytearray.append', bytearray(b'a'), 98)
c(G, 'bytearray.append', bytearray(b'a'), 256)
c(G, 'bytearray.extend', bytearray(b'a'), b'bc')
c(G, 'bytearray.extend', bytearray(b'a'), [1, 2])
c(G, 'list', b'ab')
c(G, 'list', bytearray(b'ab'))
for fmt, a in [(b'%s-%d', (b'bytes', 5)), (b'%s', 'a'), (b'%s', 1), (b'%r', 'é'), (b'%a', b'x'), (b'%c', 65), (b'%c', b'A'),
               (b'%c', 'A'), (b'%d', 'a'), (b'%d %d', 1), (b'%x', 255), (b'%5.2f|%-4s|', (3.14159, b'ab')),
               (b'%b', b'q'), (b'%s', bytearray(b'z')), (b'%', ()), (b'%d', (1, 2)), (b'%%b %b', b'x')]:
    c(G, 'op:%', fmt, a)
    c(G, 'op:%', bytearray(fmt), a)
for a in (256, -1, 'AB', b'AB', 1.5, True):
    c(G, 'op:%', b'%c', a)
for d in (b'"', b'\'"', b"'", b'a'):
    c(G, 'repr', bytearray(d))
