# os.listdir, os.remove, os.makedirs, os.rmdir in a temp directory
import os
import tempfile
base = tempfile.mkdtemp()
print(os.path.isdir(base), os.listdir(base))
nested = os.path.join(base, "a", "b", "c")
os.makedirs(nested)
print(os.path.isdir(nested), os.listdir(base), os.listdir(os.path.join(base, "a")))
os.makedirs(nested, exist_ok=True)
try:
    os.makedirs(nested)
except FileExistsError:
    print("FileExistsError")
for name in ["z.txt", "y.txt", "x.dat"]:
    with open(os.path.join(base, name), "w") as f:
        f.write(name)
print(sorted(os.listdir(base)))
print(sorted(n for n in os.listdir(base) if n.endswith(".txt")))
print(os.path.isfile(os.path.join(base, "x.dat")), os.path.isdir(os.path.join(base, "x.dat")))
os.remove(os.path.join(base, "x.dat"))
print(sorted(os.listdir(base)))
try:
    os.remove(os.path.join(base, "x.dat"))
except FileNotFoundError:
    print("FileNotFoundError on remove")
os.mkdir(os.path.join(base, "single"))
os.rename(os.path.join(base, "z.txt"), os.path.join(base, "single", "moved.txt"))
print(os.listdir(os.path.join(base, "single")))
with open(os.path.join(base, "single", "moved.txt")) as f:
    print(f.read())
for root in [os.path.join(base, "a", "b", "c"), os.path.join(base, "a", "b"), os.path.join(base, "a")]:
    os.rmdir(root)
os.remove(os.path.join(base, "single", "moved.txt"))
os.rmdir(os.path.join(base, "single"))
os.remove(os.path.join(base, "y.txt"))
print(os.listdir(base))
os.rmdir(base)
print(os.path.exists(base))
