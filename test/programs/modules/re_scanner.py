import re
sc = re.Scanner([
    (r"[0-9]+(\.[0-9]+)?", lambda s, t: ("NUM", float(t) if "." in t else int(t))),
    (r"[a-z_]+", lambda s, t: ("NAME", t, s.match.span())),
    (r"[+\-*/=()]", lambda s, t: ("OP", t)),
    (r"#.*", "COMMENT"),
    (r"\s+", None),
])
print(sc.scan("x = 3 + 42.5 * (y - 1) # note"))
print(sc.scan("a $ b"))
print(sc.scan(""))
ci = re.Scanner([(r"select|from", lambda s, t: t.upper()), (r"\w+", lambda s, t: t), (r"\s+", None)], re.I)
print(ci.scan("SELECT name FROM users"))
