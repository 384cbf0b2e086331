# dict keys whose equality crosses representations: an int and an equal Decimal/Fraction or an
# object whose __hash__ is an int's hash find, update and delete each other's entries
class K:
    def __hash__(self): return 1
    def __eq__(self, o): return o == 1
d = {K(): "c"}
print(d.get(1), 1 in d)
try: print(d[1])
except KeyError as e: print("KeyError", e)
d2 = {K(): "x", 5: "y"}
from fractions import Fraction
from decimal import Decimal
d = {Decimal('1.0'): 'a', 2: 'b', Fraction(3): 'c'}
print(d[1], d[Decimal(2)], d[3], 1 in d, d.get(Fraction(2)))
d[1] = 'A'; d[Fraction(2)] = 'B'; d[Decimal('3.00')] = 'C'
print(d, len(d))
del d[1]; print(d, 1 in d, Decimal(1) in d)
d[Decimal(1)] = 'z'; print(d)
class K:
    def __hash__(self): return -2
    def __eq__(self, o): return o == -1
print({-1: 'neg'}[K()], {K(): 'k'}[-1])
s = {1, 2}; print(Fraction(1) in s, Decimal(2) in s, {Fraction(1): 1} == {1: 1}, {1: 'x'}.pop(Decimal(1)))
