# bytearray item/slice assignment and deletion, insert/pop/remove/reverse/clear/copy and *=, as in a sieve
b = bytearray(b'hello world')
b[0] = 72; b[-1] = ord('D'); print(b)
b[0:5] = b'HEY'; print(b)
b[::2] = bytes(len(b[::2])); print(b)
b[1:1] = [65, 66, 67]; print(b)
del b[0]; del b[-2:]; del b[::3]; print(b, len(b))
b.insert(0, 33); b.insert(-1, 34); b.insert(100, 35); print(b)
print(b.pop(), b.pop(0), b)
b.remove(0); b.reverse(); print(b)
c = b.copy(); c.clear(); print(c, b != c)
d = bytearray(b'ab'); d *= 3; print(d); d += b'!'; print(d)
for bad in [lambda: d.__setitem__(slice(0, 1), 5), lambda: d.__setitem__(0, 300), lambda: d.__setitem__(50, 1),
            lambda: d.__setitem__(slice(None, None, 2), b'x'), lambda: bytearray().pop(), lambda: d.pop(99),
            lambda: d.remove(120), lambda: d.insert(1), lambda: d.__setitem__(slice(0, 1), 'ab'), lambda: d.__delitem__(77)]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
n = 50
is_p = bytearray([1]) * (n + 1)
is_p[0:2] = b"\x00\x00"
for i in range(2, 8):
    if is_p[i]:
        is_p[i*i::i] = bytearray(len(is_p[i*i::i]))
print([i for i, v in enumerate(is_p) if v])
