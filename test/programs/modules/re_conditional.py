import re
email = re.compile(r"(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)")
for s in ["<user@host.com>", "user@host.com", "<user@host.com", "user@host.com>"]:
    m = email.match(s)
    print(repr(s), m and m.groups())
q = re.compile(r"""^(?P<q>["'])?(?P<body>[^"']*)(?(q)(?P=q))$""")
for s in ['"abc"', "'x'", "plain", '"bad', "'mixed\""]:
    m = q.match(s)
    print(repr(s), m and m.group("body"))
print(re.findall(r"(a)?(?(1)b|c)", "abcacbc"))
print(re.sub(r"(\()?\d+(?(1)\))", "N", "(1) 2 (3 4)"))
print(re.match(r"(a)?(?(1)b)", "ab").group(), re.match(r"(a)?(?(1)b)", "c").group())
print(re.fullmatch(r"(?:(x)|y)(?(1)1|2)", "x1"), re.fullmatch(r"(?:(x)|y)(?(1)1|2)", "y2"), re.fullmatch(r"(?:(x)|y)(?(1)1|2)", "y1"))
print(re.search(r"(?(2)a|b)(c)?(d)", "bd").span())
print(re.match(r"(a)?(?(1)|x)", "x"))
for bad in [r"(?(1)a|b)", r"(a)(?(1)a|b|c)", r"(?(x)a)", r"(a)(?(0)a)", r"(a)(?(-1)a)", r"(a)(?(1a)a)", r"(a)(?(1)a", r"(a)(?()a)", r"(?P<n>a)(?(m)b)"]:
    try:
        re.compile(bad)
        print("ok", bad)
    except re.error as e:
        print(bad, "->", e)
for bad in [r"(?<=(a)\1)b", r"(a)(?<=\1)b", r"(?<=(a)(?(1)b|c))d", r"(?<=(?P<x>a)(?P=x))b", r"(a(?<=\1))", r"(a)(?<=(?(1)a|b))c", r"(?<=a(?(1)b|c))(d)"]:
    try:
        print(re.compile(bad).search("aab aad"))
    except re.error as e:
        print(bad, "->", e)
