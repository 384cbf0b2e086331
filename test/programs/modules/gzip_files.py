# gzip: compress / decompress (CPython's header for a given mtime, multi-member input, errors), .gz files
# through gzip.open in text and binary modes and GzipFile over a file object, with CPython's bytes
# (the file name in the header, the sync flush text mode makes when it closes)
import gzip, io, os, tempfile, zlib
data = b"Hello gzip world! " * 100
c = gzip.compress(data, mtime=0)
print(len(c), c[:12], c[-8:], gzip.decompress(c) == data)
c9 = gzip.compress(data, compresslevel=6, mtime=1700000000)
print(len(c9), c9[:10], gzip.decompress(c9 + c) == data * 2)
c1 = gzip.compress(b"abc" * 50, 1, mtime=12345)
print(c1)
td = tempfile.mkdtemp()
p = os.path.join(td, "notes.txt.gz")
with gzip.open(p, "wt", encoding="utf-8") as f:
    f.write("line one\nline two\nünïcödé\n")
    f.writelines(["a\n", "b\n"])
with gzip.open(p, "rt", encoding="utf-8") as f:
    print(f.read())
with gzip.open(p, "rt") as f:
    for line in f:
        print(repr(line))
with gzip.open(p, "rb") as f:
    print(f.readline(), f.read(5), f.read())
with open(p, "rb") as f:
    raw = f.read()
print(raw[:3], raw[3], raw[10:20], len(raw), gzip.decompress(raw))
pb = os.path.join(td, "data.bin.gz")
with gzip.GzipFile(pb, "wb", mtime=0) as g:
    g.write(b"\x00\x01" * 1000)
with open(pb, "rb") as f:
    print(f.read())
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as g:
    g.write(b"in memory " * 10)
print(buf.getvalue())
print(gzip.GzipFile(fileobj=io.BytesIO(buf.getvalue())).read())
for bad in [b"plain", c[:20], b""]:
    try:
        print(gzip.decompress(bad))
    except (gzip.BadGzipFile, EOFError) as e:
        print(type(e).__name__, e)
try: gzip.open(p, "rbt")
except ValueError as e: print(e)
co = zlib.compressobj(6)
a = co.compress(b"sync flushed data " * 30)
b = co.flush(zlib.Z_SYNC_FLUSH)
c = co.flush()
print(len(a), len(a + b + c), (a + b + c)[-12:], zlib.decompress(a + b + c)[:20])
co = zlib.compressobj(1)
print(co.compress(b"") + co.flush(zlib.Z_SYNC_FLUSH) + co.flush())
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as g:
    g.write(b"abc" * 3000)
    g.flush()
print(len(buf.getvalue()), buf.getvalue()[-20:])
big = "".join(f"row {i}: {'x' * (i % 50)}\n" for i in range(2000))
buf = io.BytesIO()
with gzip.open(buf, "wt") as f:
    f.write(big)
print(len(buf.getvalue()), gzip.decompress(buf.getvalue()).decode() == big)
