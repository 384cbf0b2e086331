# Standard input with Windows ('\r\n') and old Mac ('\r') line ends: input() and sys.stdin keep the '\r'
# (no newline translation on POSIX), while open(0) in text mode reads them as '\n' (universal newlines).
# With the argument "open0" the whole input is read through open(0) (CPython's sys.stdin reads ahead, so
# one run does not mix the two).
import sys

if sys.argv[1:] == ["open0"]:
    f = open(0)
    print(repr(f.readline()), repr(f.readline()), repr(f.read(3)), repr(f.readline(2)), repr(f.readline()))
    print([line for line in f])
else:
    first = input()
    print(repr(first), len(first), repr(first[::-1]))
    print(repr(sys.stdin.readline()), repr(sys.stdin.read(4)))
    print([line for line in sys.stdin])
