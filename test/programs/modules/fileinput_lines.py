# fileinput: lines of several files in turn with the running and per-file line numbers, filename(),
# isfirstline(), nextfile() skipping the rest of a file, binary mode, the module-level functions on
# the active input(), and the errors for a bad mode and no active input
import fileinput
import os
import tempfile

d = tempfile.mkdtemp()
a, b = os.path.join(d, "a.txt"), os.path.join(d, "b.txt")
with open(a, "w") as f:
    f.write("a1\na2\na3\n")
with open(b, "w") as f:
    f.write("b1\nb2")
for line in fileinput.input([a, b]):
    print(os.path.basename(fileinput.filename()), fileinput.lineno(), fileinput.filelineno(),
          fileinput.isfirstline(), fileinput.isstdin(), repr(line))
with fileinput.input(files=(a, b)) as fi:
    for line in fi:
        if fi.filelineno() == 2 and fi.filename() == a:
            fi.nextfile()
        print(fi.lineno(), repr(line.rstrip()))
print(list(fileinput.input(b, mode="rb")))
print(sum(len(line) for line in fileinput.FileInput([a])))
try:
    fileinput.FileInput([a], mode="w")
except ValueError as e:
    print("ValueError:", e)
fileinput.close()
try:
    fileinput.lineno()
except RuntimeError as e:
    print("RuntimeError:", e)
os.remove(a)
os.remove(b)
os.rmdir(d)
