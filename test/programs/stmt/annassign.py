# annotated assignment
x: int = 5
y: list[int] = [1, 2]
z: "str"
print(x, y)
try:
    print(z)
except NameError as e:
    print("NameError:", e)
class C:
    a: int = 3
    b: str
    def __init__(self):
        self.c: float = 1.5
c = C()
print(C.a, c.c, hasattr(C, "b"))
d = {}
d["k"]: int = 9
print(d)
def f(n: int) -> int:
    total: int = 0
    for i in range(n):
        total += i
    return total
print(f(5))
