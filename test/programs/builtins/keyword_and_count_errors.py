# Builtins report wrong argument counts and stray keywords as CPython's argument parsers do:
# positional-only ones refuse keywords, keyword-capable ones name the bad keyword.
import math


def attempt(label, f):
    try:
        print(label, "->", f())
    except TypeError as e:
        print(label, "-> TypeError:", e)


attempt("len kw", lambda: len([1], x=1))
attempt("abs kw", lambda: abs(-1, x=1))
attempt("divmod kw", lambda: divmod(7, 2, x=1))
attempt("isinstance kw", lambda: isinstance(1, int, x=1))
attempt("getattr kw", lambda: getattr(1, "real", default=0))
attempt("format kw", lambda: format(1.5, spec=".1f"))
attempt("round bad kw", lambda: round(1.25, digits=1))
attempt("round too many", lambda: round(1, 2, 3))
attempt("round kw too many", lambda: round(number=1, ndigits=1, x=1))
attempt("round by name and position", lambda: round(1.5, number=2))
attempt("round missing", lambda: round())
attempt("pow missing", lambda: pow(1))
attempt("pow missing before bad kw", lambda: pow(1, x=1))
attempt("pow too many", lambda: pow(1, 2, 3, 4))
attempt("sum none", lambda: sum())
attempt("sum too many", lambda: sum([1], 2, 3))
attempt("sum bad kw", lambda: sum([1], begin=1))
attempt("sum start kw", lambda: sum([1, 2], start=10))
attempt("enumerate none", lambda: enumerate())
attempt("enumerate too many", lambda: list(enumerate("ab", 1, 2)))
attempt("enumerate bad kw", lambda: enumerate("ab", first=1))
attempt("sorted none", lambda: sorted())
attempt("sorted two", lambda: sorted([2, 1], len))
attempt("reversed none", lambda: reversed())
attempt("zip bad kw", lambda: zip([1], fill=0))
attempt("vars two", lambda: vars(1, 2))
attempt("dir two", lambda: dir(1, 2))
attempt("globals arg", lambda: globals(1))
attempt("staticmethod none", lambda: staticmethod())
attempt("classmethod kw", lambda: classmethod(len, x=1))
attempt("property too many", lambda: property(None, None, None, "doc", 5))
attempt("list.sort positional", lambda: [3, 1].sort(len))
attempt("list.sort too many", lambda: [3, 1].sort(None, True, 1))
attempt("list.sort bad kw", lambda: [3, 1].sort(cmp=None))
attempt("math.isclose one", lambda: math.isclose(1))
attempt("math.isclose three", lambda: math.isclose(1, 2, 3))
attempt("math.isclose bad kw", lambda: math.isclose(1, 2, tol=1))
attempt("math.isclose ok", lambda: math.isclose(1, 1.0001, rel_tol=1e-3))
attempt("math.prod none", lambda: math.prod())
attempt("math.prod two", lambda: math.prod([2], [3]))
attempt("math.prod start", lambda: math.prod([2, 3], start=2))
attempt("math.prod bad kw", lambda: math.prod([2, 3], begin=2))
