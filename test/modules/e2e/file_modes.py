# open(): text/binary/'+' modes, positions, newlines and errors (in a fresh temp directory)
import os
import tempfile

d = tempfile.mkdtemp(prefix="ndpy_e2e_")
p = os.path.join(d, "t.txt")


def show(f):
    print(repr(f).replace(d, "<d>"))


with open(p, "w") as f:
    show(f)
    print(f.write("alpha\r\nbeta\rgamma\nδelta\n"), f.mode, f.name == p, f.closed)
print(f.closed)
with open(p) as f:
    print(repr(f.read()), f.tell())
    f.seek(0)
    print(repr(f.readline()), f.tell(), repr(f.readline(3)), repr(f.readline()))
    print(f.readlines())
with open(p, newline="") as f:
    print(list(f))
with open(p, newline="\n") as f:
    print([line for line in f])
with open(p, "rb") as f:
    show(f)
    print(f.read(7), f.tell(), f.readline(), f.read())
with open(p, "r+") as f:
    print(f.write("ALP"), f.seek(0), repr(f.read(4)), f.tell())
with open(p, encoding="utf-8") as f:
    show(f)
    print(repr(f.read(12)), f.encoding)
with open(p, "a+") as f:
    f.write("tail")
    f.seek(0)
    print(repr(f.read()))
with open(p, "w+b") as f:
    f.write(b"0123456789")
    f.seek(3)
    print(f.read(2), f.seek(-2, 2), f.read(), f.tell())
    f.seek(0)
    f.truncate(4)
    print(f.read())
with open(p, "ab") as f:
    print(f.write(bytes([255, 0])), f.tell())
with open(p, "rb") as f:
    print(f.read())
try:
    with open(p) as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
with open(p, errors="replace") as f:
    print(repr(f.read()))
with open(os.path.join(d, "x.txt"), "x") as f:
    f.writelines(["a\n", "b\n"])
for bad in [lambda: open(os.path.join(d, "x.txt"), "x"), lambda: open(os.path.join(d, "nope.txt")), lambda: open(d),
            lambda: open(p, "rw"), lambda: open(p, "rbt"), lambda: open(p, "q"), lambda: open(p, "rb", encoding="utf-8"),
            lambda: open(p, newline="x"), lambda: open(p, "w").read(), lambda: open(p).write("x"), lambda: open(p, "wb").write("s"),
            lambda: open(p, "w").write(b"s")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", str(e).replace(d, "<d>"))
f = open(p)
f.close()
for op in [f.read, f.readline, lambda: next(iter(f)), f.tell, lambda: f.seek(0)]:
    try:
        op()
    except ValueError as e:
        print("ValueError:", e)
try:
    open(os.path.join(d, "missing", "x.txt"), "w")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename.replace(d, "<d>"), e.args)
try:
    open(p).write("x")
except OSError as e:
    print(type(e).__mro__[1:3])
for name in sorted(os.listdir(d)):
    os.remove(os.path.join(d, name))
os.rmdir(d)
print(os.path.exists(d))
