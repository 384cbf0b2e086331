# bytes.hex(): every byte value, separators on either side, and long inputs (built in slices)
b = bytes(range(256)) * 3
print(b.hex())
print(b[:7].hex(":"), b[:7].hex("-", 2), b[:7].hex("|", -3), b[:7].hex(b"_", 4), b"".hex(), b"\x05".hex(":"))
print(bytearray(b"\x00\xff").hex(), memoryview(b"ab").hex(), bytes(50_000).hex()[-6:], len((b * 200).hex()))
try:
    b.hex("::")
except ValueError as e:
    print(type(e).__name__, e)
