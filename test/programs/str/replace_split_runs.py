# str.replace with every count and with `$` in the texts (special in JS replacement strings), and
# split() on runs of all of Python's whitespace characters
s = "a$b,c,,d$&,$1,$$"
for old, new in [(",", "$&"), (",", "$1"), ("$", "$$"), ("$&", "x"), (",", ""), ("", "-"), ("zz", "y"), ("a$b", "$`"), (",", "$'")]:
    print(repr(s.replace(old, new)), repr(s.replace(old, new, 1)), repr(s.replace(old, new, 0)), repr(s.replace(old, new, -1)), repr(s.replace(old, new, 2)))
print("aaaa".replace("aa", "a"), "aaaa".replace("a", "aa", 3), "é𝄞é𝄞".replace("𝄞", "!"), "𝄞𝄞".replace("", "|"), "ab".replace("", "$", 2))
line = "  Alpha beta,GAMMA delta; Epsilon zeta eta THETA iota Kappa  "
for i in range(3):
    t = line.replace("a", str(i)).replace(",", " ").replace(";", " ")
    print(t.split(), len(t.split()))
ws = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2005\u200a\u2028\u2029\u202f\u205f\u3000"
text = ws.join(["one", "two", "", "three"]) + ws
print(text.split(), text.split(None, 1), text.split(maxsplit=2), text.rsplit(None, 1))
print("".split(), ws.split(), "x".split(), " x ".split(), "\u200b".split(), "a\u200bb c".split())
for n in range(-1, 4):
    print(n, "  a b  c d ".split(None, n), "  a b  c d ".rsplit(None, n))
