# str method calls take a direct path at their call site once the site has seen a str (exprs.ts STR_METHODS): subclasses overriding a method, other receivers, missing methods and argument errors still behave as in CPython
class S(str):
    def strip(self): return 'overridden'
s = S('  x  ')
print(s.strip(), S('ab').upper(), '  y '.strip())
words = ['  a ', S(' b '), 'c  ']
print([w.strip() for w in words])
for w in words + [5]:
    try:
        print(w.strip(), w.startswith('a'), w.find('b'), w.replace(' ', '_'))
    except AttributeError as e:
        print('AttributeError', e)
class Box:
    def strip(self, x='!'): return 'box' + x
for o in ['q ', Box(), ' r']:
    print(o.strip())
try:
    'abc'.strip(1)
except TypeError as e:
    print('TypeError', e)
try:
    'abc'.startswith()
except TypeError as e:
    print('TypeError', e)
print('a,b'.split(','), 'a b'.split(), ' x '.center(7, '*'), 'ab'.zfill(5), '{}-{}'.format(1, 2))
