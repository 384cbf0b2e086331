import re
pats = [(r'(\d+)-(\w+)', '12-ab 34-cd x-y'), (r'(a)|(b)', 'abcab'), (r'(?P<w>\w+)@(?P<d>[\w.]+)', 'mail a@b.c and x@y.org'),
        (r'(x)?y', 'yxy'), (r'', 'abc'), (r'\b', 'hi there'), (r'(é)(\w)', 'aébé😀c'), (r'😀(.)', 'x😀y😀z'), (r'(?=(\d))', '12a3')]
for p, s in pats:
    rx = re.compile(p)
    m = rx.search(s)
    if m:
        print(m.group(), m.groups(), m.span(), m.start(1) if rx.groups else None, m.lastindex, m.groupdict(), m.regs, m[0])
    print([(m.span(), m.groups()) for m in rx.finditer(s)], rx.findall(s), rx.split(s), rx.sub(lambda m: '<' + m.group() + '>', s), rx.subn(r'[\g<0>]', s))
    m = rx.match(s, 1)
    print(m and (m.group(), m.span(), m.pos, m.endpos, m.expand(r'\g<0>!')))
    m = rx.fullmatch(s)
    print(m)
print(re.sub(r'(\w)(\d)', r'\2\1', 'a1 b2 c3'), re.sub(b'(a)(b)?', b'[\\1\\2]', b'abaab'), re.findall(b'(\\w)(\\d)?', b'a1b'))
m = re.search(b'(\\w+) (\\w+)', b'hello world')
print(m.group(1), m.span(2), m.groups(), m.start(), m.end(2))
m = re.search(r'(a)(b)?(c)', 'xac')
print(m.span(2), m.start(3), m.group(2), m.groups('-'), m.lastindex, m.lastgroup)
print(re.split(r'(,)|(;)', 'a,b;c'), re.split(r'\s+', ' a  b '), re.escape('a.b'))
