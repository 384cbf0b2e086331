# pprint breaks long strings at word boundaries and lays out OrderedDict, defaultdict, Counter,
# deque and dataclass instances the way CPython does
import pprint
from collections import Counter, OrderedDict, defaultdict, deque
from dataclasses import dataclass, field

pprint.pprint("a long string " * 10)
pprint.pprint(["word " * 20, "short", "line one\nline two " * 8], width=50)
pprint.pprint({"text": "lorem ipsum dolor sit amet " * 4, "n": 1})
pprint.pprint(OrderedDict((str(i), i) for i in range(12)))
pprint.pprint(defaultdict(list, {i: list(range(i)) for i in range(8)}))
pprint.pprint(Counter("the quick brown fox jumps over the lazy dog"), width=40)
pprint.pprint(deque(range(30)))
pprint.pprint(deque(range(30), maxlen=25), width=60)
pprint.pprint([OrderedDict(), defaultdict(int), Counter(), deque()])


@dataclass
class Order:
    ident: int
    customer: str
    lines: list = field(default_factory=list)
    secret: str = field(default="x", repr=False)


@dataclass
class Custom:
    items: list

    def __repr__(self):
        return "Custom(...)"


orders = [Order(1, "Alice Wonderland", [("apple", 3), ("pear", 5), ("plum", 7), ("fig", 11)]), Order(2, "Bob")]
pprint.pprint(orders)
pprint.pprint(Order(3, "C" * 30, list(range(25))), width=60)
pprint.pprint(Custom(list(range(40))))
print(pprint.pformat(Counter(a=3, b=1), width=10))
