# codecs: encode/decode, lookup, incremental decoders, escapes, BOMs, codecs.open
import codecs
import os
import tempfile
print(codecs.encode('abc', 'rot13'), codecs.decode('nop', 'rot_13'), codecs.decode(b'616263', 'hex'), codecs.encode(b'abc', 'hex'))
print(codecs.encode('héllo', 'utf-8'), codecs.decode(b'h\xc3\xa9', 'utf-8'), codecs.encode('hé', 'latin-1'), codecs.encode(b'hi', 'base64'))
print(codecs.lookup('UTF8').name, codecs.lookup('latin-1').name, codecs.lookup('ascii').name, codecs.lookup('utf_16_le').name)
print(codecs.getencoder('ascii')('hi'), codecs.getdecoder('utf-8')(b'hi'), codecs.lookup('utf-8').encode('x'))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE)
print(codecs.encode('a\tb\u00e9\u20ac\\', 'unicode_escape'), codecs.decode(b'a\\tb\\xe9\\u20ac\\n', 'unicode_escape'))
print(codecs.encode('a\u20ac', 'raw_unicode_escape'), codecs.decode(b'a\\u20ac', 'raw_unicode_escape'))
d = codecs.getincrementaldecoder('utf-8')()
print(repr(d.decode(b'h\xc3')), repr(d.decode(b'\xa9!')), repr(d.decode(b'', final=True)))
print(list(codecs.iterdecode([b'a\xe2', b'\x82\xac', b'b'], 'utf-8')), list(codecs.iterencode(['a', 'é'], 'utf-8')))
for bad in ['nope', 'utf-9']:
    try:
        codecs.lookup(bad)
    except LookupError as e:
        print(e)
try:
    codecs.decode(b'\xff', 'utf-8')
except UnicodeDecodeError as e:
    print(e)
print(codecs.decode(b'\xff', 'utf-8', 'replace'), codecs.encode('é', 'ascii', 'ignore'))
path = os.path.join(tempfile.mkdtemp(), 'text.txt')
with codecs.open(path, 'w', encoding='utf-8') as f:
    f.write('héllo\nwörld\n')
with codecs.open(path, 'r', encoding='utf-8') as f:
    print(repr(f.read()))
with open(path, 'rb') as f:
    print(f.read())
os.remove(path)
