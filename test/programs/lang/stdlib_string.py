import string
from string import Template
print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable), repr(string.printable[-10:]))
print(string.capwords('hello   world  foo'), string.capwords(' a-b c-d ', '-'), string.capwords('ÉCOLE élan'))
t = Template('$who likes ${what}, costs $$10 $who')
print(t.substitute(who='tim', what='kung pao'), t.substitute({'who': 'ann', 'what': 'x'}, what='y'))
print(t.safe_substitute(who='bo'), Template('$a $b $').safe_substitute(a=1), t.get_identifiers(), t.is_valid())
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError', e)
for bad in ['cost $ 5', 'line\nsecond ${9}', '$']:
    try:
        Template(bad).substitute(x=1)
    except ValueError as e:
        print('ValueError', e)
print(Template('${a}b$a_c').substitute(a=1, a_c=2), Template('$x').template)
class Percent(Template):
    delimiter = '%'
print(Percent('%name is %% %{name}!').substitute(name='pct'))
print(sum(c in string.punctuation for c in 'Hello, world! (yes)'))
