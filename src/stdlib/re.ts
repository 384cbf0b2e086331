/**
 * `re`, written in Python (see src/stdlib/index.ts) over the TypeScript engine `_re`
 * (src/modules/re.ts, which compiles and runs the patterns). This layer adds what is plain Python in
 * CPython 3.11: the flag constants as members of `RegexFlag`, an IntFlag whose repr and str name the
 * module-level constants (`re.IGNORECASE|re.MULTILINE`, unknown bits in hex, `re.NOFLAG` for zero),
 * as the `global_enum` decorator makes them print; and the undocumented `Scanner`, a lexer made of
 * (pattern, action) pairs tried as one alternation at successive positions.
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


class Scanner:
    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        # each phrase becomes a capturing group of one alternation; its own groups follow it, so the
        # phrase that matched is the one whose group closed last (lastindex)
        parts = []
        self._actions = {}
        gid = 1
        for phrase, action in lexicon:
            self._actions[gid] = action
            parts.append('(' + phrase + ')')
            gid += 1 + compile(phrase, flags).groups
        self.scanner = compile('|'.join(parts), flags)

    def scan(self, string):
        result = []
        i = 0
        while True:
            m = self.scanner.match(string, i)
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = self._actions[m.lastindex]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]
`;
