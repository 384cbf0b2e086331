# inspect: signatures (str, parameters, bind), the predicates, getdoc / cleandoc, getmembers, getfullargspec
import inspect, functools, asyncio
from typing import List, Optional
def f(a, b: int = 2, *args, c, d: str = 'x', **kw) -> bool:
    """Do a thing.

        Indented more.
    Back.
    """
def g(x, /, y, *, z=3): pass
def gen(): yield 1
async def co(): return 1
lam = lambda p, q=1: p
class Base:
    """Base docs."""
    def method(self, v):
        """Method docs."""
    @classmethod
    def cm(cls, w=0): pass
    @staticmethod
    def sm(s, t): pass
class Child(Base):
    def __init__(self, name: str, age: int = 0): pass
    def method(self, v): pass
    def __call__(self, n, *rest): pass
class Plain: pass
sig = inspect.signature(f)
print(sig, repr(sig))
print(inspect.signature(g), inspect.signature(lam), inspect.signature(gen))
for name, p in sig.parameters.items():
    print(name, p.kind, p.kind.description, p.default is p.empty, p.annotation, repr(p), str(p))
print(sig.return_annotation, inspect.Parameter.empty, sig.parameters['b'].default)
print(inspect.signature(Child), inspect.signature(Child('a')), inspect.signature(Child.method), inspect.signature(Child('x').method))
print(inspect.signature(Base.cm), inspect.signature(Base.sm), inspect.signature(Plain))
print(inspect.signature(functools.partial(f, 1, c=5)))
print(inspect.signature(functools.partial(g, 1)))
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k): return fn(*a, **k)
    return wrapper
@deco
def wrapped(alpha, beta=[1, 2]): pass
print(inspect.signature(wrapped), inspect.signature(wrapped, follow_wrapped=False))
def h(u: List[int], v: Optional[str] = None, w: 'Fwd' = 1, x: list[int] = (), y: Child = None): pass
print(inspect.signature(h))
ba = sig.bind(1, 2, 3, 4, c=5, e=6)
print(ba, ba.args, ba.kwargs)
ba = sig.bind(10, c=1)
ba.apply_defaults()
print(ba.arguments)
for call in [lambda: sig.bind(), lambda: sig.bind(1), lambda: inspect.signature(g).bind(x=1, y=2),
             lambda: inspect.signature(lam).bind(1, 2, 3), lambda: inspect.signature(lam).bind(1, r=2),
             lambda: inspect.signature(lam).bind(1, 2, p=3)]:
    try: call()
    except TypeError as e: print('TypeError:', e)
print(inspect.signature(g).bind_partial(1))
print(inspect.isfunction(f), inspect.isfunction(len), inspect.isbuiltin(len), inspect.isclass(Child), inspect.isclass(f))
print(inspect.ismethod(Child('a').method), inspect.ismethod(Child.method), inspect.isroutine(f), inspect.ismodule(inspect))
print(inspect.isgeneratorfunction(gen), inspect.isgeneratorfunction(f), inspect.isgenerator(gen()), inspect.isgenerator(gen))
print(inspect.iscoroutinefunction(co), inspect.iscoroutinefunction(gen), inspect.iscoroutinefunction(f))
c = co(); print(inspect.iscoroutine(c), inspect.isawaitable(c)); c.close()
print(inspect.getdoc(f))
print(repr(inspect.getdoc(Child)), inspect.getdoc(Child.method), inspect.getdoc(Child('q').method))
print(repr(inspect.cleandoc('''
    First
      second
    third
''')))
print([n for n, v in inspect.getmembers(Child, inspect.isfunction)])
print([n for n, v in inspect.getmembers(Child('z'), inspect.ismethod)])
class Pt:
    def __init__(self): self.x = 1; self.y = 2
print([(n, v) for n, v in inspect.getmembers(Pt()) if not n.startswith('_')])
print(inspect.getmro(Child) == Child.__mro__, inspect.unwrap(wrapped).__name__)
print(inspect.getfullargspec(f))
print(inspect.getcallargs(f, 1, c=2))
print(inspect.Parameter('z', inspect.Parameter.KEYWORD_ONLY, default=3))
s2 = inspect.Signature([inspect.Parameter('a', inspect.Parameter.POSITIONAL_OR_KEYWORD), inspect.Parameter('b', inspect.Parameter.KEYWORD_ONLY, default=None)], return_annotation=int)
print(s2, s2 == s2.replace(), s2.replace(return_annotation=inspect.Signature.empty))
try: inspect.Signature([inspect.Parameter('a', 1, default=1), inspect.Parameter('b', 1)])
except ValueError as e: print(e)
try: inspect.signature(3)
except TypeError as e: print(e)
print(str(inspect.Parameter.VAR_KEYWORD), int(inspect.Parameter.KEYWORD_ONLY))
import abc
class A(abc.ABC):
    @abc.abstractmethod
    def run(self): ...
print(inspect.isabstract(A), inspect.isabstract(Child))
print(inspect.signature(print) if False else 'skip')
