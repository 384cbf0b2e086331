# os.scandir: DirEntry objects (name, path, is_file/is_dir, stat) from an iterator that is also a
# context manager
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    for n, text in [("a.py", "print(1)\n"), ("notes.txt", "hello world\n"), ("z.py", "")]:
        with open(os.path.join(d, n), "w") as fh:
            fh.write(text)
    os.mkdir(os.path.join(d, "pkg"))
    with os.scandir(d) as it:
        entries = sorted(it, key=lambda e: e.name)
    for e in entries:
        print(e.name, e.path == os.path.join(d, e.name), e.is_file(), e.is_dir(), e.is_symlink(),
              e.stat().st_size if e.is_file() else "-", os.fspath(e) == e.path)
    print(repr(entries[0]), type(entries[0]).__name__)
    print(sorted(e.name for e in os.scandir(d) if e.name.endswith(".py")))
    print(sum(e.stat().st_size for e in os.scandir(d) if e.is_file()))
    it = os.scandir(d)
    print(type(it).__name__, iter(it) is it, len(list(it)), next(it, "done"))
    it.close()
    try:
        os.scandir(os.path.join(d, "missing"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)
