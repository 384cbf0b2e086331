# UnicodeDecodeError / UnicodeEncodeError: encoding, object, start, end, reason and str() built from them
for bad in [b'ab\xffc', b'\xe2\x82', b'a\xc3(', b'\xf0\x9f\x98']:
    try:
        bad.decode('utf-8')
    except UnicodeDecodeError as e:
        print(e)
        print(e.encoding, e.object, e.start, e.end, e.reason, e.args)

for text, enc in [('aé', 'ascii'), ('日本語', 'latin-1'), ('a\udcff', 'utf-8')]:
    try:
        text.encode(enc)
    except UnicodeEncodeError as e:
        print(e)
        print(e.encoding, ascii(e.object), e.start, e.end, e.reason)
        e.reason = 'changed'
        print(e)

# constructed by hand
e = UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 2, 'bad')
print(e, repr(e))
e = UnicodeEncodeError('ascii', '\u2603', 0, 1, 'nope')
print(e, e.end)
print(isinstance(e, ValueError), issubclass(UnicodeDecodeError, UnicodeError))
try:
    b'\x80'.decode('ascii')
except ValueError as e:
    print(type(e).__name__, e, e.start)
