# os: errors with errno/filename, makedirs, walk, stat, environ
import os
import tempfile

d = tempfile.mkdtemp()
r = lambda s: str(s).replace(d, "<d>")
os.makedirs(os.path.join(d, "a", "b"))
os.makedirs(os.path.join(d, "a", "b"), exist_ok=True)
with open(os.path.join(d, "a", "f.txt"), "w") as f:
    f.write("12345")
print(os.path.getsize(os.path.join(d, "a", "f.txt")), os.stat(os.path.join(d, "a", "f.txt")).st_size)
print(os.path.isfile(os.path.join(d, "a", "f.txt")), os.path.isdir(os.path.join(d, "a")), os.path.exists(os.path.join(d, "zz")))
for dirpath, dirnames, filenames in os.walk(d):
    print(r(dirpath), sorted(dirnames), sorted(filenames))
for fn, args in [(os.mkdir, (os.path.join(d, "a"),)), (os.rmdir, (os.path.join(d, "a"),)), (os.remove, (os.path.join(d, "a"),)),
                 (os.remove, (os.path.join(d, "nope"),)), (os.listdir, (os.path.join(d, "a", "f.txt"),)),
                 (os.rename, (os.path.join(d, "nope"), os.path.join(d, "x"))), (os.makedirs, (os.path.join(d, "a"),)),
                 (os.rmdir, (os.path.join(d, "a", "f.txt"),)), (os.path.getsize, (os.path.join(d, "nope"),)),
                 (os.mkdir, (os.path.join(d, "q", "r"),))]:
    try:
        fn(*args)
    except OSError as e:
        print(type(e).__name__, e.errno, r(e.strerror), r(e.filename), r(e.filename2), r(e))
for fn, arg in [(os.remove, 1.5), (os.listdir, 2.5), (os.path.join, 3), (os.getenv, 4), (os.path.isdir, 1.5)]:
    try:
        fn(arg)
    except TypeError as e:
        print("TypeError:", e)
os.rename(os.path.join(d, "a", "f.txt"), os.path.join(d, "g.txt"))
print(sorted(os.listdir(d)), os.listdir(os.path.join(d, "a")))
os.remove(os.path.join(d, "g.txt"))
os.rmdir(os.path.join(d, "a", "b"))
os.rmdir(os.path.join(d, "a"))
os.rmdir(d)
print(type(os.environ).__name__ in ("dict", "_Environ"), os.getenv("NDPY_NO_SUCH_VAR"), os.getenv("NDPY_NO_SUCH_VAR", "dflt"))
print(os.name, os.sep, os.linesep == "\n", os.curdir, os.pardir, os.extsep, os.pathsep, os.devnull)
print(os.path.relpath("/a/b/c", "/a/d"), os.path.commonpath(["/x/y/z", "/x/y/w"]), os.path.expanduser("x/~"))
print(os.fspath("p"), type(os.getpid()).__name__)
