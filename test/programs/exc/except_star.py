# except* (PEP 654): splitting a group across clauses, naked exceptions, re-raises merged back into
# the original's shape, new exceptions raised from handlers, and the ExceptionGroup API
def show(f):
    try: f()
    except BaseException as e: print(type(e).__name__, repr(e), e.__context__ is not None)
def a():
    try: raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError: raise TypeError("t")
show(a)
def b():
    try: raise ValueError("naked")
    except* TypeError: pass
show(b)
def c():
    try: raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError: print('handled VE')
    except* TypeError: raise
show(c)
def d():
    try: raise ValueError("naked2")
    except* ValueError as e: print('naked caught', repr(e), repr(e.exceptions))
show(d)
def f():
    try: raise ExceptionGroup("eg", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
    except* ValueError as e: print('f', repr(e))
show(f)
def g():
    try: raise ValueError("x")
    except* ValueError: raise KeyError("k")
show(g)
eg = ExceptionGroup("e", [ValueError(1), TypeError(2)])
print(repr(eg), str(eg), eg.message, eg.exceptions, eg.args)
m, r = eg.split(KeyError); print(m, r is eg)
m, r = eg.split(Exception); print(m is eg, r)
print(eg.subgroup(lambda e: isinstance(e, ValueError)), repr(eg.split(ValueError)), repr(eg.split((ValueError, TypeError))))
try: ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e: print(e)
print(type(BaseExceptionGroup("x", [ValueError()])).__name__, type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__, ExceptionGroup.__mro__)
for a in [(1, [ValueError()]), ("m", 5), ("m", []), ("m", [1])]:
    try: ExceptionGroup(*a)
    except Exception as e: print(type(e).__name__, e)
class MyEG(ExceptionGroup):
    def derive(self, excs): return MyEG(self.message + "!", excs)
n = MyEG("my", [ValueError(1), ExceptionGroup("in", [TypeError(2), ValueError(3)])])
print(repr(n.split(ValueError)), isinstance(n, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
