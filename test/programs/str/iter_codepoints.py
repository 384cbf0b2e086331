# iterating a str yields code points: characters beyond U+FFFF are one item each
s = "a\U0001F600b\U0001D11Ec"
print(len(s), [hex(ord(c)) for c in s])
for ch in "plain ascii":
    print(ch, end="")
print()
print(list("x\u00e9\U0001F600"), len(list("\U0001F600" * 3)))
print(sorted("b\U0001F600a"), max("a\U0001F600"), "".join(reversed("ab\U0001F600")))
it = iter("\U0001F600z")
print(hex(ord(next(it))), next(it))
