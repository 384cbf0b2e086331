# PEP 585 generic aliases: list[int], dict[str, list[float]], tuple[int, ...] print, compare, call their origin and join unions
import numpy as np
print(list[int], dict[str, list[float]], tuple[int, ...], set[np.ndarray], type[int], tuple[()])
a = list[int]
print(a.__origin__, a.__args__, a == list[int], a == list[str], list[int]((1, 2)), dict[str, int](x=1))
print(list[int] | None, int | list[str], type(list[int]).__name__)
class P:
    d: list[int] = []
    e: dict[str, int | None]
print(P.__annotations__)
class C: pass
print(C[int] is C if False else 'skip')
