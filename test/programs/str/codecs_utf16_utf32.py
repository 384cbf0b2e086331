# str.encode / bytes.decode with utf-8-sig, utf-16 and utf-32 (BOMs, byte orders, astral characters, errors)
text = 'héllo ☃ 😀'
for enc in ['utf-8-sig', 'utf-16', 'utf-16-le', 'UTF-16BE', 'utf-32', 'utf_32_le', 'utf-32-be']:
    data = text.encode(enc)
    print(enc, len(data), data[:8], data.decode(enc) == text)
print('abc'.encode('utf-8-sig'), b'\xef\xbb\xbfabc'.decode('utf-8-sig'), b'abc'.decode('utf-8-sig'))
print(b'\xfe\xff\x00A\x00B'.decode('utf-16'), b'A\x00B\x00'.decode('utf-16'), bytes.fromhex('0000feff00000041').decode('utf-32'))
for bad, enc in [(b'A\x00B', 'utf-16-le'), (b'\x00\xdc', 'utf-16-le'), (b'\x00\x00\x11\x00', 'utf-32-le')]:
    try:
        bad.decode(enc)
    except UnicodeDecodeError as e:
        print(type(e).__name__, e.start, e.end, e.reason)
    print(repr(bad.decode(enc, 'replace')))
try:
    'a\ud800'.encode('utf-16')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print('a\ud800b'.encode('utf-16-le', 'replace'), str(b'h\x00i\x00', 'utf-16-le'))
