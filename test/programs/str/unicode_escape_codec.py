# str.encode / bytes.decode with 'unicode_escape' and 'raw_unicode_escape' (and through codecs): what
# is escaped each way, the escapes read back (\N{…} included), an unknown escape kept, and the errors.
import codecs

text = "é\\\t\x00\x7f\u20ac\U0001F600\"'"
print(text.encode("unicode_escape"), text.encode("raw_unicode_escape"))
print(repr(b"ab\\x41\\101\\N{BULLET}\\u00e9\\\nz".decode("unicode_escape")))
print(repr(b"\\u00e9\\n\\U0001F600\xe9".decode("raw_unicode_escape")))
print(repr(text.encode("unicode_escape").decode("unicode_escape") == text), "\U0001F600".encode("unicode-escape"))
for data in [b"\\x4", b"\\u12", b"\\N{NOPE}", b"abc\\", b"\\U00110000"]:
    try:
        data.decode("unicode_escape")
    except UnicodeDecodeError as e:
        print(e)
print(codecs.decode("a\\tb", "unicode_escape"), codecs.encode("ü", "unicode_escape"), codecs.escape_decode(b"\\x41\\n"))
