# len(), slicing and indexing of long texts, with and without characters outside the BMP: equal-sized
# texts asked about in turn, a lone surrogate, and slices cut across astral characters.
a = "x" * 2000 + "\U0001F600"
b = "y" * 2000 + "ab"
c = "z" * 1999 + "\u2014" + "\U0001F600"
for s in (a, b, a, c, b, c):
    print(len(s), s[-1] == "\U0001F600", s[1998:], len(s[5:-1]))
t = ("caf\u00e9 \u2014 na\u00efve \U0001F40D " * 500)
print(len(t), t[:12], t[-6:], t[1000:1010], t[::997])
print([t[i] for i in range(0, len(t), 1501)])
u = "q" * 3000 + "\ud800" + "r" * 10
print(len(u), repr(u[2998:3003]), u.count("r"), len(repr(u)))
words = t.split()
print(len(words), sum(len(w) for w in words), max(words, key=len))
print(t.find("\U0001F40D", 5000), t.index("na\u00efve", 7000), t.rfind("caf"), t.startswith("\u2014", 5))
