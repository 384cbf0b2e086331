# typing.get_type_hints while the module still runs: string annotations and names imported or defined
# only for annotations, on functions, classes and dataclasses
from typing import Optional, List, Dict, get_type_hints
from dataclasses import dataclass

class Node:
    value: int
    next: "Optional[Node]"
    def link(self, other: "Node") -> "Optional[Node]":
        return other

def build(items: "List[int]", table: "Dict[str, Node]" = None) -> "Node":
    return Node()

print(get_type_hints(Node))
print(get_type_hints(Node.link))
print(get_type_hints(build))

@dataclass
class Edge:
    a: "Node"
    weight: "float" = 1.0

print(get_type_hints(Edge))
