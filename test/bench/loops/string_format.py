# string formatting, splitting and joining
lines = []
for i in range(250000):
    lines.append(f"{i:06d},{i * 0.5:.2f},item{i % 97},{'x' * (i % 5)}")
text = "\n".join(lines)
total = 0
names = {}
for line in text.split("\n"):
    parts = line.split(",")
    total += int(parts[0]) + len(parts[3])
    total += int(float(parts[1]))
    names[parts[2]] = names.get(parts[2], 0) + 1
joined = "|".join(sorted(names))
out = " ".join("%s=%d" % (k, names[k]) for k in sorted(names)[:3])
print(total, len(joined), out, text.upper().count("ITEM1"))
