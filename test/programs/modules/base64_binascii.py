# base64 (b64, urlsafe, b32, b16, encodebytes) and binascii, lenient decoding and binascii.Error messages
import base64, binascii
samples = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', 'héllo wörld'.encode(), bytes(range(256)), b'\xff\xfe\xfd']
for s in samples:
    e = base64.b64encode(s)
    print(e, base64.b64decode(e) == s, base64.urlsafe_b64encode(s), base64.b32encode(s), base64.b16encode(s)[:40])
    assert base64.b32decode(base64.b32encode(s)) == s and base64.b16decode(base64.b16encode(s)) == s
    assert base64.urlsafe_b64decode(base64.urlsafe_b64encode(s)) == s
print(base64.b64encode(b'data to be encoded').decode('ascii'), base64.b64decode('ZGF0YSB0byBiZSBlbmNvZGVk'), base64.b64decode(b'Zm9v\nYmFy'), base64.b64decode('Zm9vYg==extra'))
print(base64.b64encode(b'\xfb\xff', altchars=b'-_'), base64.b64decode('-_8=', altchars='-_'), base64.encodebytes(b'x' * 100), base64.decodebytes(b'eHh4\n'))
print(binascii.hexlify(b'\x01\xab'), binascii.hexlify(b'\x01\xab\x02', '-'), binascii.unhexlify('01ab'), binascii.b2a_base64(b'hi'), binascii.a2b_base64('aGk='), binascii.crc32(b'hello world'), binascii.crc32(b'world', binascii.crc32(b'hello ')))
print(base64.b32decode('mzxw6===', casefold=True), base64.b16decode('4a4B', casefold=True))
for bad in [lambda: base64.b64decode('abc'), lambda: base64.b64decode('a'), lambda: base64.b64decode('abcde'), lambda: base64.b64encode('str'), lambda: base64.b64decode('é'),
            lambda: base64.b64decode('ab$c', validate=True), lambda: base64.b32decode('MZXW6'), lambda: base64.b32decode('MZXW6!=='), lambda: base64.b16decode('4g'), lambda: binascii.unhexlify('abc'), lambda: binascii.unhexlify('zz'), lambda: base64.b64decode(5)]:
    try: print(bad())
    except Exception as e: print(type(e).__module__, type(e).__name__, e)
print(isinstance(binascii.Error('x'), ValueError))
base64.b64decode('YQ')
