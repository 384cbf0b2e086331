import os, pathlib
from os import PathLike
print(os.PathLike, PathLike is os.PathLike, isinstance(pathlib.Path("x"), os.PathLike), isinstance("x", os.PathLike))
class P:
    def __fspath__(self): return "/tmp/p"
class N:
    __fspath__ = None
print(isinstance(P(), os.PathLike), issubclass(N, os.PathLike), os.fspath(P()), os.PathLike[str])
def load(path: str | os.PathLike) -> str:
    return os.fspath(path)
print(load(P()), load("a"))
try:
    os.nope
except AttributeError as e:
    print(e)
print(hasattr(os, "nope"), "PathLike" in dir(os))
try:
    os.PathLike()
except TypeError as e:
    print(e)
