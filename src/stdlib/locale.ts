/**
 * `locale`, written in Python (see src/stdlib/index.ts): the C / POSIX / C.UTF-8 locales, which are
 * what ndpy implements (any other name raises locale.Error, as CPython does on a host without it).
 * At start-up LC_CTYPE follows the environment (LC_ALL / LC_CTYPE / LANG, a C locale coerced to
 * C.UTF-8 as CPython does) and the other categories are "C". setlocale queries/sets per category
 * (LC_ALL answering glibc's composite string when they differ), getlocale/normalize parse names,
 * localeconv gives the C conventions, and format_string / str / atof / atoi / delocalize / currency
 * apply them (grouping by the locale's grouping and thousands separator).
 */
export const source = String.raw`
import _ndpy_host

__all__ = ['getlocale', 'getdefaultlocale', 'getpreferredencoding', 'Error', 'setlocale', 'resetlocale',
           'localeconv', 'strcoll', 'strxfrm', 'str', 'atof', 'atoi', 'format_string', 'currency',
           'normalize', 'LC_CTYPE', 'LC_COLLATE', 'LC_TIME', 'LC_MONETARY', 'LC_NUMERIC', 'LC_ALL',
           'LC_MESSAGES', 'CHAR_MAX', 'getencoding']

_builtin_str = str

LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127


class Error(Exception):
    pass


Error.__module__ = 'locale'

_GLIBC_NAMES = ['LC_CTYPE', 'LC_NUMERIC', 'LC_TIME', 'LC_COLLATE', 'LC_MONETARY', 'LC_MESSAGES', 'LC_PAPER',
                'LC_NAME', 'LC_ADDRESS', 'LC_TELEPHONE', 'LC_MEASUREMENT', 'LC_IDENTIFICATION']
_KNOWN = {'c': 'C', 'posix': 'C', 'c.utf8': 'C.UTF-8', 'c.utf-8': 'C.UTF-8'}


def _startup_ctype():
    name = _ndpy_host.locale_env()
    canon = _KNOWN.get(name.lower()) if name else 'C'
    if canon in (None, 'C', 'POSIX'):
        return 'C.UTF-8'
    return canon


_current = [_startup_ctype()] + ['C'] * 11


def _resolve(name):
    if name == '':
        env = _ndpy_host.locale_env()
        name = env or 'C'
    canon = _KNOWN.get(name.lower())
    if canon is None:
        raise Error('unsupported locale setting')
    return canon


def setlocale(category, locale=None):
    if locale is not None and not isinstance(locale, _builtin_str):
        locale = normalize(_build_localename(locale))
    if not isinstance(category, int) or not 0 <= category <= LC_ALL:
        raise Error('unsupported locale setting')
    if locale is None:
        if category == LC_ALL:
            if all(x == _current[0] for x in _current):
                return _current[0]
            return ';'.join('%s=%s' % (n, v) for n, v in zip(_GLIBC_NAMES, _current))
        return _current[category]
    canon = _resolve(locale)
    if category == LC_ALL:
        for i in range(len(_current)):
            _current[i] = canon
    else:
        _current[category] = canon
    return setlocale(category)


def resetlocale(category=LC_ALL):
    setlocale(category, '')


def _build_localename(localetuple):
    try:
        language, encoding = localetuple
        if language is None:
            language = 'C'
        if encoding is None:
            return language
        return language + '.' + encoding
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of two strings -- language code, encoding.') from None


_ALIASES = {'c': 'C', 'posix': 'C', 'c.utf8': 'en_US.UTF-8', 'c.utf-8': 'en_US.UTF-8', 'c.ascii': 'C',
            'en': 'en_US.ISO8859-1', 'en_us': 'en_US.ISO8859-1', 'en_gb': 'en_GB.ISO8859-1',
            'de_de': 'de_DE.ISO8859-1', 'fr_fr': 'fr_FR.ISO8859-1', 'ja_jp': 'ja_JP.eucJP'}
_ENCODINGS = {'utf8': 'UTF-8', 'utf-8': 'UTF-8', 'latin1': 'ISO8859-1', 'iso88591': 'ISO8859-1',
              'iso8859-1': 'ISO8859-1', 'ascii': 'ISO8859-1', 'eucjp': 'eucJP', 'iso885915': 'ISO8859-15'}


def normalize(localename):
    code = localename.lower()
    if ':' in code:
        code = code.replace(':', '.')
    if '@' in code:
        code, modifier = code.split('@', 1)
    else:
        modifier = ''
    if code in _ALIASES and not modifier:
        return _ALIASES[code]
    if '.' in code:
        langname, encoding = code.split('.', 1)
    else:
        langname, encoding = code, ''
    base = _ALIASES.get(langname)
    if base is None:
        return localename
    if encoding:
        enc = _ENCODINGS.get(encoding.replace('_', ''), encoding.upper())
        base = base.split('.')[0] + '.' + enc
    if modifier:
        base += '@' + modifier
    return base


def _parse_localename(localename):
    code = normalize(localename)
    if '@' in code:
        code, modifier = code.split('@', 1)
        if modifier == 'euro' and '.' not in code:
            return code, 'iso-8859-15'
    if '.' in code:
        return tuple(code.split('.')[:2])
    if code == 'C':
        return None, None
    if code == 'UTF-8':
        return None, 'UTF-8'
    raise ValueError('unknown locale: %s' % localename)


def getlocale(category=LC_CTYPE):
    localename = setlocale(category)
    if category == LC_ALL and ';' in localename:
        raise TypeError('category LC_ALL is not supported')
    return _parse_localename(localename)


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    import warnings
    warnings.warn("'locale.getdefaultlocale' is deprecated and slated for removal in Python 3.15. "
                  "Use setlocale(), getencoding() and getlocale() instead.", DeprecationWarning, stacklevel=2)
    name = _ndpy_host.locale_env() or 'C'
    return _parse_localename(name)


def _codeset(name):
    return 'UTF-8' if name.endswith('UTF-8') else 'ANSI_X3.4-1968'


def getencoding():
    return _codeset(_current[LC_CTYPE])


def getpreferredencoding(do_setlocale=True):
    if do_setlocale:
        # the encoding of the user's preferred locale, without changing the current one
        return _codeset(_startup_ctype())
    return getencoding()


def localeconv():
    return {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '', 'mon_thousands_sep': '',
            'mon_grouping': [], 'positive_sign': '', 'negative_sign': '', 'int_frac_digits': CHAR_MAX,
            'frac_digits': CHAR_MAX, 'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX,
            'n_cs_precedes': CHAR_MAX, 'n_sep_by_space': CHAR_MAX, 'p_sign_posn': CHAR_MAX,
            'n_sign_posn': CHAR_MAX, 'decimal_point': '.', 'thousands_sep': '', 'grouping': []}


def nl_langinfo(key):
    return getencoding() if key == CODESET else ''


CODESET = 14


def strcoll(a, b):
    return (a > b) - (a < b)


def strxfrm(s):
    return s


def _group(s, monetary=False):
    conv = localeconv()
    sep = conv['mon_thousands_sep' if monetary else 'thousands_sep']
    grouping = conv['mon_grouping' if monetary else 'grouping']
    if not grouping or not sep:
        return s, 0
    stripped = s.rstrip()
    trailing = s[len(stripped):]
    s = stripped
    groups = []
    last = None
    gi = 0
    while s and s[-1] in '0123456789':
        if gi < len(grouping):
            g = grouping[gi]
            if g == CHAR_MAX:
                break
            if g == 0:
                g = last
            else:
                last = g
                gi += 1
        else:
            g = last
        if g is None:
            break
        groups.append(s[-g:])
        s = s[:-g]
    if not groups:
        return s + trailing, 0
    groups.reverse()
    return s + sep.join(groups) + trailing, len(groups) - 1


def _format_one(spec, value, grouping=False, monetary=False):
    formatted = spec % value
    if spec[-1] in 'eEfFgGdiu':
        conv = localeconv()
        parts = formatted.split('.')
        if grouping:
            parts[0], _ = _group(parts[0], monetary)
        dp = conv['mon_decimal_point' if monetary else 'decimal_point'] or '.'
        formatted = dp.join(parts)
    return formatted


def format_string(f, val, grouping=False, monetary=False):
    import re
    specs = list(re.finditer(r'%(?:\((?P<key>.*?)\))?(?P<modifiers>[-#0-9 +*.hlL]*?)[eEfFgGdiouxXcrs%]', f))
    if isinstance(val, dict):
        out = []
        last = 0
        for m in specs:
            out.append(f[last:m.start()])
            out.append(_format_one(m.group(), val, grouping, monetary) if m.group() != '%%' else '%')
            last = m.end()
        out.append(f[last:])
        return ''.join(out)
    if not isinstance(val, tuple):
        val = (val,)
    out = []
    last = 0
    i = 0
    for m in specs:
        out.append(f[last:m.start()])
        spec = m.group()
        if spec == '%%':
            out.append('%')
        else:
            stars = spec.count('*')
            args = val[i:i + stars + 1]
            i += stars + 1
            out.append(_format_one(spec, args if len(args) > 1 else args[0], grouping, monetary))
        last = m.end()
    out.append(f[last:])
    return ''.join(out)


def currency(val, symbol=True, grouping=False, international=False):
    conv = localeconv()
    digits = conv['int_frac_digits' if international else 'frac_digits']
    if digits == 127:
        raise ValueError("Currency formatting is not possible using the 'C' locale.")
    return format_string('%%.%if' % digits, abs(val), grouping, monetary=True)


def str(val):
    return _format_one('%.12g', val)


def delocalize(string):
    conv = localeconv()
    ts = conv['thousands_sep']
    if ts:
        string = string.replace(ts, '')
    dd = conv['decimal_point']
    if dd:
        string = string.replace(dd, '.')
    return string


def localize(string, grouping=False, monetary=False):
    return string


def atof(string, func=float):
    return func(delocalize(string))


def atoi(string):
    return int(delocalize(string))
`;
