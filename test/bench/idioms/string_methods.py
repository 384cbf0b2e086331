# str methods in loops: lower/upper/strip/startswith/replace/find/in, join and split
base = "  Alpha beta,GAMMA delta; Epsilon zeta eta THETA iota Kappa  "
lines = [base.replace("a", str(i % 10)) for i in range(20000)]
n = 0
out = []
for line in lines:
    s = line.strip()
    low = s.lower()
    if low.startswith("alph") or s.endswith("pp0"):
        n += 1
    if "delta" in low:
        n += 2
    n += low.find("eta") + s.count("E")
    words = low.replace(",", " ").replace(";", " ").split()
    out.append("-".join(w.upper() for w in words[:3]))
    n += len(s.title()) + len(s.swapcase())
joined = "|".join(out)
print(n, len(joined), joined[:60], len(joined.split("|")))
