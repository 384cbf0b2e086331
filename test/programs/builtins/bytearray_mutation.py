# bytearray as a mutable sequence: slice assignment/deletion, insert/pop/remove, in-place ops, errors
s = bytearray(b"abcdef")
s[0:2] = b"XY"; print(s)
s[::2] = bytearray(3); print(s)
del s[1:3]; print(s)
s[1:1] = b"123"; print(s)
print(s[1:3], s[0], s[-1], len(s))
s += b"zz"; print(s, s.find(b"z"), s.count(b"z"), bytes(s[::2]))
s.extend([65, 66]); s.insert(0, 90); s.pop(); print(s, s.hex(), s.upper())
b = bytearray(b"hello"); c = b; c *= 2; print(b); b.reverse(); print(b, b.copy() is b); b.remove(ord("l")); print(b); del b[::3]; print(b); b.clear(); print(b)
b = bytearray(range(10)); b[2:8:2] = [7, 7, 7]; b[-1] = 0; print(b, b.pop(0), b.pop(), b); b.insert(-1, 65); b.insert(100, 66); print(b)
for code in ['b=bytearray(b"abc");b[0:2]=3','b=bytearray(b"abc");b[0:2]="ab"','b=bytearray(b"abc");b[0:2]=[300]','b=bytearray(b"abc");b[::2]=b"xyz"','b=bytearray(b"abc");del b[5]','b=bytearray();b.pop()','b=bytearray(b"a");b.pop(4)','b=bytearray(b"a");b.remove(9)','b=bytearray(b"a");b["x"]','b=bytearray(b"a");b["x"]=1','b=bytearray(b"a");del b["x"]','b=bytearray(b"a");b.insert(0,256)','b=bytearray(b"a");b[0]=b"x"', 'b=bytearray(b"a");b.remove(b"a")']:
  try: exec(code); print('ok', code)
  except Exception as e: print(type(e).__name__, e)
def sieve(n):
    s = bytearray([1]) * (n + 1); s[0:2] = b"\x00\x00"
    for i in range(2, int(n ** 0.5) + 1):
        if s[i]: s[i * i::i] = bytearray(len(range(i * i, n + 1, i)))
    return [i for i, v in enumerate(s) if v]
print(sieve(60))
