# A TypeVar's bound and constraints given as strings become forward references, as in CPython's typing
from typing import TypeVar, ForwardRef

K = TypeVar("K", bound="Comparable")
N = TypeVar("N", "Decimal", float)
P = TypeVar("P", bound=int)
Q = TypeVar("Q")
print(K, K.__bound__, K.__bound__ == ForwardRef("Comparable"))
print(N.__constraints__, P.__bound__, Q.__bound__, Q.__constraints__)
