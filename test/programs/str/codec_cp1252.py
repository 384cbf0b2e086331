# the Windows cp1252 codec: encode/decode, error handlers and messages, and text files in it
import codecs, tempfile, os
print('€é'.encode('cp1252'), b'\x80\xe9'.decode('windows-1252'), 'ア€'.encode('cp1252', 'replace'), b'\x81x'.decode('cp1252', 'replace'), codecs.lookup('windows-1252').name)
print(bytes(range(0x80, 0xa0)).decode('cp1252', 'backslashreplace'), 'x\u2019y'.encode('cp1252'), b'\x00a'.decode('cp1252'))
for f in [lambda: 'アイ'.encode('cp1252'), lambda: b'a\x81'.decode('cp1252'), lambda: 'ab\u0100'.encode('cp1252')]:
    try: f()
    except UnicodeError as e: print(type(e).__name__, e)
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'w.txt')
    with open(p, 'w', encoding='cp1252') as f: f.write('café – “quoted” €5\n')
    with open(p, 'rb') as f: print(f.read())
    with open(p, encoding='cp1252') as f: print(f.read(), end='')
    print(codecs.encode('é', 'cp1252'), codecs.decode(b'\x9c', 'cp1252'))
