# BaseException has its own __str__ and __repr__: super().__str__() in a subclass gives the message
class Tagged(ValueError):
    def __str__(self):
        return 'tagged: ' + super().__str__()


class Coded(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code

    def __repr__(self):
        return f'Coded({self.code}, {super().__repr__()})'


class Lookup(KeyError):
    def __str__(self):
        return '<' + super().__str__() + '>'


print(str(Tagged('x')), repr(Tagged('x')), f'{Tagged("y", 2)}')
print(repr(Coded(404, 'not found')), str(Coded(500, 'oops')))
print(str(Lookup('k')), BaseException.__str__(ValueError('v')), Exception.__repr__(TypeError('t', 1)))
try:
    raise Tagged('boom')
except ValueError as e:
    print(e, [e])
raise Tagged('uncaught')
