# Messages of the call and object protocols: a bad *x / **x argument (naming the callee as CPython's
# _PyObject_FunctionStr does) or display item, a context manager missing __exit__, __len__ too large,
# a non-str __repr__ seen by str(), sequence repetition by an __index__ object, super() argument checks
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__ + ":", e)
class B:
    def __bool__(self): return 1
class L:
    def __len__(self): return -1
class L2:
    def __len__(self): return 2**70
class I:
    def __index__(self): return 3
class F:
    def __format__(self, spec): return f"F[{spec}]"
class H:
    __hash__ = None
class E:
    def __eq__(self, o): return NotImplemented
t(lambda: bool(B())); t(lambda: len(L())); t(lambda: len(L2())); t(lambda: [1, 2, 3, 4][I()]); t(lambda: "abcdef"[I():]); t(lambda: f"{F():>5}")
t(lambda: hash(H())); t(lambda: E() == E()); t(lambda: E() != E()); t(lambda: bin(I())); t(lambda: range(I())); t(lambda: [0] * I())
class D(dict):
    def __missing__(self, k): return k * 2
t(lambda: D()["ab"]); t(lambda: D().get("ab"))
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
t(lambda: list(It())); t(lambda: 2 in It()); t(lambda: sum(It())); t(lambda: sorted(It(), reverse=True))
class GI:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
t(lambda: list(GI())); t(lambda: 20 in GI()); t(lambda: list(reversed(GI())) if hasattr(GI, "__len__") else "nolen")
class SA:
    def __setattr__(self, k, v):
        print("set", k, v); super().__setattr__(k, v.upper() if isinstance(v, str) else v)
    def __getattribute__(self, k):
        if k == "magic": return 42
        return super().__getattribute__(k)
    def __delattr__(self, k): print("del", k)
s = SA(); s.name = "abc"; print(s.name, s.magic); del s.name; print(s.name)
class Init:
    def __init__(self): return 5
t(lambda: Init())
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): print("lt", self.v, o.v); return self.v < o.v
    def __gt__(self, o): print("gt", self.v, o.v); return self.v > o.v
t(lambda: Cmp(1) < Cmp(2)); t(lambda: Cmp(1) > Cmp(2)); t(lambda: Cmp(1) <= Cmp(2))
class Sub(Cmp):
    def __gt__(self, o): print("sub gt"); return True
t(lambda: Cmp(1) < Sub(2))
class NoIter: pass
t(lambda: [*NoIter()]); t(lambda: dict(NoIter())); t(lambda: {**NoIter()}); t(lambda: print(*5)); t(lambda: (lambda **k: k)(**{1: 2}))
def kw(a, b): return a, b
t(lambda: kw(**{"a": 1}, **{"a": 2})); t(lambda: kw(1, **{"a": 2})); t(lambda: kw(*[1, 2, 3]))
class Ctx:
    def __enter__(self): return self
t(lambda: exec("with Ctx(): pass", {"Ctx": Ctx}))
class WithCall:
    def __call__(self, *a, **k): return a, k
t(lambda: WithCall()(1, x=2)); t(lambda: callable(WithCall())); t(lambda: WithCall.__call__.__name__)
class Rep:
    def __repr__(self): return 5
t(lambda: repr(Rep())); t(lambda: str(Rep()))
class StrOnly:
    def __str__(self): return "S!"
t(lambda: [StrOnly()].__repr__()[:12]); t(lambda: f"{StrOnly()}"); t(lambda: "%s" % StrOnly()); t(lambda: str([StrOnly()]).startswith("[<__main__.StrOnly object"))
class NoIter: pass
t(lambda: [*NoIter()]); t(lambda: (*NoIter(),)); t(lambda: {*NoIter()}); t(lambda: dict(NoIter())); t(lambda: {**NoIter()}); t(lambda: print(*5)); t(lambda: print(**5))
def kw(a, b): return a, b
t(lambda: kw(*5)); t(lambda: kw(**5)); t(lambda: kw(**NoIter())); t(lambda: kw(**{"a": 1}, **{"a": 2})); t(lambda: kw(1, **{"a": 2})); t(lambda: kw(1, a=2))
a, *b = [1]; t(lambda: exec("a, b = 5")); t(lambda: exec("a, b = [1, 2, 3]")); t(lambda: exec("a, b, c = [1, 2]")); t(lambda: exec("a, *b, c = [1]"))
class Ctx:
    def __enter__(self): return self
class Ctx2:
    def __exit__(self, *a): pass
t(lambda: exec("with Ctx(): pass", {"Ctx": Ctx})); t(lambda: exec("with Ctx2(): pass", {"Ctx2": Ctx2})); t(lambda: exec("with 5: pass"))
class A2:
    def m(self, a): pass
t(lambda: A2(*5)); t(lambda: A2().m(*5)); t(lambda: 'x'.format(*5)); t(lambda: int(*5)); t(lambda: len(**5)); t(lambda: A2().m(**{'a':1}, **{'a':2})); t(lambda: dict(**{'a':1}, **{'a':2})); t(lambda: (lambda a: 0)(*5)); t(lambda: A2.m(*5)); t(lambda: [].append(*5))
print(A2().m(*[1]), A2().m(**{'a': 2}), [*range(3), *'ab'], (*[1],), {**{'a': 1}, 'b': 2}, print(*[1, 2], **{'sep': '-'}))
class SA_:
    def f(self): return "A"
    @classmethod
    def c(cls): return "Ac"
class B(SA_):
    def f(self): return "B" + super(B, self).f()
    @classmethod
    def c(cls): return "Bc" + super(B, cls).c()
print(B().f(), B.c())
class I(int):
    def __add__(self, o): return super(I, self).__add__(o) * 10
print(I(2) + 3)
for a in [(int, "a"), (1, 2)]:
    try: super(*a)
    except TypeError as e: print(e)
