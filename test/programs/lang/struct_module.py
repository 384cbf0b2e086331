# struct: pack/unpack/calcsize with byte orders, native alignment, every format code, Struct, iter_unpack,
# unpack_from/pack_into, and struct.error messages
import struct
print(struct.pack('<i', 1), struct.pack('>i', -2), struct.pack('<hHb', -1, 65535, 7), struct.pack('<q', -2**63), struct.pack('<Q', 2**64 - 1))
print(struct.pack('<d', 1.5), struct.pack('>f', -0.25), struct.pack('<e', 1.0), struct.pack('<?', 5), struct.pack('3s', b'abcdef'), struct.pack('5p', b'ab'))
print(struct.unpack('<i', b'\x01\x00\x00\x00'), struct.unpack('>hH', b'\xff\xfe\x00\x01'), struct.unpack('<d', struct.pack('<d', 3.25)), struct.unpack('<f', struct.pack('<f', 0.1)))
print(struct.calcsize('i'), struct.calcsize('bi'), struct.calcsize('<bi'), struct.calcsize('@bhq'), struct.calcsize('<bhq'), struct.calcsize('l'), struct.calcsize('<l'), struct.calcsize('10s'), struct.calcsize('2x3h'))
print(struct.pack('bi', 1, 2), struct.unpack('bi', struct.pack('bi', 1, 2)), struct.pack('c', b'z'), struct.unpack('2c', b'xy'))
s = struct.Struct('<2hd'); print(s.size, s.format, s.pack(1, 2, 0.5), s.unpack(s.pack(1, 2, 0.5)))
print(list(struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')), struct.unpack_from('<h', b'\x00\x00\x05\x00', 2), struct.unpack('<Q', b'\xff' * 8), struct.unpack('<q', b'\xff' * 8))
buf = bytearray(8); struct.pack_into('<hh', buf, 2, 7, 8); print(buf)
for f, args in [('b', (200,)), ('B', (-1,)), ('<h', (70000,)), ('>H', (70000,)), ('i', ('x',)), ('2i', (1,)), ('c', (1,)), ('z', (1,))]:
    try:
        struct.pack(f, *args)
    except struct.error as e:
        print('error', e)
try:
    struct.unpack('<i', b'\x00')
except struct.error as e:
    print('error', e)
print(struct.unpack('<d', struct.pack('<d', float('inf'))), struct.unpack('<e', b'\x00\x7c'), struct.unpack('<I', struct.pack('<I', 4000000000)))
for x in (3.4028235e38, 3.4028236e38, 1e300, -1e300, float('inf')):
    try:
        print(struct.unpack('<f', struct.pack('<f', x)))
    except OverflowError as e:
        print('OverflowError', e)
