# a plain object() has no instance dict: attribute stores fail, a subclass's instances take them
sentinel = object()
for store in [lambda: setattr(sentinel, "x", 1), lambda: sentinel.__setattr__("y", 2)]:
    try:
        store()
    except AttributeError as e:
        print("AttributeError:", e)


def tag(o):
    o.label = "tagged"
    return o


try:
    tag(object())
except AttributeError as e:
    print("AttributeError:", e)


class Box:
    pass


print(tag(Box()).label)
for _ in range(3):
    try:
        tag(sentinel)
    except AttributeError as e:
        print("AttributeError:", e)
# …and no __dict__ to read either; vars() says so too
for read in [lambda: sentinel.__dict__, lambda: vars(sentinel)]:
    try:
        read()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(hasattr(sentinel, "__dict__"), hasattr(Box(), "__dict__"), vars(Box()))
