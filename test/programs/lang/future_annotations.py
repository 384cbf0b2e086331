from __future__ import annotations
from dataclasses import dataclass

class Node:
    def __init__(self, val: int, nxt: Node | None = None) -> None:
        self.val = val
        self.nxt = nxt
    def push(self, v: int) -> Node:
        return Node(v, self)

@dataclass
class P:
    x: float
    y: UndefinedThing = None

def f(a: list[int], b: dict[str, Missing]) -> tuple[int, ...]:
    return (len(a), len(b))

n = Node(1).push(2)
print(n.val, n.nxt.val, f([1], {}), P(1.0))
print(f.__annotations__)
print(Node.__init__.__annotations__)
x: SomethingElse = 5
print(__annotations__)
print(P.__annotations__)
