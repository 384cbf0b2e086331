# weakref: refs, proxies, WeakMethod, weak containers and finalize (run through atexit._run_exitfuncs); no object dies here
import weakref, atexit
class Obj:
    def __init__(self, name): self.name = name
    def hello(self): return 'hi ' + self.name
    def __repr__(self): return 'Obj(%r)' % self.name
a = Obj('a')
r = weakref.ref(a)
print(r() is a, r() == a, weakref.ref(a) is r, r == weakref.ref(a), hash(r) == hash(a), r.__callback__)
print(weakref.getweakrefcount(a), len(weakref.getweakrefs(a)))
r2 = weakref.ref(a, lambda ref: print('cb'))
print(r2 is r, r2 == r, weakref.getweakrefcount(a), type(r) is weakref.ReferenceType, weakref.ref is weakref.ReferenceType)
for v in [1, 'x', (1,), [1], {}, 1.5, None, b'', set(), frozenset(), lambda: 0, Obj]:
    try: weakref.ref(v); print(type(v).__name__, 'ok')
    except TypeError as e: print(e)
class L(list): pass
class S: __slots__ = ('x',)
class SW: __slots__ = ('x', '__weakref__')
for v in [L(), S(), SW()]:
    try: weakref.ref(v); print(type(v).__name__, 'ok')
    except TypeError as e: print(e)
p = weakref.proxy(a)
print(p.name, p.hello(), str(p), type(p) is weakref.ProxyType, isinstance(p, weakref.ProxyTypes))
p.extra = 42
print(a.extra)
try: hash(p)
except TypeError as e: print('TypeError')
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __radd__(self, o): return Num(o + self.v)
    def __eq__(self, o): return isinstance(o, Num) and o.v == self.v
    def __hash__(self): return hash(self.v)
    def __len__(self): return self.v
    def __call__(self, x): return x * self.v
n = Num(3)
pn = weakref.proxy(n)
print((pn + 1).v, (1 + pn).v, len(pn), pn(5), pn == Num(3), type(pn) is weakref.CallableProxyType)
wm = weakref.WeakMethod(a.hello)
print(wm()(), wm().__self__ is a)
cache = weakref.WeakValueDictionary()
cache['a'] = a
b = Obj('b')
cache['b'] = b
print(len(cache), 'a' in cache, cache['a'], sorted(cache.keys()), cache.get('zz'), list(cache.items()))
del cache['b']
print(len(cache), dict(cache))
wk = weakref.WeakKeyDictionary()
wk[a] = 1
wk[n] = 2
print(len(wk), wk[a], a in wk, 5 in wk, list(wk.values()))
ws = weakref.WeakSet()
ws.add(a); ws.add(n); ws.add(a)
print(len(ws), a in ws, 3 in ws)
ws.discard(n)
print(list(ws), ws | weakref.WeakSet([n]) == weakref.WeakSet([a, n]))
try: cache['x'] = 5
except TypeError as e: print(e)
def cleanup(name, how='now'): print('cleanup', name, how)
f = weakref.finalize(a, cleanup, 'a', how='explicit')
print(f.alive, f.atexit, f.peek()[2:])
print(f(), f.alive, f(), f.peek())
f2 = weakref.finalize(n, cleanup, 'n')
c = Obj('c')
f3 = weakref.finalize(c, cleanup, 'c-at-exit')
d = Obj('d')
f4 = weakref.finalize(d, cleanup, 'd-no-exit'); f4.atexit = False
e = Obj('e')
f5 = weakref.finalize(e, cleanup, 'e')
print(f5.detach()[2:], f5.alive)
atexit.register(print, 'atexit after finalizers registered')
print('end of main')
atexit._run_exitfuncs()
print('after exit funcs')
