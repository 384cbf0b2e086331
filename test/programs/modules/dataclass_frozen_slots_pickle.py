# A frozen dataclass with slots=True survives pickling and copying: the class gets __getstate__/__setstate__
# that hand over the field values and set them past the frozen __setattr__.
import copy
import pickle
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Point:
    x: int
    y: int = 0


@dataclass(frozen=True, slots=True)
class Segment:
    a: Point
    b: Point
    label: str = "seg"


s = Segment(Point(1, 2), Point(3))
back = pickle.loads(pickle.dumps(s))
print(back, back == s, back is s)
print(Point(5, 6).__getstate__(), copy.deepcopy(s), copy.copy(Point(7)))
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print(proto, pickle.loads(pickle.dumps(Point(proto, -proto), protocol=proto)))
try:
    back.label = "x"
except AttributeError as e:
    print(type(e).__name__, e)
