# messages name the classes CPython implements in C by module and name ('datetime.date'),
# user subclasses by bare name; str + NumPy scalar is left to str
import array
import collections
import datetime
import decimal
import functools
import numpy as np


class MyDate(datetime.date):
    pass


tests = [
    lambda: datetime.date(2024, 1, 1) + 1,
    lambda: datetime.date(2024, 1, 1) - datetime.datetime(2024, 1, 1),
    lambda: datetime.timedelta(1) + 1,
    lambda: datetime.date(2024, 1, 1) < 3,
    lambda: datetime.date(2024, 1, 1)[0],
    lambda: len(datetime.time()),
    lambda: MyDate(2024, 1, 1) + 1,
    lambda: decimal.Decimal(1)[0],
    lambda: decimal.Decimal(1) < "a",
    lambda: collections.OrderedDict() + 1,
    lambda: collections.defaultdict(int) * 2,
    lambda: collections.Counter() * 2,
    lambda: functools.partial(int)[0],
    lambda: array.array("i") - 1,
    lambda: "total: " + np.float64(1.5),
    lambda: [1] + np.int64(2),
    lambda: np.float64(1) + "a",
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
print(datetime.timezone(datetime.timedelta(0)) is datetime.timezone.utc, repr(datetime.timezone(datetime.timedelta(0))))
print(repr(datetime.timezone(datetime.timedelta(0), "Z")), datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone(datetime.timedelta())))
