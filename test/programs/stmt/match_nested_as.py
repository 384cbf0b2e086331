# Nested as-patterns: `p as name` inside sequence, mapping, class and parenthesized patterns (the
# top-level `case p as name` aside), with or-patterns, guards, and a case body using with/except `as`
from dataclasses import dataclass
@dataclass
class Pt:
    x: int
    y: int
def f(v):
    match v:
        case [1 as one, (2 | 3) as n, *rest] as whole:
            return ("seq", one, n, rest, whole)
        case {"k": (1 | 2) as kv, "z": [_, b as inner]}:
            return ("map", kv, inner)
        case Pt(x=0 as z, y=(int() as yy)) if yy > 1:
            return ("pt", z, yy)
        case Pt(1 as a, b):
            with open(__file__) as fh:
                pass
            try:
                raise KeyError(a)
            except KeyError as e:
                return ("pt1", a, b, repr(e))
        case (("a" | "b") as letter, _):
            return ("pair", letter)
        case _:
            return None
for v in [[1, 2], [1, 3, 4, 5], {"k": 2, "z": [0, 9]}, Pt(0, 5), Pt(0, 1), Pt(1, 7), ("b", 0), "x"]:
    print(f(v))
def cmd(s):
    match s.split():
        case ["go", ("north" | "south") as d]:
            return "going " + d
        case ["say", *words]:
            return " ".join(words)
        case _:
            return "?"
print(cmd("go north"), cmd("go west"), cmd("say hi there"))
