# Subclasses of builtin types (float with __new__, int, str, list, dict) and the builtin types that
# cannot be subclassed (bool, NoneType, range, slice, functions); unhashable and missing-key messages
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__ + ":", e)
class Money(float):
    def __new__(cls, v, cur="USD"):
        o = super().__new__(cls, v); o.cur = cur; return o
    def __repr__(self): return f"{float(self):.2f} {self.cur}"
m = Money(3.5, "EUR"); print(m, m + 1, type(m + 1).__name__, m.cur, f"{m:.1f}", round(m), str(m))
t(lambda: type("B", (bool,), {}))
class Pos(int):
    def __new__(cls, v):
        if v < 0: raise ValueError("negative")
        return super().__new__(cls, v)
print(Pos(5) + 1, Pos(3) * Pos(2), isinstance(Pos(1), int)); t(lambda: Pos(-1))
class UStr(str):
    def shout(self): return self.upper() + "!"
u = UStr("hi"); print(u.shout(), u + "x", type(u + "x").__name__, u[0], type(u[0]).__name__, u.upper(), type(u.upper()).__name__, len(u), u == "hi", hash(u) == hash("hi"))
class Stack(list):
    def push(self, x): self.append(x)
    def peek(self): return self[-1]
s = Stack(); s.push(1); s.push(2); print(s, s.peek(), len(s), type(s[:1]).__name__, s + [3], type(s + [3]).__name__, isinstance(s, list))
class Reg(dict):
    def __setitem__(self, k, v): super().__setitem__(k.lower(), v)
r = Reg(); r["A"] = 1; r.update({"B": 2}); print(r, Reg(C=3))
t(lambda: {[1]: 2}); t(lambda: {{}: 1}); t(lambda: set([[1]])); t(lambda: hash({1}))
class EqOnly:
    def __eq__(self, o): return True
t(lambda: hash(EqOnly())); t(lambda: {EqOnly()})
t(lambda: {(1, 2): 0}[(1, 3)]); t(lambda: {"a": 1}["A"]); t(lambda: [].pop(0)); t(lambda: {}.pop("x")); t(lambda: set().remove(3))
for b in ['bool', 'type(None)', 'range', 'slice', 'type(len)', 'type(lambda: 0)']:
    try:
        type('X', (eval(b),), {}); print('ok', b)
    except TypeError as e: print(e)
class A: pass
try:
    class B(A, bool): pass
except TypeError as e: print(e)
