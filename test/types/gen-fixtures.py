#!/usr/bin/env python3
"""Generate test/types/fixtures.json: calls of builtin-type methods and constructors with the results
CPython 3.11 gives, for test/types/types.test.ts. Every expected value comes from here, never by hand.

A case is a call `fn(*args, **kw)`: fn is 'str.split' (the attribute of the builtin type), a type name
('int', 'dict', ...) for its constructor, 'op:|' / 'op:|=' / 'op:==' / 'op:in' for operators, or
'repr'/'len'/'list' for those builtins. Arguments travel tagged (see enc). The result is the repr of the
return value plus the repr of the first argument afterwards (to see mutation), or the exception's type
name and str(). Run: python3 test/types/gen-fixtures.py
"""
import json
import operator
import os
import sys

assert sys.version_info[:2] == (3, 11), 'fixtures are pinned to CPython 3.11 semantics'

# callables passed as arguments (key=, fromkeys, ...): the test defines the same ones in TypeScript
FNS = {
    'len': len,
    'neg': lambda x: -x,
    'lower': str.lower,
    'second': lambda t: t[1],
    'mod3': lambda x: x % 3,
    'boom': lambda x: 1 // 0,
}
FN_NAMES = {id(v): k for k, v in FNS.items()}


class Fn:
    def __init__(self, name):
        self.name = name


def enc(v):
    if v is None or isinstance(v, (bool, str)):
        return v
    if isinstance(v, Fn):
        return {'fn': v.name}
    if isinstance(v, int):
        return {'int': str(v)}
    if isinstance(v, float):
        return {'float': repr(v)}
    if isinstance(v, complex):
        return {'complex': [repr(v.real), repr(v.imag)]}
    if isinstance(v, list):
        return {'list': [enc(x) for x in v]}
    if isinstance(v, tuple):
        return {'tuple': [enc(x) for x in v]}
    if isinstance(v, dict):
        return {'dict': [[enc(k), enc(x)] for k, x in v.items()]}
    if isinstance(v, frozenset):
        return {'frozenset': [enc(x) for x in v]}
    if isinstance(v, set):
        return {'set': [enc(x) for x in v]}
    if isinstance(v, bytes):
        return {'bytes': v.hex()}
    if isinstance(v, bytearray):
        return {'bytearray': v.hex()}
    if isinstance(v, range):
        return {'range': [v.start, v.stop, v.step]}
    if isinstance(v, slice):
        return {'slice': [enc(v.start), enc(v.stop), enc(v.step)]}
    for kind in ('keys', 'values', 'items'):
        if type(v) is type(getattr({}, kind)()):
            return {'view': [kind, enc(dict(v.mapping))]}
    raise TypeError(type(v))


def pydec(v):
    """a fresh Python value from its encoding (so mutation by one case never leaks into another)"""
    if v is None or isinstance(v, (bool, str)):
        return v
    (tag, x), = v.items()
    return {
        'fn': lambda: FNS[x], 'int': lambda: int(x), 'float': lambda: float(x),
        'complex': lambda: complex(float(x[0]), float(x[1])), 'list': lambda: [pydec(i) for i in x],
        'tuple': lambda: tuple(pydec(i) for i in x), 'dict': lambda: {pydec(k): pydec(i) for k, i in x},
        'set': lambda: {pydec(i) for i in x}, 'frozenset': lambda: frozenset(pydec(i) for i in x),
        'bytes': lambda: bytes.fromhex(x), 'bytearray': lambda: bytearray.fromhex(x), 'range': lambda: range(*x), 'slice': lambda: slice(*map(pydec, x)),
        'view': lambda: getattr(pydec(x[1]), x[0])(),
    }[tag]()


def dec(v):
    return FNS[v.name] if isinstance(v, Fn) else v


OPS = {
    '|': operator.or_, '&': operator.and_, '-': operator.sub, '^': operator.xor, '+': operator.add, '%': operator.mod,
    '|=': operator.ior, '&=': operator.iand, '-=': operator.isub, '^=': operator.ixor,
    '==': operator.eq, '!=': operator.ne, '<': operator.lt, '<=': operator.le, '>': operator.gt, '>=': operator.ge,
    'in': lambda a, b: a in b,
}
BUILTINS = {'repr': repr, 'len': len, 'sorted': sorted, 'rev': lambda x: list(reversed(x)), 'hash_eq': lambda a, b: hash(a) == hash(b)}

cases = {}


def canon(r):
    """repr, except that sets (whose order is CPython's hash order) show their sorted element reprs"""
    if isinstance(r, (set, frozenset)):
        return type(r).__name__ + ':' + repr(sorted(repr(x) for x in r))
    return repr(r)


def c(group, fn, *args, **kw):
    if fn.startswith('op:'):
        f = OPS[fn[3:]]
    elif fn in BUILTINS:
        f = BUILTINS[fn]
    else:
        f = eval(fn, {'dict_keys': type({}.keys()), 'dict_items': type({}.items())})
    live = [pydec(enc(a)) for a in args]
    try:
        r = f(*live, **{k: pydec(enc(v)) for k, v in kw.items()})
        res = {'ok': canon(r)}
        if args and isinstance(live[0], (list, dict, set, bytearray)):
            res['self'] = canon(live[0])
    except Exception as e:
        res = {'err': [type(e).__name__, str(e)]}
    cases.setdefault(group, []).append({
        'fn': fn, 'args': [enc(a) for a in args], 'kw': {k: enc(v) for k, v in kw.items()}, **res})


def several(group, fn, selves, *args, **kw):
    for s in selves:
        c(group, fn, s, *args, **kw)


here = os.path.dirname(os.path.abspath(__file__))
for name in sorted(os.listdir(here)):
    if name.startswith('cases_') and name.endswith('.py'):
        exec(open(os.path.join(here, name)).read(), {'c': c, 'several': several, 'Fn': Fn})

with open(os.path.join(here, 'fixtures.json'), 'w') as f:
    json.dump(cases, f, indent=0, ensure_ascii=True)
    f.write('\n')
print({k: len(v) for k, v in cases.items()})
