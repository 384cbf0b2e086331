class M(type):
    def __hash__(cls): return 42
class A(metaclass=M): pass
class B: pass
print(hash(A), hash(B) == hash(B), {int: 1, str: 2}[str], int in {int, float}, type(3) in {int}, hash(type) == hash(type), len({int, int, B, A}))
