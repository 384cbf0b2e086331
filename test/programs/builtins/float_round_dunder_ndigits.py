# float.__round__ called directly with an explicit ndigits (including 0) returns a float
print((1.1).__round__(0), type((1.1).__round__(0)).__name__)
print((2.5).__round__(0), (-0.4).__round__(0), (7.0).__round__(1), (123.0).__round__(-1))
print((1.1).__round__(), type((1.1).__round__()).__name__, (2.675).__round__(2))
print(round(3.0, 0), round(3.0, None), type(round(3.0, None)).__name__)
