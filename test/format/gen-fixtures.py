#!/usr/bin/env python3
"""Generate test/format/fixtures.json: expected outputs computed by the real CPython (3.11).

Every expected string in the format tests comes from here, never typed by hand.
Floats travel as 16-hex-digit IEEE-754 bit patterns so that nan/inf/-0.0 and exact values survive JSON.
Ints travel as Python hex() strings (the 4300-digit str limit would otherwise bite).
Results are either {"ok": value} or {"err": [exception type name, message]}.

Run:  python3 test/format/gen-fixtures.py   (deterministic: fixed random seed)
"""
import json
import math
import os
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), "fixtures are pinned to CPython 3.11 semantics"

rng = random.Random(20240611)


def bits(x):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]


def from_bits(h):
    return struct.unpack('<d', struct.pack('<Q', int(h, 16)))[0]


def run(fn):
    try:
        return {"ok": fn()}
    except Exception as e:  # noqa: BLE001 - we record every exception type
        return {"err": [type(e).__name__, str(e)]}


# ------------------------------------------------------------------------------------------------ floats

def random_bits_float():
    while True:
        x = from_bits('%016x' % rng.getrandbits(64))
        if not math.isnan(x):
            return x


def interesting_floats():
    out = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 0.5, 1.5, 2.5, 2.675, 0.125, 0.375, 1e16, 1e15,
           9999999999999998.0, 1e16 - 2, 1e17, 1e22, 1e21, 1e23, 1e300, 1e308, 1.7976931348623157e308,
           2.2250738585072014e-308, 5e-324, 1e-5, 1e-4, 0.0001, 0.00001, 1.5e-7, 123456789012345.0,
           1.2345678901234567e19, 12345678901234567890.0, 2.0 ** 53, 2.0 ** 53 + 2, 2.0 ** 63, 2.0 ** 64,
           2.0 ** 1023, 2.0 ** -1074, 2.0 ** -1022, 3.14159, math.pi, math.e, math.inf, -math.inf, math.nan,
           1e20, 1e-20, 0.1 + 0.2, 100.0, 1234.5678, 0.045, 0.055, 1.005, 1.015, 1.025, 8.5, 9.5, 0.5e-323,
           999999.5, 9999995.0, 0.9999995, 9.9999995, 99.995, 0.995, 4.35, 4.45, 1e-7, 1e-6, 999999.0,
           1000000.0, 9999999.0, 123456.0, 1234567.0, 0.000123456, 1e100, 1.5e300, 6.02214076e23, 1e-310]
    for k in range(-30, 31):
        out.append(10.0 ** k)
        out.append(-(10.0 ** k) * 1.5)
    for k in range(-1074, 1024, 37):
        out.append(2.0 ** k)
    return out


def float_pool(n_random):
    pool = interesting_floats()
    for _ in range(n_random):
        r = rng.random()
        if r < 0.45:
            pool.append(random_bits_float())
        elif r < 0.6:
            # short decimals, many of which are near ties
            pool.append(round(rng.uniform(-1000, 1000), rng.randint(0, 6)))
        elif r < 0.75:
            # exact binary ties: k / 2**n
            pool.append(rng.randint(-10 ** 6, 10 ** 6) / 2.0 ** rng.randint(0, 30))
        elif r < 0.85:
            pool.append(float(rng.randint(-10 ** 20, 10 ** 20)) * 10.0 ** rng.randint(-5, 5))
        elif r < 0.95:
            pool.append(rng.uniform(-1, 1) * 10.0 ** rng.randint(-320, 308))
        else:
            pool.append(from_bits('%016x' % rng.getrandbits(52)))  # subnormals
    return pool


# ------------------------------------------------------------------------------------------------ specs

FILLS = ['', '', '', '*', '0', ' ', 'x', '\u00e9', '\U0001F600', '<']
ALIGNS = ['', '', '<', '>', '=', '^']
SIGNS = ['', '', '+', '-', ' ']
TYPES_FLOAT = ['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%']
TYPES_INT = ['', 'b', 'c', 'd', 'o', 'x', 'X', 'n', 'e', 'f', 'g', '%', 'E', 'F', 'G']


