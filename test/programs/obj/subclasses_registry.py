# type.__subclasses__(): the direct subclasses in definition order (a plugin-registry pattern walks
# them recursively), for plain classes, ABCs, multiple inheritance and classes made by type().
import abc


class Plugin:
    pass


class CsvPlugin(Plugin):
    pass


class JsonPlugin(Plugin):
    pass


class PrettyJson(JsonPlugin):
    pass


class Mixin:
    pass


class Both(Mixin, CsvPlugin):
    pass


Dyn = type("Dyn", (Plugin,), {})


def all_subclasses(cls):
    out = []
    for sub in cls.__subclasses__():
        out.append(sub.__name__)
        out.extend(all_subclasses(sub))
    return out


print([c.__name__ for c in Plugin.__subclasses__()])
print(all_subclasses(Plugin))
print(JsonPlugin.__subclasses__(), Mixin.__subclasses__(), PrettyJson.__subclasses__())


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...


class Sq(Shape):
    def area(self):
        return 4


print([c.__name__ for c in Shape.__subclasses__()], type.__subclasses__(Plugin) == Plugin.__subclasses__())
