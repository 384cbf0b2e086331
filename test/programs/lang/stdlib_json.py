import json
data = {'name': 'Ann', 'age': 30, 'tags': ['a', 'b'], 'ok': True, 'none': None, 'pi': 3.14159, 'big': 10**30, 'f': 1.0, 'e': 1e-7, 'neg': -0.0, 'nested': {'x': [1, [2, {}], []]}}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent='\t', sort_keys=True))
print(json.dumps([1, 2, {'a': 1}], indent=0))
print(json.dumps(data, separators=(',', ':'), sort_keys=True))
print(json.dumps('héllo "w" \\ \n\t\x01 \x7f 日本 😀'), json.dumps('héllo 日本 😀\x7f', ensure_ascii=False))
print(json.dumps({1: 'a', 2.5: 'b', True: 'c', None: 'd', False: 'e'}))
print(json.dumps([float('nan'), float('inf'), -float('inf')]), json.dumps((1, 2)), json.dumps(1e16), json.dumps(123456789.123))
try:
    json.dumps(float('nan'), allow_nan=False)
except ValueError as e:
    print('ValueError', e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print('TypeError', e)
print(json.dumps({(1, 2): 3, 'a': 1}, skipkeys=True))
try:
    json.dumps({'s': {1, 2}})
except TypeError as e:
    print('TypeError', e)
print(json.dumps({'s': {3, 1, 2}}, default=sorted))
class P:
    def __init__(self, x): self.x = x
print(json.dumps([P(1), P(2)], default=lambda o: o.__dict__))
a = []; a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print('ValueError', e)
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)
print(json.dumps({'z': 1+2j}, cls=Enc), Enc(indent=1).encode([1]))
try:
    json.dumps(object(), cls=Enc)
except TypeError as e:
    print('TypeError', e)
print(json.loads('{"a": [1, 2.5, "x", null, true, false], "b": {"c": -3e2}}'))
print(json.loads('123456789012345678901234567890'), json.loads('-0'), json.loads('-0.0'), json.loads('1E5'), json.loads(' "\\u00e9\\ud83d\\ude00\\n" '))
print(json.loads('[NaN, Infinity, -Infinity]'), json.loads(b'{"x": 1}'), json.loads('{"a": 1, "a": 2}'))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=list), json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[1.5, 2]', parse_float=str, parse_int=lambda s: int(s) * 10), json.loads('[NaN]', parse_constant=lambda c: c))
for bad in ['', '   ', '{', '{"a"', '{"a" 1}', '{"a": 1,}', '[1,]', '[1 2]', '{a: 1}', 'nul', '"abc', '"a\\qb"', '"a\nb"', '[1]x', '1 2', '\n\n  {"a": tru}', "{'a': 1}", '"\\u12"', '[', '-', '01']:
    try:
        json.loads(bad)
        print('ok?', repr(bad))
    except json.JSONDecodeError as e:
        print(repr(bad), '->', e, '|', e.msg, e.pos, e.lineno, e.colno)
try:
    json.loads(5)
except TypeError as e:
    print('TypeError', e)
print(isinstance(json.JSONDecodeError('m', 'd', 0), ValueError))
s = json.dumps(data, sort_keys=True)
print(json.loads(s) == data)
class Buf:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
    def getvalue(self): return ''.join(self.parts)
    def read(self): return self.getvalue()
buf = Buf()
json.dump({'k': [1, 2]}, buf, indent=2)
print(buf.getvalue())
print(json.load(Buf() if False else type('R', (), {'read': lambda self: '[1, {"z": null}]'})()))
print(json.loads('"x"', strict=False), json.loads('"a\tb"', strict=False))
print(json.dumps({'b': 1, 'a': {'d': 2, 'c': 3}}, sort_keys=True, indent=4))
print(json.dumps(True), json.dumps(None), json.dumps("x"), json.dumps(2**64), json.dumps([]), json.dumps({}))
