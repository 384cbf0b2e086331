# bytes/bytearray find, rfind, index, rindex and count with every kind of needle (bytes, bytearray, an
# int byte value, empty) and start/end ranges, including negative and out-of-range ones; and a BytesIO
# read line by line over a large buffer (each readline searches from the current position only); and
# split() on ASCII whitespace only, for bytes and bytearray.
import io

b = b"hello world, hello bytes\nline2\n"
for sub in [b"l", b"lo", b"hello", b"", b"zz", ord("o"), b"\n", bytearray(b"wor"), b"line2\n", b"2\n\n"]:
    print(b.find(sub), b.rfind(sub), b.count(sub), b.find(sub, 3), b.rfind(sub, 0, 10), b.count(sub, 2, -3),
          b.find(sub, -5), b.rfind(sub, 30, 100), b.find(sub, 5, 4), b.rfind(sub, -100, 3))
ba = bytearray(b"abracadabra")
print(ba.count(b"abra"), ba.count(b"a"), ba.find(b"cad"), ba.rfind(b"abra"), ba.rindex(b"a", 0, -1), ba.index(98, 2))
print(b"aaaa".count(b"aa"), b"aaaa".rfind(b"aa"), b"abc".find(b"", 10), b"abc".rfind(b""), b"abc".rfind(b"", 1), b"abc".count(b""), b"".count(b""))
for call in [lambda: b"abc".index(b"d"), lambda: b"abc".rindex(b"a", 1), lambda: b"abc".find(300), lambda: b"abc".find("a"), lambda: b"abc".count(1.5)]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
stream = io.BytesIO(b"".join(b"%d %d\n" % (i, i * i) for i in range(20000)))
total = 0
lines = 0
for line in iter(stream.readline, b""):
    total += int(line.split()[1])
    lines += 1
print(lines, total)
for b in [b"", b"   ", b" a b ", b"\x0b\x0cx\ty\r\nz\x1c", bytearray(b" q  r "), b"\xa0x\xa0 y\x85"]:
    print(b.split(), b.split(None), b.split(maxsplit=1), b.rsplit(), [type(t).__name__ for t in b.split()])
