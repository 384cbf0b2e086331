# __init_subclass__ is an implicit classmethod: super() chains through several of them, an explicit
# @classmethod one is called too, and object's refuses class keywords
class Registry:
    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        print('Registry sees', cls.__name__)

class Plugin(Registry):
    def __init_subclass__(cls, kind='plain', **kwargs):
        super().__init_subclass__(**kwargs)
        cls.kind = kind
        print('Plugin sees', cls.__name__, kind)

class Audio(Plugin, kind='audio'):
    pass

class Mp3(Audio):
    pass

print(Audio.kind, Mp3.kind)
print(type(Registry.__dict__['__init_subclass__']).__name__)
print(Plugin.__init_subclass__)

class Tagged:
    @classmethod
    def __init_subclass__(cls, tag='none', **kw):
        super().__init_subclass__(**kw)
        print('Tagged', cls.__name__, tag)

class T1(Tagged, tag='x'):
    pass

class T2(T1):
    pass

try:
    class Z(foo=1):
        pass
except TypeError as e:
    print(e)
