import re
m = re.match(r'(\w+) (\w+)', 'hello world foo')
print(m, m.group(0), m.group(1, 2), m.groups(), m.span(2), m.start(), m.end(1))
print(m[1], m.lastindex, m.lastgroup, m.string, m.re, m.pos, m.endpos, m.regs)
p = re.compile(r'(?P<first>\w+)\s+(?P<last>\w+)')
m = p.search('  John   Smith  ')
print(m.groupdict(), m.group('first'), m['last'], m.lastgroup, p.groupindex, p.groups, p.flags, p.pattern)
print(repr(p), re.compile('a+', re.I | re.M), re.compile(b'x'), re.compile('x', re.A))
print(re.findall(r'\d+', 'a1b22c333'), re.findall(r'(\w)(\d)', 'a1b2c'), re.findall(r'(a)|b', 'ab'))
print(re.sub(r'x*', '-', 'abxd'), re.sub('a', r'\\n', 'aba'), re.subn(r'(\w+)@(\w+)', r'\2 at \1', 'me@home you@work'))
print(re.sub(r'(?P<w>\w+)', r'<\g<w>>', 'hi there'), re.sub(r'(\w+)', r'\g<1>\g<0>', 'ab cd'))
print(re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2c9'), re.sub('a', 'b', 'aaaa', count=2))
print(re.split(r'\W+', 'Words, words, words.'), re.split(r'(\W+)', 'Words, words, words.'), re.split(r'\W+', 'Words, words, words.', maxsplit=1))
print(re.split(r'x*', 'axbc'), re.split(r'(?:a)|(b)', 'xaybz'), re.split('', 'abc'))
print([m.span() for m in re.finditer(r'\b\w', 'the quick brown')])
print(re.fullmatch(r'\d+', '123'), re.fullmatch(r'\d+', '123a'), re.fullmatch(r'a|ab', 'ab'))
print(re.search(r'^b', 'a\nb'), re.search(r'^b', 'a\nb', re.M), re.search(r'a$', 'a\n'), re.search(r'a\Z', 'a\n'))
print(re.findall(r'.', 'a\nb'), re.findall(r'.', 'a\nb', re.S), re.findall('(?s).', 'a\nb'))
print(re.findall(r'''
   \d+   # digits
   [a-z]  # letter
''', '12a 3b', re.X))
print(re.escape('a.b*c (d) 1+1=2 ~ &'), re.escape(b'a.b'))
print(re.search('é+', 'café'), re.findall(r'\w+', 'naïve café 日本語 x_1'), re.findall(r'\w+', 'naïve café', re.A))
print(re.findall(r'\d', '1٣۴'), re.findall(r'\s', 'a\u00a0b\u2003c\x1cd'))
s = 'a😀b😀c'
print([m.span() for m in re.finditer('😀', s)], re.search('b', s).span(), re.sub('.', '-', s), re.split('😀', s))
print(re.search('(?i)HELLO', 'say hello'), re.findall('[a-c]+', 'ABCabc', re.I), re.search('a(?i:b)c', 'aBc'), re.search('a(?i:b)c', 'aBC'))
print(p.match('ab cd', 1), p.search('ab cd ef', 2, 7), re.compile(r'$').search('ab', 0, 1))
print(re.match(r'((a)b)', 'ab').lastindex, re.match(r'(a)(b)?', 'a').lastindex, re.match('(a)|(b)', 'b').groups('-'))
print(re.match(r'(a)(b)?', 'a').groupdict(), re.match(r'(?P<x>a)(?P<y>b)?', 'a').groupdict('z'))
print(m.expand(r'\g<last>, \g<first>!\n'), re.compile('[a-z]+').findall('ab CD ef', 3))
print(re.search(r'(\d+)-\1', '12-12 34-35'), re.search(r'(?P<q>["\']).*?(?P=q)', 'say "hi" now'))
print(re.findall(r'a{2}', 'aaaaa'), re.findall(r'a{2,}', 'aaaaa b aa'), re.findall(r'a{,2}', 'aaa'), re.findall('x{', 'x{'), re.findall('a{1}', 'a{1}'))
print(re.sub(r'\s+', ' ', '  lots   of\t\nspace  ').strip(), re.sub('', '-', 'abc'))
print(re.match(b'(\\w+)', b'abc def').group(1), re.findall(rb'\d', b'a1b2'), re.sub(b'a', b'X', b'banana'))
print(re.compile('a') == re.compile('a'), int(re.I), int(re.I|re.M))
print(re.search(r'(?<=-)\w+', 'spam-egg'), re.search(r'(?<!a)b', 'abcb'), re.search(r'\Bb', 'abc'))
print(re.findall(r'[^\W\d]+', 'ab12cd'), re.findall(r'[\s,]+', 'a, b ,c'), re.findall(r'[\]\-]', 'a]-b'), re.findall(r'[]a]', ']a'))
print(re.match(r'\x41\u0042\101\0', 'ABA\x00'), re.findall('[.]', 'a.b'), re.search(r'\.', 'a.b').start())
print(re.sub(r'(a)|b', r'[\1]', 'ab'), re.match('a*?', 'aaa'), re.match('(?:ab)+?c', 'ababc'))
for pat in ['(', ')', 'a**', '*a', '[a', r'\q', '(?P<1a>x)', '(?P=nope)', '(?Px)', '[z-a]', 'a(?i)b', r'(a)\2', 'a{3,1}', '(?<x>a)', 'x\ny(']:
    try:
        re.compile(pat)
        print('ok', pat)
    except re.error as e:
        print('error:', e, '|', e.msg, e.pos)
try:
    re.sub('a', r'\g<nope>', 'a')
except IndexError as e:
    print('IndexError', e)
try:
    re.sub('(a)', r'\2', 'a')
except re.error as e:
    print('error', e)
try:
    re.match('a', 5)
except TypeError as e:
    print('TypeError', e)
try:
    re.match('a', b'a')
except TypeError as e:
    print('TypeError', e)
try:
    m = re.match('(a)', 'a'); m.group(3)
except IndexError as e:
    print('IndexError', e)
print(isinstance(re.error('x'), Exception), type(p).__name__, type(m).__name__, re.Pattern, re.Match)
