# get_type_hints leaves Literal values alone and strips Annotated unless include_extras; get_origin and
# get_args of typing aliases, builtin generic aliases and X | Y unions
from typing import Literal, Annotated, Optional, List, get_type_hints
Mode = Literal['r', 'w']
def open_it(mode: Mode, size: Annotated[int, 'bytes'], tags: List[Annotated[str, 'tag']], other: "List[Literal['x']]" = None) -> Literal[1, 'two']: ...
print(get_type_hints(open_it))
print(get_type_hints(open_it, include_extras=True))
class Rec:
    kind: Literal['a', 'b']
    n: Annotated['int', 'count']
print(get_type_hints(Rec), get_type_hints(Rec, include_extras=True))
import typing
from typing import get_origin, get_args, Union, Dict, Generic, Callable, Tuple
for tp in (Literal[1], Optional[int], Union[int, str], List[int], dict[str, int], tuple[int, ...], int | None, Generic, int, Dict[str, List[int]], Tuple[int, str]):
    print(get_origin(tp), get_args(tp))
