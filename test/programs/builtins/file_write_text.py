# text files written line by line: ASCII and non-ASCII text mixed, several encodings, tell(), flush,
# append mode and reading the bytes back
import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "out.txt")
with open(p, "w") as f:
    for i in range(5):
        f.write(f"line {i}\n")
    f.write("caf\u00e9 \u2603\n")
    print(f.tell())
    f.write("end\n")
    f.flush()
    print(os.path.getsize(p))
with open(p, "rb") as f:
    print(f.read())
for enc in ("utf-8", "latin-1", "utf-16", "ascii", "cp1252"):
    q = os.path.join(d, enc + ".txt")
    with open(q, "w", encoding=enc) as f:
        f.write("plain ascii\n")
        f.write("x" * 3 + "\n")
        if enc != "ascii":
            f.write("caf\u00e9\n")
    with open(q, "rb") as f:
        data = f.read()
    print(enc, len(data), data[:12])
    with open(q, encoding=enc) as f:
        print(repr(f.read()))
with open(p, "a") as f:
    f.write("appended\n")
with open(p) as f:
    print(f.readlines()[-2:])
try:
    with open(os.path.join(d, "bad.txt"), "w", encoding="ascii") as f:
        f.write("ok\n")
        f.write("caf\u00e9\n")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e.reason, e.start, e.end)
with open(os.path.join(d, "bad.txt"), "rb") as f:
    print(f.read())
with open(os.path.join(d, "nl.txt"), "w", newline="\r\n") as f:
    f.write("a\nb\n")
with open(os.path.join(d, "nl.txt"), "rb") as f:
    print(f.read())
