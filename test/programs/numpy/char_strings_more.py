# numpy.char / numpy.strings: partition, mod, expandtabs, slice, translate, splitlines, rindex, compare_chararrays
import numpy as np
import numpy.strings as nps
from numpy import char
a = np.array(['Hello', 'World', 'numpy  ', '  py'])
print(repr(np.char.partition(a, 'l')), repr(np.char.rpartition(a,'l')))
print(repr(np.strings.partition(a, 'l')), repr(nps.rpartition(np.array(['ab=cd=e']), '=')))
print(repr(np.strings.partition(np.array([b'a=b']), b'=')), repr(char.partition(np.array([b'a=b']), b'=')))
print(repr(np.char.mod(np.array(['%d items', '%.2f']), np.array([1, 2]))), repr(np.char.mod('%d', 5)), repr(np.char.mod(np.array(['%d', '%5.1f']), 3)))
for s in ['a\tb', '\t', 'ab\t', 'abc', 'a\tb\tc', 'abcdefghij\tb']:
    for t in [8, 2]:
        print(repr(np.char.expandtabs(np.array([s]), t)))
print(repr(np.char.expandtabs(np.array([b'a\tb']))), repr(np.strings.expandtabs(np.array(['a\tb', 'xyzxyzxyz']))))
print(repr(np.strings.slice(a, 1, 3)), repr(np.strings.slice(a, 2)), repr(np.strings.slice(a, None, None, -1)))
print(repr(np.strings.slice(np.array(['hello', 'hi']), np.array([1, 0]))))
print(repr(np.char.translate(np.array(['abc','x']), str.maketrans({'a':'zzzz'}))), repr(np.char.translate(np.array([b'abc']), bytes.maketrans(b'a',b'z'), b'c')))
print(repr(np.char.splitlines(np.array(['a\nb']))), repr(np.char.rindex(np.array(['abcb']), 'b')), repr(np.strings.rindex(np.array(['abcb', 'bb']), 'b', 0, 2)))
print(repr(np.char.compare_chararrays(np.array(['a','b']), np.array(['a ','c']), '==', True)))
print(repr(np.char.compare_chararrays(np.array(['a','b ']), np.array(['a ','c']), '<', False)))
print(hasattr(np.strings, 'split'), hasattr(np.char, 'slice'), hasattr(np.strings, 'upper'))
try:
    np.char.rindex(np.array(['abc']), 'z')
except ValueError as e:
    print(e)
