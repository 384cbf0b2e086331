# fnmatch: translate() output and matching of *, ?, [seq], [!seq]
import fnmatch
for p in ['*.py', 'a*b*c', '[!a-c]?x', '[]]', '[!]', 'a[b', '*', '**a', '[a-z]*.txt', 'x[^y]',
          '[a&&b]', '[z-a]', '[[]', '[a-c-e]', 'file?.txt']:
    print(repr(p), repr(fnmatch.translate(p)))
names = ['main.py', 'test_main.py', 'README.md', 'setup.cfg', 'data1.csv', 'data22.csv', '.hidden']
print(fnmatch.filter(names, '*.py'))
print(fnmatch.filter(names, 'data?.csv'), fnmatch.filter(names, 'data*.csv'))
print(fnmatch.filter(names, '[!.]*'), fnmatch.filter(names, '*.[cm][sd]*'))
print(fnmatch.fnmatch('abxxc', 'a*b*c'), fnmatch.fnmatch('-', '[a-c-e]'), fnmatch.fnmatch('d', '[a-c-e]'))
print(fnmatch.fnmatchcase('A.PY', '*.py'), fnmatch.fnmatch('a.py', '*.py'), fnmatch.fnmatch('x\ny', 'x?y'))
print(fnmatch.fnmatch(b'abc.txt', b'*.txt'))