def random_spec(types, allow_z=True):
    s = ''
    a = rng.choice(ALIGNS)
    if a:
        s += rng.choice(FILLS) + a
    s += rng.choice(SIGNS)
    if allow_z and rng.random() < 0.1:
        s += 'z'
    if rng.random() < 0.15:
        s += '#'
    if rng.random() < 0.2:
        s += '0'
    if rng.random() < 0.5:
        s += str(rng.randint(0, 25))
    g = rng.random()
    if g < 0.15:
        s += ','
    elif g < 0.25:
        s += '_'
    if rng.random() < 0.5:
        s += '.' + str(rng.choice([0, 0, 1, 2, 3, 5, 6, 10, 15, 16, 17, 20, 25, 40, 60, 110, 120]))
    s += rng.choice(types)
    return s


def main():
    fx = {}

    # repr(float)
    pool = float_pool(12000)
    fx['reprFloat'] = [[bits(x), repr(x)] for x in pool]

    # format(float, spec)
    ff = []
    fixed_specs = ['', '.0f', '.1f', '.2f', '.3f', '.10f', '.20f', 'f', 'e', '.0e', '.3e', '.16e', '.20e', 'g', '.0g',
                   '.1g', '.3g', '.10g', '.17g', '.3', '.1', '.0', '.16', '.17', '%', '.2%', 'n', '.3n', '#g', '#.3g',
                   '#.0f', '#.0e', '#', '#.3', 'z.2f', 'z', 'z.0e', '010', '+010.2f', ',', ',.2f', '_.3f', '010,.2f',
                   '^20', '*<15.3e', '=+12', ' 8.2f', '.120f', '.110e', '.200g', '016,', '.2F', '.3E', '.4G', 'F', 'E']
    long_specs = {'.120f', '.110e', '.200g'}
    for i, x in enumerate(pool[:300]):
        for sp in fixed_specs:
            if sp in long_specs and i % 8:
                continue
            ff.append([bits(x), sp, run(lambda: format(x, sp))])
    for _ in range(9000):
        x = rng.choice(pool)
        sp = random_spec(TYPES_FLOAT)
        ff.append([bits(x), sp, run(lambda: format(x, sp))])
    errspecs = ['abc', 'd', 'x', 's', 'c', ',_', '_,', '.', '.x', ',n', '_n', '10.2.f', '=', '\x01', '99999999999999999999',
                '.99999999999999999999f', '#x', 'zz', '\U0001F600', ' ', '  ']
    for sp in errspecs:
        ff.append([bits(1.5), sp, run(lambda: format(1.5, sp))])
    fx['formatFloat'] = ff

    # format(int, spec)
    ints = [0, 1, -1, 7, -7, 10, 255, -255, 65, 1000, -1000, 1234, 123456789, -123456789, 2 ** 31, 2 ** 53 - 1,
            -(2 ** 53 - 1), 2 ** 53, 2 ** 53 + 1, -(2 ** 53) - 1, 2 ** 63, 2 ** 64 + 5, 10 ** 20, -(10 ** 25) + 3,
            10 ** 100, 3 ** 200, 2 ** 1023, 2 ** 1024, -(2 ** 1024), 0x10ffff, 0x110000, 128512, 10 ** 4300 - 1,
            10 ** 4300, 2 ** 5000]
    for _ in range(400):
        ints.append(rng.randint(-10 ** rng.randint(1, 40), 10 ** rng.randint(1, 40)))
    fi = []
    fixed_int_specs = ['', 'd', 'b', 'o', 'x', 'X', '#b', '#o', '#x', '#X', 'c', 'n', ',', '_', '_b', '_x', '#_x',
                       '010', '010,', '010_', '012_x', '#012_x', '#012_X', '+', ' ', '+,', '=+12', '*^15,', '<10',
                       'e', '.2e', 'f', '.2f', '%', 'g', 'G', 'E', '.3', 'z', '+c', '#c', ',c', ',x', 's', '010,d',
                       '#010b', '0=12', '09', 'x<#10x', '-', ' 5d', '^', '02,']
    small_ints = [v for v in ints if abs(v) < 10 ** 100]
    for v in ints[:150]:
        for sp in (fixed_int_specs if abs(v) < 10 ** 100 else (['', 'x', ',', 'e', 'c'] if abs(v) < 10 ** 1000 else ['', 'e'])):
            fi.append([hex(v), sp, run(lambda: format(v, sp))])
    for _ in range(5000):
        v = rng.choice(small_ints)
        sp = random_spec(TYPES_INT, allow_z=rng.random() < 0.2)
        fi.append([hex(v), sp, run(lambda: format(v, sp))])
    fx['formatInt'] = fi

    # format(bool, spec)
    fb = []
    for b in (True, False):
        for sp in ['', 'd', 'x', '5', '<5', '#x', 's', 'f', '.2f', 'z', '.2', ',', 'c', 'abc']:
            fb.append([b, sp, run(lambda: format(b, sp))])
    fx['formatBool'] = fb

    # format(str, spec)
    strs = ['', 'a', 'abc', 'hello world', "it's", '\u00e9t\u00e9', '\U0001F600x\U0001F600', 'tab\there', '1234567890' * 3]
    fs = []
    str_specs = ['', 's', '10', '<10', '>10', '^10', '^11', '*^9', '.2', '.0', '10.3', '.3s', '05', '0<5', '=5', '+',
                 '-', ' ', 'z', '#', ',', '_', ',s', 'd', 'x', 'abc', '.', '\U0001F600>8', '\u00e9^7.1', '020',
                 '3', '.100', 'c', 'r', '\x01', '  ']
    for s in strs:
        for sp in str_specs:
            fs.append([s, sp, run(lambda: format(s, sp))])
    for _ in range(2000):
        s = rng.choice(strs)
        sp = random_spec(['', '', 's', 's', 'd'], allow_z=rng.random() < 0.1)
        fs.append([s, sp, run(lambda: format(s, sp))])
    fx['formatStr'] = fs

    # round(float, n), round(float)
    rf = []
    for x in pool[:6000]:
        for nd in ([rng.randint(-5, 20)] + ([0, 1, 2, -1, -2] if rng.random() < 0.2 else [])):
            rf.append([bits(x), nd, run(lambda: bits(round(x, nd)))])
    for x in [2.675, 0.125, 0.375, 1234.5678, 2.5, 0.5, -0.5, 1.7976931348623157e308, 5e-324, 1e300, 123.456]:
        for nd in [-400, -309, -308, -307, -300, -10, -3, -2, -1, 0, 1, 2, 3, 10, 300, 322, 323, 324, 400]:
            rf.append([bits(x), nd, run(lambda: bits(round(x, nd)))])
    fx['roundFloat'] = rf
    rh = []
    for x in pool[:4000] + [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994, 4503599627370495.5, -0.3]:
        rh.append([bits(x), run(lambda: bits(float(round(x))) if math.isfinite(x) else bits(x))])
    fx['roundHalfEven'] = rh
    ri = []
    for v in ints[:200] + [15, 25, 35, -15, -25, 5, 150, 250, 1250, 1350, -1250, 45, 55]:
        for nd in [-1, -2, -3, -5, -10, -30, 0, 3]:
            ri.append([hex(v), nd, run(lambda: hex(round(v, nd)))])
    fx['roundInt'] = ri

    # int(str, base)
    ip = []
    int_strs = ['0', '1', '-1', '+1', ' 42 ', '\t\n 7\n', '1_000', '1__000', '_1', '1_', '0x1f', '0X1F', '0o17', '0b101',
                '0b_101', '0x_1f', '0x__1f', '0_0', '00', '000', '010', '0_1', '-0x10', '  -0b11  ', 'abc', 'ABC',
                'zz', 'ZZ', '', ' ', '-', '+', '1 2', '12a', '١٢٣', '١_٢', '\u00a012\u3000', '1e5', '1.0', '0x', '0b2',
                '9' * 25, '-' + '9' * 40, '1' * 4300, '1' * 4301, 'f' * 5000, '0' * 5000 + '1', 'x' * 300, "it's",
                'a"b\'c', '\x00', '12\x00', '\U0001D7D8\U0001D7D9', '٣.٥', '1\u200b', '9007199254740991', '9007199254740992',
                '-9007199254740991', '-9007199254740992', '0o8', '0b', '0xg', 'Infinity', '  0x10  ', '1\n', '\u0661\u0660']
    bases = [10, 0, 2, 8, 16, 36, 3, 7, 1, 37, -1, 35]
    for s in int_strs:
        for b in (bases if len(s) < 100 else [10, 0, 16, 36]):
            ip.append([s, b, run(lambda: hex(int(s, b)))])
    for _ in range(3000):
        b = rng.choice([2, 3, 5, 8, 10, 12, 16, 20, 36, 0])
        digs = '0123456789abcdefghijklmnopqrstuvwxyz'[:b if b else 10]
        s = ''.join(rng.choice(digs) for _ in range(rng.randint(1, 60)))
        if rng.random() < 0.3:
            s = rng.choice(['-', '+', ' ', '']) + s
        if rng.random() < 0.2 and len(s) > 2:
            k = rng.randint(1, len(s) - 1)
            s = s[:k] + '_' + s[k:]
        if rng.random() < 0.1:
            s = s.upper()
        if b == 0 and rng.random() < 0.5:
            s = rng.choice(['0x', '0o', '0b', '0X']) + s
        ip.append([s, b, run(lambda: hex(int(s, b)))])
    fx['parseInt'] = ip

    # float(str)
    fp = []
    float_strs = ['1', '1.5', ' 1.5 ', '-0', '-0.0', '+.5', '5.', '.', '', ' ', '1e5', '1E-5', '1e+400', '1e-400', 'inf',
                  '-inf', '+INF', 'infinity', '-Infinity', 'nan', '-nan', 'NaN', 'infinit', 'in f', '1_000.5', '1__0',
                  '_1', '1_', '1_.5', '1._5', '1e1_0', '1e_10', '0x10', '1.5e', 'e5', 'x1', '١.٥', '\u00a01.5\u2003',
                  '1,5', '1.5.5', '--1', '+-1', "it's", '0.1', '2.675', '1' * 400, '0.' + '0' * 400 + '1', '9' * 309,
                  '4.9e-324', '2.4703282292062327e-324', '2.4703282292062328e-324', '1.7976931348623158e308',
                  '1.7976931348623159e308', 'nan(1)', 'infnan', '\x00', '1\x00']
    for s in float_strs:
        fp.append([s, run(lambda: bits(float(s)))])
    for x in pool[:3000]:
        s = repr(x) if rng.random() < 0.5 else format(x, '.%de' % rng.randint(0, 25))
        fp.append([s, run(lambda: bits(float(s)))])
    fx['parseFloat'] = fp

    # repr(str) / ascii(str)
    rs = []
    samples = ['', 'a', "it's", 'say "hi"', 'both \' and "', '\\', '\n\t\r', '\x00\x01\x1f\x7f\x80\x9f\xa0\xad\xff',
               '\u00e9', '\u2028\u2029', '\u200b\u200e\ufeff', '\ud800', '\udfff', '\U0001F600', '\U000E0001', '\U0010FFFF',
               '\uffff', '\u0378', '\u3000', '\u1680', 'caf\u00e9 \u4e2d\u6587', '\U0001F9FF', '\U000F0000', "'\"'"]
    for _ in range(3000):
        n = rng.randint(0, 6)
        cs = []
        for _ in range(n):
            r = rng.random()
            if r < 0.4:
                cs.append(chr(rng.randint(0, 127)))
            elif r < 0.7:
                cs.append(chr(rng.randint(128, 0xFFFF)))
            else:
                cs.append(chr(rng.randint(0x10000, 0x10FFFF)))
        samples.append(''.join(cs))
    # sweep through the BMP and beyond in steps for printability coverage
    for cp in range(0, 0x110000, 151):
        samples.append(chr(cp))
    for s in samples:
        rs.append([s, repr(s), ascii(s)])
    fx['reprStr'] = rs

    # repr(int), hex/oct/bin
    rint = []
    for v in ints + [-0, 10 ** 4299, -(10 ** 4299)]:
        rint.append([hex(v), run(lambda: repr(v)), hex(v), oct(v), bin(v)])
    fx['reprInt'] = rint

    # str % args
    fx['percent'] = percent_cases()

    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'fixtures.json')
    with open(path, 'w') as fh:
        json.dump(fx, fh, ensure_ascii=True, separators=(',', ':'))
        fh.write('\n')
    print({k: len(v) for k, v in fx.items()}, 'total', sum(len(v) for v in fx.values()))


