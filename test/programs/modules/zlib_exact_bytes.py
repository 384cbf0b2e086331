# zlib.compress writes zlib's exact bytes at every level (fast and lazy parsers, stored / fixed /
# dynamic blocks, windows that slide past 32 KiB, blocks split after 16383 symbols), in the zlib, raw
# and gzip formats; decompress, the checksums, compressobj / decompressobj and zlib's errors
import zlib, random
random.seed(1)
words = [b"alpha", b"beta", b"gamma", b"delta", b"epsilon", b"zeta", b"eta", b"theta", b"\n", b" "]
samples = [b"", b"a", b"hello", b"hello world hello world hello", b"abc" * 100, bytes(range(256)) * 3,
           b"The quick brown fox jumps over the lazy dog. " * 50,
           b"".join(random.choice(words) for _ in range(3000)),
           bytes(random.randrange(256) for _ in range(2000))]
for i, s in enumerate(samples):
    print(i, [len(zlib.compress(s, level)) for level in range(-1, 10)])
    print(zlib.compress(s)[:24], zlib.crc32(zlib.compress(s, 1)), zlib.crc32(zlib.compress(s, 9)))
big = [bytes(random.choice(b"ab") for _ in range(70000)), b"".join(random.choice(words) for _ in range(20000))]
for s in big:
    for level in (1, 4, 6, 9):
        c = zlib.compress(s, level)
        print(level, len(c), zlib.crc32(c), zlib.decompress(c) == s)
data = b"To be, or not to be, that is the question: " * 20
for wbits in (9, 12, 15, -15, -9, 31, 25):
    c = zlib.compress(data, 6, wbits)
    print(wbits, len(c), c[:12], c[-8:], zlib.decompress(c, wbits) == data)
print(zlib.decompress(zlib.compress(data, wbits=31), 47) == data, zlib.decompress(zlib.compress(data), 0) == data)
text = "Python zlib example: " + "compression " * 30
comp = zlib.compress(text.encode("utf-8"))
print(len(text), len(comp), f"{len(comp) / len(text):.2%}", comp[:16], zlib.decompress(comp).decode()[:30])
co = zlib.compressobj()
parts = [co.compress(b"first part, "), co.compress(b"second part, " * 10), co.flush()]
print(parts[0], parts[1], len(parts[2]), b"".join(parts) == zlib.compress(b"first part, " + b"second part, " * 10))
co9 = zlib.compressobj(9, zlib.DEFLATED, -15)
raw = co9.compress(data) + co9.flush()
print(len(raw), raw[:8], zlib.decompress(raw, -15) == data)
do = zlib.decompressobj()
out = do.decompress(comp[:10]) + do.decompress(comp[10:] + b"TRAILING")
print(out == text.encode(), do.eof, do.unused_data, do.flush())
for bad in [b"not compressed", comp[:-3], comp[:5], b"x\x9c" + b"\xff" * 10]:
    try:
        zlib.decompress(bad)
    except zlib.error as e:
        print("zlib.error:", e)
try:
    zlib.compress("str")
except TypeError as e:
    print("TypeError:", e)
try:
    zlib.compress(b"x", 12)
except zlib.error as e:
    print("zlib.error:", e)
print(zlib.MAX_WBITS, zlib.Z_BEST_COMPRESSION, zlib.DEFLATED, zlib.crc32(b"a", zlib.crc32(b"b")), zlib.adler32(bytearray(b"abc")), zlib.crc32(memoryview(b"xyz")))
print(zlib.crc32(b"hello"), zlib.adler32(b"hello"), zlib.adler32(b"x" * 100000), zlib.crc32(b"abc", 12345))
print(zlib.compress(bytearray(b"aaaaaaaaaa")), zlib.compress(b"abcabcabc", level=1), zlib.compress(b"", 9))
