# builtin exception classes (and subclasses keeping BaseException.__init__) take no keyword arguments
try:
    ValueError(x=1)
except TypeError as e:
    print(e)
try:
    KeyError("a", b=2)
except TypeError as e:
    print(e)
class E(Exception):
    def __init__(self, *a, **k):
        super().__init__(*a)
        self.k = k
print(E(1, x=2).k, E(1).args)
class E(Exception): pass
try:
    E(1, x=2)
except TypeError as e:
    print(e)
class F(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg)
        self.code = code
print(F("m", code=3).code, repr(F("m", code=3)))
