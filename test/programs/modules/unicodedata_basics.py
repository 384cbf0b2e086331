# unicodedata: names, lookup, properties, numeric values, decomposition and normalization
import unicodedata
for ch in ['A', 'é', 'ß', '€', '中', '가', '😀', '→', 'Ω', 'ж', '٣', '½', '\u0301', ' ', '\t', '_', '∑', '①', '𝔸', 'ﬁ']:
    print(repr(ch), unicodedata.name(ch, '?'), unicodedata.category(ch), unicodedata.bidirectional(ch),
          unicodedata.east_asian_width(ch), unicodedata.combining(ch), unicodedata.mirrored(ch),
          unicodedata.numeric(ch, None), unicodedata.decimal(ch, None), unicodedata.digit(ch, None),
          repr(unicodedata.decomposition(ch)) if not unicodedata.decomposition(ch).startswith('<') else 'compat')
for n in ['LATIN SMALL LETTER E WITH ACUTE', 'snowman', 'GREEK SMALL LETTER ALPHA', 'EURO SIGN', 'GRINNING FACE',
          'CJK UNIFIED IDEOGRAPH-4E2D', 'HANGUL SYLLABLE GAG', 'Black Heart Suit', 'DIGIT SEVEN']:
    print(n, repr(unicodedata.lookup(n)))
print('bullet', unicodedata.lookup('BULLET'))
s = 'Cafe\u0301 naïve Å ﬁ ①'
for form in ['NFC', 'NFD', 'NFKC', 'NFKD']:
    t = unicodedata.normalize(form, s)
    print(form, len(t), ascii(t), unicodedata.is_normalized(form, t), unicodedata.is_normalized(form, s))
def strip_accents(text):
    return ''.join(c for c in unicodedata.normalize('NFD', text) if unicodedata.category(c) != 'Mn')
print(strip_accents('Ça va très bien, São Paulo, Zürich, Ångström'))
print(sum(1 for c in 'Hello, World! 123' if unicodedata.category(c).startswith('L')))
for bad in [lambda: unicodedata.name('\x00'), lambda: unicodedata.lookup('NO SUCH THING'), lambda: unicodedata.numeric('x'),
            lambda: unicodedata.decimal('½'), lambda: unicodedata.digit('x'), lambda: unicodedata.normalize('NFX', 'a'),
            lambda: unicodedata.category('ab'), lambda: unicodedata.name(5)]:
    try: bad()
    except (ValueError, KeyError, TypeError) as e: print(type(e).__name__, e)
print(unicodedata.unidata_version)
width = lambda s: sum(2 if unicodedata.east_asian_width(c) in 'WF' else 1 for c in s)
print(width('abc'), width('日本語'), width('ｱｲｳ'))
print([unicodedata.name(c) for c in 'ǅⅫ'], unicodedata.numeric('Ⅻ'), unicodedata.numeric('万'), unicodedata.numeric('\u0f33'))
