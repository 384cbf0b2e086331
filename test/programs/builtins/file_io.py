# open() for text and binary files in a temporary directory
import os
import tempfile
d = tempfile.mkdtemp()
path = os.path.join(d, "sample.txt")
with open(path, "w") as f:
    n = f.write("first line\n")
    f.write("second line\n")
    f.writelines(["third\n", "fourth"])
print("wrote", n)
with open(path) as f:
    print(repr(f.read()))
with open(path, "r") as f:
    print(f.readline(), end="")
    print(repr(f.readline()))
    print(f.readlines())
with open(path) as f:
    for i, line in enumerate(f):
        print(i, line.rstrip("\n"))
with open(path, "a") as f:
    f.write("\nappended")
with open(path) as f:
    lines = f.read().splitlines()
print(len(lines), lines[-1])
with open(path, encoding="utf-8") as f:
    print(f.read(5), f.read(6))
bpath = os.path.join(d, "data.bin")
with open(bpath, "wb") as f:
    f.write(bytes([0, 1, 2, 255]))
    f.write(b"\x10abc")
with open(bpath, "rb") as f:
    content = f.read()
print(content, len(content), content[3], list(content[:3]), type(content).__name__)
upath = os.path.join(d, "u.txt")
with open(upath, "w", encoding="utf-8") as f:
    f.write("héllo wörld ✓\n")
with open(upath, "rb") as f:
    raw = f.read()
print(raw, len(raw), raw.decode("utf-8").strip())
f = open(path)
print(f.closed)
f.close()
print(f.closed)
try:
    open(os.path.join(d, "missing.txt"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
try:
    open(os.path.join(d, "missing.txt"))
except OSError:
    print("OSError caught FileNotFoundError")
print(sorted(os.listdir(d)), os.path.getsize(bpath), os.path.exists(path))
for p in (path, bpath, upath):
    os.remove(p)
os.rmdir(d)
print(os.path.exists(d))
