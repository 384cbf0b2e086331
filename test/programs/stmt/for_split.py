# for x in s.split(...): the pieces taken one at a time from a str (interp/lazySplit.ts) must be
# exactly str.split's, and every other receiver or argument must behave as the method does
texts = ["", " ", "a", "a b", "  lead and trail  ", "tab\tnew\nline\r\nfeed\x0cvt\x0b",
         "\x1c\x1d\x1e\x1funit\x85sep\xa0nbsp\u2003em\u3000ideo", "a,b,,c,", ",", "aaa", "x--y----z--"]
for t in texts:
    print(repr(t), [w for w in t.split()], end=" ")
    out = []
    for w in t.split():
        out.append(w)
    pieces = []
    for p in t.split(","):
        pieces.append(p)
    dashes = []
    for p in t.split("--"):
        dashes.append(p)
    aa = []
    for p in t.split("aa"):
        aa.append(p)
    nl = []
    for p in t.split(None):
        nl.append(p)
    print(out == t.split(), pieces == t.split(","), dashes == t.split("--"), aa == t.split("aa"), nl == t.split(None), len(pieces))


class S(str):
    def split(self, sep=None):
        return ["custom", sep]


class Splitter:
    def split(self, sep=" "):
        return iter([sep, sep])


for x in S("a b").split():
    print("sub", x)
for x in S("a,b").split(","):
    print("sub", x)
for x in Splitter().split("!"):
    print("obj", x)
for x in b"a b  c".split():
    print("bytes", x)
for x in "a b c d".split(" ", 1):
    print("maxsplit", x)
for x in "a-b-c".split(sep="-"):
    print("kw", x)
for bad in ["", 5, b","]:
    try:
        for x in "a,b".split(bad):
            print("no")
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
text = "\n".join(f"line {i}" for i in range(10))
n = 0
for line in text.split("\n"):
    text = "changed"
    n += 1
    if line.endswith("7"):
        break
print(n, text)
total = 0
for i, w in enumerate("one two three".split()):
    total += i * len(w)
print(total, [len(p) for p in "x y\tz".split()])
