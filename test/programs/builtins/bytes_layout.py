# bytes and bytearray padding, re-casing, partitioning and line splitting (the str-like layout methods).
for b in [b'ab', b'hello world', b'', b'-12', b'x\ty\tz', b'a\nb\r\nc\rd\n', b'HeLLo wOrld 3x', b'Title Case', b'Not title']:
    print(b.center(7), b.center(8, b'*'), b.ljust(5, b'.'), b.rjust(5), b.zfill(5), b.capitalize(), b.title(), b.istitle())
    print(b.expandtabs(), b.expandtabs(4), b.partition(b'l'), b.rpartition(b'l'), b.removeprefix(b'he'), b.removesuffix(b'd'))
    print(b.splitlines(), b.splitlines(True), bytearray(b).center(6), bytearray(b).title())
try:
    b'a'.center(3, b'ab')
except TypeError as e:
    print(e)
try:
    b'a'.partition(b'')
except ValueError as e:
    print(e)
