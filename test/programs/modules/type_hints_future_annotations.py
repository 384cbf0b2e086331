# under `from __future__ import annotations` every annotation is text; get_type_hints evaluates it
# in the module's globals while the module runs
from __future__ import annotations
from typing import Optional, get_type_hints
from collections import OrderedDict

class Tree:
    left: Optional[Tree]
    items: OrderedDict[str, int]
    def walk(self, depth: int = 0) -> list[Tree]:
        return []

print(Tree.__annotations__)
print(get_type_hints(Tree))
print(get_type_hints(Tree.walk))
