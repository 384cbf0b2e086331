# difflib: SequenceMatcher blocks / opcodes / ratios (junk, autojunk), close matches, unified / context diffs, ndiff
import difflib
s = difflib.SequenceMatcher(None, 'abxcd', 'abcd')
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
print(s.get_matching_blocks())
print(s.get_opcodes())
s = difflib.SequenceMatcher(lambda x: x == ' ', 'private Thread currentThread;', 'private volatile Thread currentThread;')
print(round(s.ratio(), 3), s.get_matching_blocks())
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print('%7s a[%d:%d] (%s) b[%d:%d] (%s)' % (tag, i1, i2, s.a[i1:i2], j1, j2, s.b[j1:j2]))
print(s.find_longest_match(0, 29, 0, 38))
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
print(difflib.get_close_matches('wheel', ['while', 'wheat', 'whale', 'wheels', 'steel'], n=2, cutoff=0.5))
import keyword
print(difflib.get_close_matches('pritn', ['print', 'sprint', 'printf', 'pint', 'pr']))
a = ['one\n', 'two\n', 'three\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n', 'nine\n', 'ten\n', 'eleven\n', 'twelve\n']
b = ['zero\n', 'one\n', 'two\n', 'tree\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n', 'nine\n', 'ten\n', 'twelve\n', 'thirteen\n']
print(''.join(difflib.unified_diff(a, b, fromfile='a.txt', tofile='b.txt')), end='')
print(''.join(difflib.unified_diff(a, b, 'x', 'y', '2020-01-01', '2020-01-02', n=1)), end='')
print(''.join(difflib.context_diff(a, b, fromfile='before.py', tofile='after.py')), end='')
print(list(difflib.unified_diff(['a'], ['b'], lineterm='')))
print(list(difflib.unified_diff(['same\n'], ['same\n'])))
t1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
t2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
d = difflib.Differ()
result = list(d.compare(t1, t2))
print(''.join(result), end='')
diff = list(difflib.ndiff('one\ntwo\nthree\n'.splitlines(keepends=True), 'ore\ntree\nemu\n'.splitlines(keepends=True)))
print(''.join(diff), end='')
print(''.join(difflib.restore(diff, 1)), end='')
print(''.join(difflib.restore(diff, 2)), end='')
print(list(difflib.ndiff(['abc', 'def'], ['abd', 'xyz', 'def'])))
print(difflib.IS_LINE_JUNK('\n'), difflib.IS_LINE_JUNK('  #   \n'), difflib.IS_LINE_JUNK('hello\n'), difflib.IS_CHARACTER_JUNK(' '))
import random
random.seed(5)
x = [random.choice('abcde') for _ in range(400)]
y = [random.choice('abcde') for _ in range(380)]
sm = difflib.SequenceMatcher(None, x, y)
print(sm.ratio(), len(sm.get_opcodes()), sm.bpopular == set('abcde'))
sm = difflib.SequenceMatcher(None, x, y, autojunk=False)
print(sm.ratio(), len(sm.get_matching_blocks()))
words1 = 'the quick brown fox jumps over the lazy dog'.split()
words2 = 'the quick red fox jumped over the very lazy dog'.split()
print(difflib.SequenceMatcher(a=words1, b=words2).get_opcodes())
print(list(difflib.SequenceMatcher(None, 'abc', 'xyz').get_grouped_opcodes()))
print(difflib.SequenceMatcher(None, '', '').ratio())
