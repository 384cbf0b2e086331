# bases with unrelated builtin instance layouts cannot be combined; exception bases and
# mixins of plain classes / ABCs can
import collections, collections.abc, enum
for bases in [(int, str), (list, dict), (int, float), (list, tuple), (dict, set), (str, bytes),
              (Exception, int), (object, int), (int, object), (ValueError, TypeError),
              (KeyError, IndexError), (OSError, ValueError),
              (collections.OrderedDict, dict), (dict, collections.abc.MutableMapping), (ExceptionGroup, ValueError)]:
    try:
        T = type("T", bases, {})
        print([b.__name__ for b in bases], "ok", [c.__name__ for c in T.__mro__])
    except TypeError as e:
        print([b.__name__ for b in bases], "TypeError:", e)
try:
    class Both(list, dict):
        pass
except TypeError as e:
    print("class statement:", e)
class MyList(list):
    pass
try:
    class Mixed(MyList, set):
        pass
except TypeError as e:
    print("subclass base:", e)
class Color(str, enum.Enum):
    RED = "r"
print(Color.RED, Color.RED.upper())
