# \N{...} escapes in string literals and f-strings: any Unicode character name (unicodedata's table), any case
s = "\N{GREEK SMALL LETTER LAMDA} \N{black heart suit} \N{CJK UNIFIED IDEOGRAPH-4E2D} \N{HANGUL SYLLABLE GA} \N{DEGREE SIGN}"
print(s, len(s), ascii(s))
name = "x"
print(f"\N{RIGHTWARDS DOUBLE ARROW} {name} \N{LATIN CAPITAL LETTER A WITH RING ABOVE}")
print("\N{EM DASH}".encode("utf-8"), r"\N{EM DASH}")
try:
    eval('"\\N{NO SUCH CHARACTER NAME}"')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
