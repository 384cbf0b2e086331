# OSError(errno, strerror) makes the subclass for that errno (OSError(2, ...) is a FileNotFoundError);
# with a filename (3 to 5 arguments) args keeps only errno and strerror; the ConnectionError family
for args in [(2, "No such"), (13, "denied"), (17, "exists", "f.txt"), (99, "other"), ("x",), (2,), (32, "pipe"), (104, "reset"), (111, "refused")]:
    e = OSError(*args)
    print(type(e).__name__, repr(e), str(e), e.errno, e.strerror, e.filename)
print(issubclass(BrokenPipeError, ConnectionError), ProcessLookupError.__mro__[1].__name__, IOError is OSError)
print([c.__name__ for c in ConnectionError.__subclasses__()])
class MyOS(OSError):
    pass
print(type(MyOS(2, "x")).__name__, type(FileNotFoundError(13, "x")).__name__)
e = OSError(2, "nf", "a", None, "b")
print(repr(e), e, e.filename, e.filename2, e.args)
try:
    raise PermissionError(13, "Permission denied", "/root")
except OSError as e:
    print(type(e).__name__, e, e.args, e.filename)
e = FileNotFoundError("just msg")
print(repr(e), e, e.errno)
try:
    open("/nonexistent/dir/file.txt")
except OSError as e:
    print(type(e).__name__, e, e.args, e.filename)
