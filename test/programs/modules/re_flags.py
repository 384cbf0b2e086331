# re's flag constants are RegexFlag members (an IntFlag) that print as the module constants:
# re.IGNORECASE, re.IGNORECASE|re.MULTILINE, unknown bits in hex, re.NOFLAG for zero
import re
print(re.IGNORECASE, re.I | re.M, repr(re.S | re.X), str(re.A), re.NOFLAG, re.DEBUG, re.U, re.L)
print(type(re.I), re.I | 1024, re.RegexFlag(0), re.RegexFlag(2 | 8), ~re.I)
print(f"{re.M}", format(re.I), re.I + 1, re.I & re.M, re.I == 2, isinstance(re.M, int), int(re.I | re.M))
print(list(re.RegexFlag)[:4], re.RegexFlag.__mro__[:2])
print(re.compile("a", re.I | re.S), re.compile("a", re.I).flags, re.findall("A", "aA", re.IGNORECASE))
print(re.search("^b", "a\nb", flags=re.M), re.sub("x", "y", "XxX", flags=re.I), re.split("a", "bAc", flags=re.I))
flags = 0
for f in (re.I, re.M):
    flags |= f
print(flags, re.compile("z", flags))
from re import IGNORECASE, compile as rc
print(IGNORECASE, rc(r"\d+", IGNORECASE).pattern, sorted(n for n in re.__all__ if n.isupper()))
