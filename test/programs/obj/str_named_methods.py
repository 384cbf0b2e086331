# user classes defining methods named like str's (strip, lower, replace, title, center, ...) called at the
# same call sites as real strs, with the class changed between calls and a method shadowed per instance
class Text:
    def __init__(self, s):
        self.s = s
    def strip(self):
        return Text(self.s.strip('*'))
    def lower(self):
        return 'lower:' + self.s
    def replace(self, a, b, n=-1):
        return Text(self.s.replace(a, b, n))
    def title(self):
        return self.s[:1].upper()
    def center(self, w, fill=' '):
        return '[' + self.s + ']'
    def __repr__(self):
        return f'Text({self.s!r})'

class Loud(Text):
    def lower(self):
        return 'LOUD'

items = ['  Ab  ', Text('**xY**'), Loud('q'), 'MiXeD', Text('plain')]
for x in items:
    print(repr(x.strip()), x.lower(), repr(x.replace('a', 'b')), x.title(), repr(x.center(9, '.')))
Text.lower = lambda self: 'patched'
for x in items:
    print(x.lower(), end=' ')
print()
t = Text('z')
t.lower = lambda: 'own'
print(t.lower(), Text('w').lower())
class NoArgs:
    def strip(self):
        return 'no-args'
for x in [NoArgs(), ' s ']:
    try:
        print(x.strip('x'))
    except TypeError as e:
        print('TypeError:', e)
class Getattr:
    def __getattr__(self, name):
        return lambda *a: (name, a)
print(Getattr().startswith('x'), Getattr().zfill(3))
try:
    (5).strip()
except AttributeError as e:
    print('AttributeError:', e)
