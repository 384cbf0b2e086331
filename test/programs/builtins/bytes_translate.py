# bytes.maketrans and bytes/bytearray.translate (table, delete), with their errors
t = bytes.maketrans(b'abc', b'xyz')
print(len(t), t[97:100], b'aabbcc'.translate(t), b'aabbcc'.translate(t, b'b'), b'hello'.translate(None, b'l'), bytearray(b'abc').translate(t), bytearray.maketrans(b'a', b'b')[97])
print(b'abc'.translate(None, delete=b'a'))
for bad in [lambda: b'x'.translate(b'short'), lambda: bytes.maketrans(b'ab', b'c'), lambda: b'x'.translate('s'), lambda: b'x'.translate()]:
    try: bad()
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
