import getpass, io, os, sys, warnings
warnings.simplefilter("ignore", getpass.GetPassWarning)
for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
    os.environ.pop(name, None)
os.environ["USERNAME"] = "carol"
print(getpass.getuser())
os.environ["LOGNAME"] = "alice"
print(getpass.getuser())
print(issubclass(getpass.GetPassWarning, UserWarning), getpass.__all__)
sys.stdin = io.StringIO("hunter2\nsecond")
out = io.StringIO()
print(repr(getpass.getpass("Secret: ", stream=out)), repr(out.getvalue()))
out = io.StringIO()
print(repr(getpass.getpass(stream=out)), repr(out.getvalue()))
try:
    getpass.getpass(stream=io.StringIO())
except EOFError:
    print("EOFError")
