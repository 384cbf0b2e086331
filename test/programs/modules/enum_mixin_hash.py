# IntEnum/StrEnum members (and int/str mixin enums) hash as their values, so they find int/str dict keys
from enum import IntEnum, Enum, StrEnum, IntFlag
class W(IntEnum):
    MON = 1
class S(StrEnum):
    A = "a"
class E(Enum):
    X = 1
class P(IntFlag):
    R = 4
print(hash(W.MON) == hash(1), hash(S.A) == hash("a"), hash(E.X) == hash("X"), hash(P.R) == hash(4), {W.MON: 1}.get(1), {1: "x"}[W.MON], {"a": 1}.get(S.A))
class M(int, Enum):
    A = 5
class N(str, Enum):
    B = "b"
print(hash(M.A) == hash(5), {5: "five"}[M.A], {"b": 2}[N.B], hash(N.B) == hash("b"), {M.A, 5}, len({W.MON, 1}), {S.A: 1}["a"])
counts = {}
for d in [W.MON, W.MON, 1]: counts[d] = counts.get(d, 0) + 1
print(counts)
