# Private names (__x) inside a class are mangled to _Class__x: attributes, methods, nested classes,
# parameters, locals, except targets; __name__ stays unmangled; keyword arguments are not mangled.
class AA:
    __cls = 5
    def __init__(self): self.__priv = 1
    def get(self): return self.__priv, self.__cls, AA.__cls
    def __m(self): return 'm'
    def call(self): return self.__m()
    @property
    def __p(self): return self.__priv * 10
    @__p.setter
    def __p(self, v): self.__priv = v
    def pp(self):
        self.__p = 7
        return self.__p
    class __In:
        def f(self, __a=3):
            __local = __a + 1
            return [__x for __x in range(__local)]
    def nested(self):
        def __helper(): return 'h'
        try:
            raise ValueError('v')
        except ValueError as __e:
            r = str(__e)
        return __helper(), r, (lambda __q: __q * 2)(4), f"{self.__priv}"
class BB(AA):
    def __init__(self):
        super().__init__(); self.__priv = 2
b = BB()
print(b.get(), b.call(), sorted(k for k in vars(b)), hasattr(AA, '_AA__cls'), hasattr(AA, '_AA__m'))
print(AA._AA__m.__name__, AA._AA__m.__qualname__, AA._AA__In.__name__, AA._AA__In().f(), [k for k in AA.__dict__ if not k.startswith('__')])
print(b.pp(), b._AA__priv, b.nested())
try:
    b.__priv
except AttributeError as e:
    print(e)
class _Under:
    def __init__(self): self.__z = 1
class ___:
    def __init__(self): self.__z = 1
print(vars(_Under()), vars(___()))
def f(**k): return k
class K:
    def g(self): return f(__x=1)
print(K().g())
class Acct:
    def __init__(self, bal): self.__bal = bal
    def dep(self, x):
        self.__bal += x
        return self.__bal
a = Acct(10); print(a.dep(5), a._Acct__bal, a.__dict__)
