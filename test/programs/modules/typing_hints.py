# typing: None becomes NoneType and strings ForwardRef when subscripted; Optional is a two-member Union
# (args in order, equal to Union[X, None], Unions compare as sets); get_type_hints evaluates string
# annotations and forward references in the defining module, merging a class's bases
from typing import *
print(Optional[int], Union[int, None], Union[None, int], Optional[Union[int, str]], Union[int, str, None], get_args(Union[None,int]), get_args(Optional[int]), Optional[int] == Union[int, None], get_args(Optional[Union[int,str]]))
print(List[None], Callable[[int], None], Tuple[int, None], Dict[str, Optional[int]], Optional[List[int]], Union[int, List[str]], List["A"], Optional["A"])
class A:
    y: 'str'
    z: 'List[int]'
    w: 'A'
class B(A):
    q: Optional['B'] = None
print(get_type_hints(A))
print(get_type_hints(B))
def f(a: 'int', b: Optional['A'] = None) -> 'A': pass
print(get_type_hints(f), f.__annotations__)
print(Literal["a", None], get_args(Literal[1, 2]), get_origin(Optional[int]), Union[int, str] == Union[str, int], hash(Optional[int]) == hash(Union[int, None]))
