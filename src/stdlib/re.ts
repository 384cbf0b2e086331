/**
 * `re`, written in Python (see src/stdlib/index.ts) over the TypeScript engine `_re`
 * (src/modules/re.ts, which compiles and runs the patterns). This layer adds what is plain Python in
 * CPython 3.11: the flag constants as members of `RegexFlag`, an IntFlag whose repr and str name the
 * module-level constants (`re.IGNORECASE|re.MULTILINE`, unknown bits in hex, `re.NOFLAG` for zero),
 * as the `global_enum` decorator makes them print.
 */
export const source = String.raw`
import enum as _enum
from _re import (compile, match, fullmatch, search, findall, finditer, sub, subn, split, escape,
                 purge, error, Pattern, Match)

__all__ = [
    'match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer', 'compile', 'purge',
    'escape', 'error', 'Pattern', 'Match', 'A', 'I', 'L', 'M', 'S', 'X', 'U', 'ASCII', 'IGNORECASE',
    'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE', 'UNICODE', 'NOFLAG', 'RegexFlag',
]


class RegexFlag(_enum.IntFlag):
    NOFLAG = 0
    ASCII = A = 256
    IGNORECASE = I = 2
    LOCALE = L = 4
    UNICODE = U = 32
    MULTILINE = M = 8
    DOTALL = S = 16
    VERBOSE = X = 64
    TEMPLATE = T = 1
    DEBUG = 128

    # members in definition order, then any bits no member names, in hex
    def __repr__(self):
        value = self._value_
        if not value:
            return 're.NOFLAG'
        names = []
        for name in RegexFlag._member_names_:
            bit = RegexFlag._member_map_[name]._value_
            if bit and value & bit == bit:
                names.append('re.' + name)
                value &= ~bit
        if value:
            names.append(hex(value))
        return '|'.join(names)

    __str__ = __repr__

    def __format__(self, format_spec):
        return format(repr(self), format_spec)


NOFLAG = RegexFlag.NOFLAG
ASCII = A = RegexFlag.ASCII
IGNORECASE = I = RegexFlag.IGNORECASE
LOCALE = L = RegexFlag.LOCALE
UNICODE = U = RegexFlag.UNICODE
MULTILINE = M = RegexFlag.MULTILINE
DOTALL = S = RegexFlag.DOTALL
VERBOSE = X = RegexFlag.VERBOSE
TEMPLATE = T = RegexFlag.TEMPLATE
DEBUG = RegexFlag.DEBUG
`;
