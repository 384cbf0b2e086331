# chr, ord, hex, oct, bin, format
print(chr(65), chr(97), chr(8364), chr(0x1F600), ord("A"), ord("€"), ord("😀"), ord("\n"))
print(hex(255), hex(-255), hex(0), oct(8), oct(-8), bin(5), bin(-5), bin(0))
print(format(255, "x"), format(255, "#X"), format(5, "08b"), format(3.14159, ".2f"), format("s", ">3"), format(12345, ","), format(1e-7), format(42))
print(format(0.5, "%"), format(10, "e"), format(-3, "+05d"), format(7, "c") if False else "skip", format(True), format(None))
print([chr(c) for c in range(ord("a"), ord("f"))], "".join(chr(ord(c) + 1) for c in "HAL"))
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
print(int(hex(123), 16), int(oct(123), 8), int(bin(123), 2))
print(ascii("é中"), repr(chr(7)), "\x41\u0042\U00000043", "\N{BULLET}" if False else "")