# ------------------------------------------------------------------------------------------------ percent

def enc(v):
    """Tagged JSON encoding of a %-format argument."""
    if isinstance(v, bool):
        return {'b': v}
    if isinstance(v, int):
        return {'i': hex(v)}
    if isinstance(v, float):
        return {'f': bits(v)}
    if isinstance(v, str):
        return {'s': v}
    if v is None:
        return {'n': None}
    if isinstance(v, list):
        return {'l': [enc(x) for x in v]}
    if isinstance(v, tuple):
        return {'T': [enc(x) for x in v]}
    if isinstance(v, dict):
        return {'d': [[k, enc(x)] for k, x in v.items()]}
    raise TypeError(v)


def percent_cases():
    cases = []

    def add(fmt, args):
        r = run(lambda: fmt % args)
        if isinstance(args, tuple):
            cases.append([fmt, {'t': [enc(a) for a in args]}, r])
        else:
            cases.append([fmt, enc(args), r])

    fixed = [
        ('%d', (5,)), ('%d', 5), ('%i', (-5,)), ('%u', (5,)), ('%5d|', (42,)), ('%-5d|', (42,)), ('%05d', (-42,)),
        ('%+d', (5,)), ('% d', (5,)), ('%+05d', (5,)), ('%-05d|', (-3,)), ('%.3d', (7,)), ('%8.3d', (-7,)),
        ('%x', (255,)), ('%X', (255,)), ('%#x', (255,)), ('%#X', (255,)), ('%#o', (8,)), ('%o', (-8,)),
        ('%#010x', (255,)), ('%#10x|', (255,)), ('%-#10x|', (255,)), ('%#.5x', (255,)), ('%+#x', (255,)),
        ('%+05x', (255,)), ('%#5o', (-8,)), ('%d', (2.7,)), ('%d', (-2.7,)), ('%x', (2.7,)), ('%d', ('a',)),
        ('%x', ('a',)), ('%d', (True,)), ('%x', (True,)), ('%d', (None,)), ('%d', (float('inf'),)),
        ('%d', (float('nan'),)), ('%d', (10 ** 30,)), ('%x', (-(2 ** 70),)), ('%.40d', (3,)),
        ('%f', (1.5,)), ('%.2f', (2.675,)), ('%.0f', (0.5,)), ('%.0f', (1.5,)), ('%e', (12345.678,)),
        ('%E', (1e-10,)), ('%g', (1e-5,)), ('%g', (123456789.0,)), ('%G', (1e-20,)), ('%#g', (1.0,)),
        ('%#.0f', (3.0,)), ('%#.0e', (3.0,)), ('%10.3f|', (-3.14159,)), ('%-10.3f|', (3.14159,)),
        ('%010.3f', (-3.14159,)), ('%+.2e', (0.0,)), ('% .2e', (-0.0,)), ('%f', (float('inf'),)),
        ('%05f', (float('inf'),)), ('%-6f|', (float('nan'),)), ('%+f', (float('nan'),)), ('%F', (float('inf'),)),
        ('%f', (5,)), ('%f', (10 ** 400,)), ('%f', ('1.5',)), ('%f', (None,)), ('%.120f', (0.1,)),
        ('%g', (True,)), ('%.3g', (2 ** 60,)),
        ('%s', ('abc',)), ('%10s|', ('abc',)), ('%-10s|', ('abc',)), ('%.2s', ('abc',)), ('%5.1s|', ('abc',)),
        ('%s', (1.5,)), ('%s', (None,)), ('%s', (True,)), ('%s', ([1, 'a'],)), ('%r', ('a',)), ('%r', ("it's",)),
        ('%a', ('\u00e9',)), ('%s', ('\u00e9\U0001F600',)), ('%.1s|', ('\U0001F600x',)), ('%5s|', ('\U0001F600',)),
        ('%r', (1.5,)), ('%a', (1e100,)), ('%s', (10 ** 20,)), ('%5s', (7,)), ('%05s', ('ab',)), ('%+s', ('ab',)),
        ('%c', ('a',)), ('%c', (97,)), ('%c', (0x1F600,)), ('%c', ('ab',)), ('%c', (-1,)), ('%c', (0x110000,)),
        ('%c', (2 ** 70,)), ('%c', (1.5,)), ('%5c|', ('x',)), ('%-5c|', (120,)), ('%c', (True,)),
        ('%%', ()), ('100%%', ()), ('%5%', ()), ('%5%', (1,)), ('%', ()), ('abc%', ()), ('%5', (1,)), ('%.', (1,)),
        ('%-', (1,)), ('%0', (1,)), ('%.*', (1,)), ('%*', ()), ('%*', (5,)),
        ('%*d|', (5, 42)), ('%-*d|', (5, 42)), ('%*d|', (-5, 42)), ('%.*f', (2, 3.14159)), ('%.*f', (-2, 3.14159)),
        ('%*.*f|', (10, 3, 3.14159)), ('%*d', (1.0, 2)), ('%.*f', ('x', 1.0)), ('%*d', (True, 2)),
        ('%z', (1,)), ('%z', ()), ('%\U0001F600', (1,)), ('%\x00', (1,)), ('ab%yc', (1,)), ('%\u00e9', (1,)),
        ('\u00e9\U0001F600%q', (1,)), ('%ld', (5,)), ('%hd', (5,)), ('%Lf', (1.5,)), ('%l', (5,)),
        ('%s %s', (1,)), ('%s', (1, 2)), ('abc', (1,)), ('abc', ()), ('abc', 5), ('abc', [1]), ('abc', {'a': 1}),
        ('%s', ()), ('%s', ((1, 2),)), ('%s', {'a': 1}), ('%s', [1, 2]),
        ('%(a)s', {'a': 1}), ('%(a)s %(b)r', {'a': 1, 'b': 'x'}), ('%(a)05.1f', {'a': 2.25}),
        ('%(a)s %s', {'a': 1}), ('%(a', {'a': 1}), ('%(a)', {'a': 1}), ('%(a)s', (1,)), ('%(a)s', 5),
        ('%(b)s', {'a': 1}), ('%((a))s', {'(a)': 2}), ('%(a)s%%', {'a': 1}), ('%(a)*d', {'a': 1}),
        ('%(a)s', [1]), ('%s %(a)s', {'a': 1}), ('%(a)d', {'a': 'x'}),
        ('%d%%%s', (1, 'x')), ('%-+8.3e|', (12345.6789,)), ('% 010.2f', (3.14159,)), ('%+ d', (5,)),
        ('%#8.3g|', (0.0001234,)), ('%#x', (0,)), ('%#o', (0,)), ('%.0d', (0,)), ('%.0x', (0,)),
        ('%s', ('',)), ('%.0s|', ('abc',)), ('%3.0s|', ('abc',)),
    ]
    for fmt, args in fixed:
        add(fmt, args)

    # random numeric cases
    pool = float_pool(600)
    for _ in range(6000):
        flags = ''.join(rng.choice(['', '', '-', '+', ' ', '#', '0']) for _ in range(rng.randint(0, 3)))
        width = rng.choice(['', '', str(rng.randint(0, 20))])
        prec = rng.choice(['', '', '.' + str(rng.choice([0, 1, 2, 3, 6, 10, 17, 25]))])
        conv = rng.choice('diuoxXeEfFgGsrac')
        if conv in 'diuoxXc':
            v = rng.choice([rng.randint(-10 ** 6, 10 ** 6), rng.randint(-10 ** 30, 10 ** 30), 0, rng.randint(0, 0x10FFFF)])
        elif conv in 'eEfFgG':
            v = rng.choice(pool)
        else:
            v = rng.choice(['abc', "it's", '\u00e9x', 12, -1.5, None, True, '\U0001F600z'])
        add('<%' + flags + width + prec + conv + '>', (v,))
    return cases


if __name__ == '__main__':
    main()
