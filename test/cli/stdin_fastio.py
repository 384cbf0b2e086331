# The fast-input template of competitive programmers (PyRival's FastIO): sys.stdin and sys.stdout replaced by
# objects that read standard input with os.read(0, n) until it returns b'' (sizing reads with os.fstat) and
# collect output in a BytesIO that os.write(1, ...) writes when sys.stdout is flushed -- which, for the
# output printed last, only the interpreter's shutdown does.
import os
import stat
import sys
from io import BytesIO, IOBase

BUFSIZE = 8192


class FastIO(IOBase):
    newlines = 0

    def __init__(self, file):
        self._fd = file.fileno()
        self.buffer = BytesIO()
        self.writable = "x" in file.mode or "r" not in file.mode
        self.write = self.buffer.write if self.writable else None

    def read(self):
        while True:
            b = os.read(self._fd, max(os.fstat(self._fd).st_size, BUFSIZE))
            if not b:
                break
            ptr = self.buffer.tell()
            self.buffer.seek(0, 2), self.buffer.write(b), self.buffer.seek(ptr)
        self.newlines = 0
        return self.buffer.read()

    def readline(self):
        while self.newlines == 0:
            b = os.read(self._fd, max(os.fstat(self._fd).st_size, BUFSIZE))
            self.newlines = b.count(b"\n") + (not b)
            ptr = self.buffer.tell()
            self.buffer.seek(0, 2), self.buffer.write(b), self.buffer.seek(ptr)
        self.newlines -= 1
        return self.buffer.readline()

    def flush(self):
        if self.writable:
            os.write(self._fd, self.buffer.getvalue())
            self.buffer.truncate(0), self.buffer.seek(0)


class IOWrapper(IOBase):
    def __init__(self, file):
        self.buffer = FastIO(file)
        self.flush = self.buffer.flush
        self.writable = self.buffer.writable
        self.write = lambda s: self.buffer.write(s.encode("ascii"))
        self.read = lambda: self.buffer.read().decode("ascii")
        self.readline = lambda: self.buffer.readline().decode("ascii")


print("size known:", os.fstat(0).st_size >= 0, stat.S_ISDIR(os.fstat(1).st_mode))
sys.stdin, sys.stdout = IOWrapper(sys.stdin), IOWrapper(sys.stdout)
input = lambda: sys.stdin.readline().rstrip("\r\n")

n = int(input())
total = 0
for _ in range(n):
    a, b = map(int, input().split())
    total += a * b
print(n, total)
m = int(input())
print(*(input() for _ in range(m)))
rest = sys.stdin.read().split()
print(len(rest), rest[:3], rest[-2:])
print(os.write(1, b"written directly\n") if False else "last line, flushed at exit")
for bad in [lambda: os.read(0, -1), lambda: os.write(9, b"x"), lambda: os.fstat(9), lambda: os.write(1, "str")]:
    try:
        bad()
    except (OSError, TypeError) as e:
        print(type(e).__name__, e)
