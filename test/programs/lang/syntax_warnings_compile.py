# the SyntaxWarnings compile() issues (CPython 3.11's compiler checks, after its constant folding):
# `is` with a literal, an always-true assert, calling or subscripting a literal that cannot be, and a
# literal's index of the wrong type; repeated where the compiler generates code twice (while tests,
# finally bodies once per way out of the try)
import warnings

SOURCES = [
    "x is 5", "x is -1", "x is ()", "x is (1, (2,))", "x is 2 + 3", "x is 'a' * 3", "x is not (1, 2)[0]",
    "x is []", "x is None", "x is True", "x is ...", "x is (x,)", "x is -x", "x is 1/0", "x is 'a' + 1",
    "x is (not 1)", "x is ~1.5", "x is f'{x}'", "5 is x", "x is not 3", "1 is 2 is 3", "x == 1 is 2",
    "x is 1 or y is 2", "x = (\n  1 is\n  2)",
    "assert (x, 'm')", "assert ()", "assert (1, 2)", "assert x, ('a',)",
    "[1, 2] (3, 4)", "5 (x)", "'abc' (x)", "None ()", "{1: 2} ()", "{a: b for a in c} ()", "{1} ()",
    "(x for x in y) ()", "f'x' ()", "... ()", "True ()", "(lambda: 0) ()", "(1+2) ()", "(2 ** -1) ()",
    "x (1)", "a = [\n  1, 2\n] (3)",
    "5 [0]", "None [0]", "{1, 2} [0]", "1.5 [0]", "True [0]", "-1 [0]", "(lambda: 0) [0]",
    "(x for x in y) [0]", "[1, 2] [x]", "'abc' ['a']", "[1] [1.0]", "(1,) ['a']", "b'x' [None]",
    "'abc' [1:2]", "[1] [(1, 2)]", "[1, 2] [x, y]", "[1] [{}]", "[1] [lambda: 0]", "{1: 2} ['a']",
    "[x for x in y] ['a']", "'abc' [f'{x}']", "(1, 2) [0]", "[1][-1]", "'a' [True]",
    "x[1]['a']", "'abc'['a'] = 5", "del 'abc'['a']", "d = {1: 'a' ['b']}", "f(5 [0])",
    "@5 ()\ndef f(): pass", "class A(5 ()):\n    x = 1 is 1", "def f(a=1 is 1) -> 2 is 2:\n    return 3 is 3",
    "x: 'a'[1.5] = 1", "def f():\n    x: 'a'[1.5] = 1", "[a is 1 for a in (b is 2) if a is 3]",
    "y = (a is 1) if (b is 2) else (c is 3)", "x['a' is 1] = 1 is 2", "x['a' is 1] += 1 is 2",
    "match x:\n    case 1 if x is 2:\n        y is 3", "while x is 1:\n    pass\nelse:\n    y is 2",
    "while True:\n    x is 1",
    "try:\n    pass\nfinally:\n    x is 1", "def f():\n    try:\n        return 1\n    finally:\n        x is 1",
    "for a in b:\n    try:\n        break\n    finally:\n        x is 1",
    "for a in b:\n    try:\n        for c in d:\n            break\n    finally:\n        x is 1",
    "try:\n    pass\nexcept* ValueError:\n    x is 1\nfinally:\n    y is 2",
    "from __future__ import annotations\ndef f(a: 1 is 1): pass",
]
for source in SOURCES:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        compile(source, "<src>", "exec")
    print(repr(source), [(w.category.__name__, str(w.message), w.lineno, w.filename) for w in caught])

# exec() of a string warns too; a warning turned into an error stops the compilation
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    exec("v = 'q'\nprint(v is 'q' or 'different object')")
print([(str(w.message), w.lineno) for w in caught])
# (as a SyntaxError at the expression)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    for source in ["x is 1", "y = 2\nif  y is 1: pass", "[1] (2)", "assert (1, 2)"]:
        try:
            compile(source, "<strict>", "exec")
        except SyntaxError as e:
            print(repr(e), e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
