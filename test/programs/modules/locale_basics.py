# locale: the C locale (setlocale/getlocale, localeconv, formatting helpers)
import locale
print(locale.setlocale(locale.LC_ALL, 'C'), locale.getlocale(), locale.setlocale(locale.LC_NUMERIC))
conv = locale.localeconv()
print(conv['decimal_point'], repr(conv['thousands_sep']), conv['grouping'], conv['frac_digits'] == locale.CHAR_MAX)
print(locale.format_string('%d', 1234567, grouping=True), locale.format_string('%.2f and %s', (1.5, 'x')), locale.format_string('%(n)05d', {'n': 42}))
print(locale.str(3.14159265358979), locale.atof('2.5'), locale.atoi('12'), locale.delocalize('1.25'))
print(locale.getpreferredencoding(), locale.getpreferredencoding(False), locale.setlocale(locale.LC_ALL, 'POSIX'))
print(locale.normalize('en_US'), locale.normalize('C'), locale.LC_ALL, locale.LC_CTYPE, locale.LC_NUMERIC)
for bad in ['xx_YY.UTF-8', 'klingon']:
    try:
        locale.setlocale(locale.LC_ALL, bad)
    except locale.Error as e:
        print('locale.Error', e)
try:
    locale.currency(5)
except ValueError as e:
    print(e)
print(locale.strcoll('a', 'b'), locale.strxfrm('abc'), issubclass(locale.Error, Exception))
