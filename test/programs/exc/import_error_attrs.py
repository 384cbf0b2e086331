# ImportError and ModuleNotFoundError: msg, name and path, from the import system and from user code
try:
    import nosuchmod
except ImportError as e:
    print(type(e).__name__, e.name, e.path, e.msg, e.args, str(e), repr(e))
e = ImportError("boom", name="m", path="/x")
print(e.name, e.path, e.msg, e.args, str(e), repr(e))
e2 = ImportError("a", "b")
print(e2.msg, e2.name, str(e2))
e3 = ModuleNotFoundError()
print(e3.msg, e3.name, repr(str(e3)))
try:
    ImportError("x", bogus=1)
except TypeError as t:
    print("TypeError:", t)
try:
    from os import nothing_here
except ImportError as e:
    print(e.name, e.msg[:30])
