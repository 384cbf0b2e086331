# __repr__ and __str__
class Both:
    def __repr__(self): return "Both()"
    def __str__(self): return "both as str"
class ReprOnly:
    def __repr__(self): return "ReprOnly!"
class StrOnly:
    def __str__(self): return "str only"
b, r = Both(), ReprOnly()
print(b, repr(b), str(b), [b], (b,), {"k": b})
print(r, str(r), [r], f"{r}", "%s %r" % (r, r))
print(str(StrOnly()), repr(StrOnly()).startswith("<__main__.StrOnly object at 0x"))
class Plain: pass
print(repr(Plain()).startswith("<__main__.Plain object at "))
print(repr(Plain), str(int), repr(len), type(1), type("s"), type(None), type(Plain()))
print(repr([1, "two", 3.0, None, True, (4,), {"five": {6}}]))
print(repr(""), repr("'"), repr(b"\x00\xff"), repr(bytearray(b"ab")))
print(repr({}), repr(set()), repr(frozenset()), repr(()), repr((1,)), repr(range(3)), repr(range(1, 9, 2)))
nested = [1]
nested.append(nested)
print(nested)
dd = {}
dd["self"] = dd
print(dd)
print(str(Exception("msg")), repr(Exception("msg")), repr(ValueError("a", 1)), repr(KeyError("k")), str(KeyError("k")))
print(repr(Ellipsis), repr(NotImplemented), repr(None), repr(True))
class Pt:
    def __init__(self, x): self.x = x
    def __repr__(self): return f"Pt(x={self.x!r})"
print([Pt("a"), Pt(1)], repr(Pt(Pt(2))))
