# int, bool, float, complex constructors and methods
G = 'int'
for x in (0, 7, -7, 10**20, -10**20, True, False, 1.5, -1.5, 1e300, -0.0, float('nan'), float('inf'), float('-inf'),
          '12', ' 7 ', '  -7_0  ', '+3', '0x10', '1_000', '١٢', '12a', '', ' ', '1__0', '_1', '1_', b'12', b' 12 ', b'x',
          [1], 1j, None, '9' * 4300, '9' * 4301, '0' * 5000 + '1'):
    c(G, 'int', x)
for x, b in [('12', 0), ('0x1f', 16), ('0x1f', 0), ('1f', 16), ('z', 36), ('z', 37), ('1', 1), ('1', 1.5), ('1', 10**30),
             ('0b101', 0), ('0o17', 0), ('017', 0), ('00', 0), ('101', 2), ('2', 2), (1.5, 10), (12, 10), (b'ff', 16),
             ('  0X_ff  ', 16), ('1' * 5000, 2), ('1' * 5000, 10), ('-0b1', 0), ('0b', 0), ('1', True)]:
    c(G, 'int', x, b)
c(G, 'int')
c(G, 'int', x='1')
c(G, 'int', base=10)
c(G, 'int', '1', 2, 3)
c(G, 'int', '11', base=2)
for v in (0, 1, -1, 5, -5, 255, 256, 2**53 - 1, 2**53, -(2**64), 10**30, True):
    c(G, 'int.bit_length', v)
    c(G, 'int.bit_count', v)
    c(G, 'int.conjugate', v)
    c(G, 'int.as_integer_ratio', v)
    for a, k in [((), {}), ((2, 'little'), {}), ((2, 'big'), {'signed': True}), ((16,), {}), ((1,), {'signed': True}),
                 ((0,), {}), ((2, 'middle'), {}), ((-1,), {}), ((1, 'big', True), {}), ((), {'byteorder': 'little', 'length': 3})]:
        c(G, 'int.to_bytes', v, *a, **k)
c(G, 'int.bit_length', 1, 2)
for b, a, k in [(b'\x01\x00', ('big',), {}), (b'\xff\xff', ('little',), {'signed': True}), ([1, 2], (), {}), (b'', (), {}),
                (1, (), {}), (b'\x01', ('x',), {}), ('ab', (), {}), ([256], (), {}), (b'\x80', (), {'signed': True}),
                (b'\x00' * 20 + b'\x01', (), {}), ((1, 2, 3), ('little',), {})]:
    c(G, 'int.from_bytes', b, *a, **k)
c(G, 'bool.from_bytes', b'\x01')
c(G, 'int.from_bytes')
for x in (0, 1, '', 'a', [], [0], None, 0.0, float('nan'), 0j, {}, set(), range(0), b''):
    c(G, 'bool', x)
c(G, 'bool')
c(G, 'bool', 1, 2)
c(G, 'bool', x=1)

G = 'float'
for x in (0, 7, -7, 10**20, 10**400, True, 1.5, float('nan'), float('-inf'), '1.5', '  -2.25\n', 'nan', '-inf', 'Infinity',
          '1_0.5', '1e5', '.5', '5.', 'e5', '1e', '', 'x', '1__0', '\u0661.\u0662', b'1.5', b'x', [1], 1j, None, '1e400',
          '-0', '0x10', '1.5e-400'):
    c(G, 'float', x)
c(G, 'float')
c(G, 'float', x=1)
c(G, 'float', 1, 2)
for v in (1.5, 2.0, -0.0, 0.1, 1e300, 5e-324, float('inf'), float('nan'), -2.5, 1e16, 2.0**-1074 * 3):
    for f in ('is_integer', 'as_integer_ratio', 'hex', 'conjugate'):
        c(G, 'float.' + f, v)
for s in ('0x1.8p1', ' -0x1.8p-1 ', 'inf', '-Infinity', 'nan', '0x1p1024', 'x', '0x.8', '1', '0x1.fffffffffffff8p1023',
          '0x1.fffffffffffff7p1023', '0x1p-1075', '0x1.0000000000001p-1075', '0x1.8p-1074', '0X1P+2', '-nan', '0x',
          '0x1.', '.p1', '0x1p', 'ff', '0x1.123456789abcdef0123p0', '0x0.0000000000001p-1022', '0x1p-1074', '0x3p-1076'):
    c(G, 'float.fromhex', s)
c(G, 'float.fromhex', 1)
c(G, 'float.hex', 1.5, 2)

G = 'complex'
for a in [(), (1,), (1, 2), (1.5, -2.5), ('1+2j',), (' (1+2j) ',), ('1 + 2j',), ('j',), ('-j',), ('+1.5e3J',), ('1e5j',),
          ('nan+nanj',), ('-inf-infj',), ('1_0+2_0j',), ('1', 2), (1, '2'), ('x',), ('',), ('()',), ('(1',), ([1],),
          (1, [1]), (1 + 2j, 3j), (True, False), ('1+j',), ('1-j',), ('1j+1',), ('1+2jj',), (10**400,), ('1e+5+2j',),
          ('1e+5j',), ('( 2j )',), ('2',), ('-0',), (1j,), (None,), ('1+2j ',), (1, 2, 3), (0.0, -0.0), (-0.0, 0)]:
    c(G, 'complex', *a)
c(G, 'complex', real=1, imag=2)
c(G, 'complex', imag=2)
c(G, 'complex', x=2)
c(G, 'complex.conjugate', 1 + 2j)
c(G, 'complex.conjugate', 1 + 2j, 1)
c(G, 'repr', complex(1, 2))
