import sys, io, contextlib
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("hidden", 1, 2)
    print("more", end="!")
print("captured:", repr(buf.getvalue()))
old = sys.stdout
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
    def flush(self): pass
w = W()
sys.stdout = w
print("a", "b", sep="-")
print("c", file=None)
sys.stdout = old
print(w.parts)
print("back")
sys.stdout = None
print("nothing")
sys.stdout = sys.__stdout__
print("restored", flush=True)

def noisy():
    print("from a function")
    return 3
buf2 = io.StringIO()
with contextlib.redirect_stdout(buf2):
    r = noisy()
    print(r, file=None)
print(buf2.getvalue().splitlines())
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("to err", file=sys.stderr)
print(repr(err.getvalue()))
