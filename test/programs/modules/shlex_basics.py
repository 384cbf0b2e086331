# shlex: split (quotes, escapes, comments, errors), quote, join and the shlex lexer class
import shlex
print(shlex.split('ls -l "my file.txt" \'single q\' esc\\ aped  # not comment'))
print(shlex.split('a # comment here', comments=True))
print(shlex.split('echo "a \\"b\\" c" \'x\\y\''))
print(shlex.split('a"b c"d e'))
print(shlex.split("cmd --opt='a b' x=1"))
print(shlex.quote('simple'), shlex.quote(''), shlex.quote("it's here"), shlex.quote('a b'), shlex.quote('$HOME'))
print(shlex.join(['echo', 'hello world', "it's", '-n']))
for bad in ['"unclosed', 'trail\\']:
    try:
        shlex.split(bad)
    except ValueError as e:
        print('ValueError', e)
lex = shlex.shlex('a = b + "c d"; e')
print(list(lex))
lex = shlex.shlex('ls -la | grep foo && echo "x y" > out.txt', posix=True, punctuation_chars=True)
print(list(lex))
lex = shlex.shlex("x='1 2' # c\ny", posix=True)
print([lex.get_token() for _ in range(5)], lex.lineno)
l2 = shlex.shlex('one two three', posix=True)
l2.whitespace_split = True
print(l2.get_token()); l2.push_token('zero'); print(l2.get_token(), l2.get_token())
print(shlex.split('a\tb\nc  d'), shlex.split(''), shlex.split('  '))
print(shlex.split('"" x \'\''))
