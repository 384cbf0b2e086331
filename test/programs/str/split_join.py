# str.split with a separator (the exact-size fast path for up to five pieces and the general one),
# join, and str * int
for s in ["", ",", ",,", "a", "a,b", "a,b,c", "a,b,c,d", "a,b,c,d,e", "a,b,c,d,e,f", ",a,,b,", "a,b,c,d,e,f,g,h,i,j,k"]:
    print(repr(s), s.split(","), s.split(",", 2), s.rsplit(",", 1))
for s, sep in [("a::b::c", "::"), ("::", "::"), ("abcabc", "abc"), ("x\U0001F600y\U0001F600", "\U0001F600"), ("aaa", "aa")]:
    print(s.split(sep), len(s.split(sep)))
line = "000123,61.50,item26,xxx"
parts = line.split(",")
parts.append("more")
print(parts, line.split(",")[1:], line.split(",") == parts[:4])
text = "\n".join(f"{i:06d},{i * 0.5:.2f},item{i % 97},{'x' * (i % 5)}" for i in range(5000))
rows = text.split("\n")
print(len(text), len(rows), rows[0], rows[-1], sum(len(r.split(",")) for r in rows))
print("|".join(["a", "b"]), "".join([]), "-".join("abc"), ", ".join(map(str, range(5))))
print("x" * 0, "x" * -1, "ab" * 3, 3 * "ab", "" * 5, "x" * True, "x" * False)
class S(str):
    pass
print(S("a,b").split(","), "-".join([S("p"), "q"]))
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    ",".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
