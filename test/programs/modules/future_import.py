# from __future__ import ... runs: the __future__ module's _Feature records
from __future__ import annotations, division, print_function
import __future__
print(__future__.annotations, __future__.all_feature_names, annotations.getMandatoryRelease(), division.compiler_flag)
def area(w: float, h: float) -> float: return w * h
print(area(2, 3.5), 7 / 2)
