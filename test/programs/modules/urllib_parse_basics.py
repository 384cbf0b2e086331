# urllib.parse: urlparse / urlsplit and the result properties, urljoin (RFC 3986 examples), quoting, query strings
from urllib.parse import *
import urllib.parse
u = urlparse('https://user:pw@Example.COM:8080/path/to;params?q=1&r=a+b#frag')
print(u)
print(u.scheme, u.netloc, u.hostname, u.port, u.username, u.password, u.geturl())
print(urlsplit('http://[::1]:80/a?b#c'), urlsplit('http://[::1]:80/a').hostname)
print(urlparse('www.example.com/path'), urlparse('//host/p'), urlparse('mailto:a@b.c'))
print(urlunparse(('http', 'h.com', '/p', '', 'a=1', 'f')), urlunsplit(('https', 'x', 'y', '', '')))
print(urlparse('file:///etc/passwd').geturl(), urlparse('HTTP://a/b').scheme)
base = 'http://a/b/c/d;p?q'
for rel in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', ';x', '', '.', './', '..', '../', '../g', '../..', '../../g', '../../../g', 'g.', '.g', 'g/./h', 'g/../h']:
    print(repr(rel), urljoin(base, rel))
print(urljoin('https://x.org/docs/', 'api/index.html'), urljoin('https://x.org/a', 'https://y.org/b'))
print(quote('a b&c/d?e=é'), quote('/path with space/', safe=''), quote_plus('a b+c&d'), quote(b'\x00\xff'))
print(unquote('a%20b%2Fc%C3%A9%zz%'), unquote_plus('a+b%2Bc'), unquote('%E2%82'), unquote_to_bytes('a%20%FF'))
print(urlencode({'q': 'hello world', 'n': 5, 'x': 'a&b'}), urlencode([('a', 1), ('a', 2)]))
print(urlencode({'tags': ['a', 'b c'], 's': 'x'}, doseq=True), urlencode({'t': ['a', 'b']}))
print(urlencode({'p': '/a b'}, quote_via=quote), urlencode({'k': b'v w'}))
print(parse_qs('a=1&b=2&a=3&c=&d'), parse_qs('a=1&c=', keep_blank_values=True))
print(parse_qsl('x=hello+world&y=%41%42&z'), parse_qsl('a=1;b=2', separator=';'))
print(urldefrag('http://a/b#frag'), urldefrag('http://a/b').url)
try: urlparse('http://h:abc/').port
except ValueError as e: print(e)
try: urlparse('http://h:99999/').port
except ValueError as e: print(e)
try: urlencode('abc')
except TypeError as e: print(e)
print(urlsplit('http://h/p')._replace(path='/q').geturl(), urlparse('http://h/p').hostname, urlparse('/rel').hostname)
print(urllib.parse.urlparse('https://docs.python.org/3/library/urllib.parse.html').path)
print(urlparse(b'http://h/p?q'))
print(parse_qs('q=%E4%BD%A0%E5%A5%BD'), quote('你好'))
