# array: construction and per-typecode range checks, the sequence protocol, the error messages
from array import array
import array as A
print(A.typecodes)
def t(f):
    try: r = f(); print(repr(r))
    except Exception as e: print(type(e).__name__, e)
for tc in 'bBhHiIlLqQ':
    t(lambda: array(tc, [2**70]))
    t(lambda: array(tc, [-2**70]))
    t(lambda: array(tc, [300]))
    t(lambda: array(tc, [-1]))
    t(lambda: array(tc, [40000]))
    t(lambda: array(tc, [2**33]))
t(lambda: array('i', [1.5])); t(lambda: array('i', ['a'])); t(lambda: array('d', ['a'])); t(lambda: array('u', [1])); t(lambda: array('u', ['ab']))
t(lambda: array('z')); t(lambda: array('ii')); t(lambda: array(5)); t(lambda: array('i', 5)); t(lambda: array('u', 'abc')); t(lambda: array('i', 'abc')); t(lambda: array('b', b'abc'))
t(lambda: array('i', [1]) + array('d', [1])); t(lambda: array('i', [1]) + [1]); t(lambda: array('i').pop()); t(lambda: array('i', [1])[5]); t(lambda: array('i', [1]).index(9)); t(lambda: array('i', [1]).remove(9))
def s(): a = array('i', [1]); a[3] = 1
t(s)
def s2(): a = array('i', [1]); a.extend(array('d', [1.0]))
t(s2)
def s3(): a = array('i', [1, 2, 3, 4]); a[1:3] = [5]
t(s3)
def s4(): a = array('i', [1, 2, 3, 4]); a[1:3] = array('i', [5]); return a
t(s4)
def s5(): a = array('i', [1, 2, 3, 4]); a[::2] = array('i', [5]); return a
t(s5)
t(lambda: array('f', [1.1, 2.2]))
t(lambda: array('d', [1, 2]))
t(lambda: array('i', [True]))
t(lambda: array('i', [1,2]) == [1,2]); t(lambda: array('i', [1,2]) == array('d', [1.0, 2.0])); t(lambda: array('i', [1,2]) < array('i', [1,3]))
t(lambda: hash(array('i')))
t(lambda: array('i', [1]) * 'a'); t(lambda: array('i', [1]).tounicode()); t(lambda: array('u', 'ab').tounicode()); t(lambda: array('i', [1, 2]).tobytes()); t(lambda: array('h', b'\x01\x00\x02')); 
def s6(): a = array('h'); a.frombytes(b'\x01\x00\x02'); return a
t(s6)
def s7(): a = array('i', [1]); a.fromlist([1, 'x']); return a
t(s7)
def s8(): a = array('i', [1, 2]); a.byteswap(); return a
t(s8)
t(lambda: array('i', [1, 2, 3])[::-1]); t(lambda: array('i', [1, 2, 3])[1]); t(lambda: list(reversed(array('i', [1, 2, 3])))); t(lambda: 2 in array('i', [1, 2]))
t(lambda: array('i', [1, 2]).pop(5)); t(lambda: array('i', [3, 2]).index(2, 0, 1)); t(lambda: str(array('d', [1.5]))); t(lambda: array('b', [1]).itemsize); t(lambda: [array(c).itemsize for c in A.typecodes])
t(lambda: array('i', [1])[1.0]); t(lambda: array('i', range(5))); t(lambda: array('i', array('d', [1.0]))); t(lambda: array('d', array('i', [1]))); t(lambda: array.__name__); t(lambda: type(array('i')))
t(lambda: array('i', [1, 2]) * 2); t(lambda: 2 * array('i', [1])); t(lambda: array('i', [5, 1]).typecode); t(lambda: sorted(array('i', [5, 1]))); t(lambda: sum(array('d', [0.5, 0.25])))
t(lambda: array('u', 'hi') + array('u', 'x')); t(lambda: array('i', [1]).count('a')); t(lambda: array('i').insert(5, 1))
def s9(): a = array('i', [1, 2]); a.insert(-10, 7); a.insert(10, 8); a += array('i', [9]); a *= 2; del a[0]; del a[::3]; return a
t(s9)
def s10(): a = array('i', [1, 2]); a += [3]; return a
t(s10)
t(lambda: array('f', [1e300])); t(lambda: array('d', [1e300])); t(lambda: array('f', [float('inf')]))
t(lambda: array('i', [1, 2]).__copy__())
