# instances of a class whose __slots__ leave out __dict__ have no __dict__ (vars() refuses them too);
# a subclass without __slots__ gets one again
class Node:
    __slots__ = ("val", "next")

    def __init__(self, val, next=None):
        self.val, self.next = val, next


n = Node(1, Node(2))
print(n.next.val, hasattr(n, "__dict__"))
for action in (lambda: n.__dict__, lambda: vars(n), lambda: vars(3), lambda: vars("text")):
    try:
        print(action())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)


class Sub(Node):
    pass


s = Sub(3)
s.extra = 4
print(s.__dict__, vars(s), hasattr(s, "__dict__"))
