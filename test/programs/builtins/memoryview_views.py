# memoryview over bytes/bytearray: slicing with steps, writes through to the bytearray, casts,
# comparisons, use as a bytes-like argument, release, and CPython's error messages
mv = memoryview(b"Python Exercises!")
print(len(mv), mv[:8].tobytes(), bytes(mv[:8]), mv[0], mv[-1], list(memoryview(b'\x03\x02\x01CBA')), mv.tolist()[:3])
print(mv.nbytes, mv.readonly, mv.itemsize, mv.format, mv.ndim, mv.shape, mv.strides, mv.obj, mv.contiguous)
ba = bytearray(b'hello world')
v = memoryview(ba)
v[0] = ord('H'); v[6:11] = b'WORLD'; print(ba, v.readonly, v[::2].tobytes(), v[::-1].tobytes(), v[1:4].tolist())
ba[1] = ord('E'); print(v.tobytes(), v.hex(), v[2:5].hex(':'))
s = v[::2]; s[0] = ord('J'); print(ba, s.shape, s.strides, s.contiguous)
data = bytes([8, 16, 42, 92, 128]); print(':'.join(f'{b:02x}' for b in memoryview(data)))
ints = memoryview(bytearray(16)).cast('i'); ints[1] = -5; ints[3] = 7; print(ints.tolist(), ints.format, ints.itemsize, len(ints), bytes(ints.obj))
d = memoryview(bytearray(16)).cast('d'); d[0] = 1.5; print(d.tolist(), d.cast('B').tolist()[:8], memoryview(b'abcd').cast('c').tolist())
print(mv == b"Python Exercises!", memoryview(b'ab') == memoryview(b'ab'), memoryview(b'ab') != b'ac', mv == 'x', hash(memoryview(b'ab')) == hash(b'ab'))
print(b''.join([memoryview(b'ab'), b'cd']), bytearray(memoryview(b'xy')), b'abc'.startswith(memoryview(b'ab')), str(memoryview(b'hi'), 'ascii'), int.from_bytes(memoryview(b'\x01\x00'), 'little'))
import hashlib; print(hashlib.md5(memoryview(b'abc')).hexdigest())
with memoryview(b'ctx') as m: print(m.tobytes())
for bad in [lambda: m.tobytes(), lambda: memoryview('str'), lambda: mv.__setitem__(0, 1), lambda: v.__setitem__(0, 300), lambda: v.__setitem__(0, 'a'), lambda: v[100], lambda: v['a'],
            lambda: v.__setitem__(slice(0, 2), b'abc'), lambda: memoryview(b'abc').cast('i'), lambda: v[::2].cast('B'), lambda: hash(v), lambda: memoryview(5), lambda: memoryview(b'x').cast('z')]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(repr(m).startswith('<released memory at 0x'), repr(mv).startswith('<memory at 0x'), type(mv).__name__, isinstance(mv, memoryview))
