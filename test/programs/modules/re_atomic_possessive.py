# atomic groups, possessive quantifiers and \N{...} escapes (Python 3.11 re); group numbering, spans
# and backreferences stay Python's around the hidden captures they need
import re

for pat, s in [(r'(?>a+)b', 'aaab'), (r'(?>a+)a', 'aaa'), (r'a++b', 'aaab'), (r'a*+a', 'aaa'),
               (r'(x)(?>(y+)|z)(\d)', 'xyy7'), (r'"(?:[^"\\]++|\\.)*+"', 'say "a\\"b" ok'),
               (r'(\w)++\1', 'abcc'), (r'(?>(\w)\w)\1', 'abaa'), (r'\d{2,3}+\d', '12345'),
               (r'(?i)caf\N{LATIN SMALL LETTER E WITH ACUTE}', 'CAFÉ!'), (r'[\N{EM DASH}-]+', 'a—-b')]:
    m = re.search(pat, s)
    print(repr(pat), m and (m.group(), m.groups(), m.span(), [m.span(g) for g in range(1, m.re.groups + 1)]))

print(re.findall(r'(\d)(?>\d+)', '12 345 6'), re.sub(r'(?P<w>\w)++', r'<\g<w>>', 'ab cd'))
print(re.split(r'(,)++', 'a,,b,c'), re.fullmatch(r'(?>ab|a)c', 'ac'), re.fullmatch(r'(?:ab|a)c', 'ac'))
for bad in [r'\N', r'\N{}', r'\N{NO SUCH NAME}', r'\N{EM DASH']:
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(bad), e)
