# dir() asks the type's __dir__ (a class's for its instances, a metaclass's for its classes) and sorts it
class Record:
    def __init__(self):
        self.b = 1

    def __dir__(self):
        return ['zeta', 'alpha', 'mid']


class Meta(type):
    def __dir__(cls):
        return iter(['q', 'p'])


class Thing(metaclass=Meta):
    pass


print(dir(Record()), dir(Thing), dir(Record)[-3:], dir(Thing())[-2:])
