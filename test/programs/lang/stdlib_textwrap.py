import textwrap
text = ("The quick brown fox jumps over the lazy dog. A well-known sentence, used for testing "
        "typewriters and computer keyboards, displaying examples of fonts, and other applications.")
for w in [10, 20, 33, 70]:
    print(textwrap.wrap(text, w))
print(textwrap.fill(text, 30))
print(textwrap.fill(text, 25, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap('supercalifragilisticexpialidocious word', 10))
print(textwrap.wrap('supercalifragilisticexpialidocious word', 10, break_long_words=False))
print(textwrap.wrap('a-very-long-hyphenated-compound-word here', 12))
print(textwrap.wrap('a-very-long-hyphenated word', 12, break_on_hyphens=False))
print(textwrap.wrap('tabs\there  and\nnewlines   ok', 12), textwrap.wrap('', 5), textwrap.wrap('   ', 5))
print(textwrap.wrap('  leading and trailing  ', 8, drop_whitespace=False))
print(textwrap.shorten('Hello  world!', width=12), textwrap.shorten('Hello  world!', width=11), textwrap.shorten(text, 40))
print(textwrap.shorten('Hello world', width=10, placeholder='...'))
print(textwrap.wrap(text, 20, max_lines=3), textwrap.wrap(text, 20, max_lines=2, placeholder=' ~'))
try:
    textwrap.wrap('x', 0)
except ValueError as e:
    print('ValueError', e)
s = '''
    def f():
        return 1

      # comment
    '''
print(repr(textwrap.dedent(s)))
print(repr(textwrap.dedent('  a\n\tb\n')), repr(textwrap.dedent('   x\n  \n   y')), repr(textwrap.dedent('no indent\n  x')))
print(repr(textwrap.indent('one\ntwo\n\nthree\n', '> ')), repr(textwrap.indent('a\n\nb', '+', lambda l: True)))
w = textwrap.TextWrapper(width=15, fix_sentence_endings=True)
print(w.wrap('Hi there. How are you? Fine.'))
