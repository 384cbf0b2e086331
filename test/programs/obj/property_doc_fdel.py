# a property without doc= takes its getter's docstring; fdel is readable like fget and fset
class Temp:
    @property
    def celsius(self):
        """Temperature in degrees Celsius."""
        return 20

    @celsius.setter
    def celsius(self, v):
        pass

    @celsius.deleter
    def celsius(self):
        pass

    plain = property(lambda self: 1)
    documented = property(lambda self: 2, doc='given doc')


print(Temp.celsius.__doc__)
print(Temp.plain.__doc__, Temp.documented.__doc__, property().__doc__)
print(Temp.celsius.fdel.__name__, Temp.plain.fdel, Temp.celsius.fset.__name__)
