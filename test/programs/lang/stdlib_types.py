import types, sys
ns = types.SimpleNamespace(a=1, b="x")
print(ns, ns.a, ns.b)
ns.c = [1, 2]
print(ns, repr(ns))
print(ns == types.SimpleNamespace(a=1, b="x", c=[1, 2]), ns == types.SimpleNamespace(a=1))
print(types.SimpleNamespace())
ns.self = ns
print(ns)
del ns.self
print(vars(ns))
class Sub(types.SimpleNamespace): pass
print(Sub(z=3))
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print(e)
print(type(ns), types.SimpleNamespace)
def f(): pass
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), types.FunctionType is types.LambdaType)
print(isinstance(len, types.BuiltinFunctionType), isinstance(f, types.BuiltinFunctionType))
class C:
    def m(self): return 1
print(isinstance(C().m, types.MethodType))
def g(): yield 1
print(isinstance(g(), types.GeneratorType), isinstance([], types.GeneratorType))
print(types.NoneType, type(None) is types.NoneType)
print(isinstance(sys, types.ModuleType))
m = types.ModuleType('mymod')
m.x = 5
print(m.__name__, m.x, m.__doc__, isinstance(m, types.ModuleType))
m2 = type(sys)('other', 'doc here')
print(m2.__name__, m2.__doc__)
mp = types.MappingProxyType({'a': 1, 'b': 2})
print(mp, mp['a'], len(mp), 'a' in mp, list(mp), mp.get('z', 0), sorted(mp.items()))
try:
    mp['c'] = 3
except TypeError as e:
    print(e)
print(type(mp).__name__, mp == {'a': 1, 'b': 2}, mp.copy())
try:
    types.MappingProxyType([1])
except TypeError as e:
    print(e)
u = int | str
print(isinstance(u, types.UnionType), types.UnionType)
bm = types.MethodType(lambda self, k: (self.v, k), types.SimpleNamespace(v=9))
print(bm(4))
K = types.new_class('K', (C,), None, lambda ns: ns.update({'q': 7}))
print(K.q, K().m(), K.__name__)
print(types.EllipsisType, types.NotImplementedType)
