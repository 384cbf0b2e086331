# html: escape / unescape (named, numeric and invalid references) and html.entities
import html
from html.entities import name2codepoint, codepoint2name
print(html.escape('<a href="x">Tom & Jerry\'s</a>'))
print(html.escape('<b>"q"</b>', quote=False))
for s in ['&lt;p&gt;', '&amp;amp;', '&copy; 2024', '&#39;&#x27;&#X41;', '&eacute;t&eacute;', '&notit; &notin;',
          '&ampfoo', '&nosuch;', '&#128;&#0;&#x110000;&#55296;', '&#1;x', 'no refs', '&hellip;&mdash;&nbsp;|',
          '&Auml&AMP&apos;', '&#65', '&lt', '&#x1F600;']:
    print(repr(html.unescape(s)))
print(name2codepoint['amp'], codepoint2name[0x3b1], len(name2codepoint))
print(html.unescape(html.escape('a < b && c > "d"')))
