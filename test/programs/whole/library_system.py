# whole program: a library lending system (ABC items, Enum status, custom exceptions, dates and fines)
from datetime import date, timedelta
from enum import Enum
from abc import ABC, abstractmethod
class Status(Enum):
    AVAILABLE = "available"; BORROWED = "borrowed"; LOST = "lost"
class LibraryError(Exception): pass
class NotAvailable(LibraryError): pass
class LimitReached(LibraryError): pass
class Item(ABC):
    loan_days = 14
    def __init__(self, title, year):
        self.title, self.year = title, year
        self.status = Status.AVAILABLE; self.due = None
    @abstractmethod
    def kind(self): ...
    def __str__(self): return f"[{self.kind()}] {self.title} ({self.year}) - {self.status.value}" + (f", due {self.due:%Y-%m-%d}" if self.due else "")
class Book(Item):
    def __init__(self, title, year, author): super().__init__(title, year); self.author = author
    def kind(self): return "Book"
class DVD(Item):
    loan_days = 7
    def kind(self): return "DVD"
class Member:
    limit = 2
    def __init__(self, name): self.name = name; self.items = []
    def __repr__(self): return f"Member({self.name!r}, {len(self.items)} items)"
class Library:
    FINE_PER_DAY = 0.25
    def __init__(self): self.catalog = {}; self.members = {}; self.log = []
    def add(self, item): self.catalog[item.title.lower()] = item
    def join(self, name): self.members[name] = m = Member(name); return m
    def checkout(self, name, title, today):
        m = self.members[name]; item = self.catalog.get(title.lower())
        if item is None: raise KeyError(title)
        if item.status is not Status.AVAILABLE: raise NotAvailable(f"{item.title!r} is {item.status.value}")
        if len(m.items) >= m.limit: raise LimitReached(f"{m.name} already has {len(m.items)} items")
        item.status = Status.BORROWED; item.due = today + timedelta(days=item.loan_days); m.items.append(item)
        self.log.append((today, name, "out", item.title))
    def checkin(self, name, title, today):
        m = self.members[name]; item = self.catalog[title.lower()]
        m.items.remove(item)
        late = max(0, (today - item.due).days)
        item.status, item.due = Status.AVAILABLE, None
        self.log.append((today, name, "in", item.title))
        return late * self.FINE_PER_DAY
lib = Library()
for it in [Book("Dune", 1965, "Herbert"), Book("Emma", 1815, "Austen"), DVD("Alien", 1979), DVD("Heat", 1995)]: lib.add(it)
lib.join("ann"); lib.join("bob")
d0 = date(2024, 2, 20)
actions = [("out", "ann", "dune", 0), ("out", "bob", "Dune", 1), ("out", "ann", "alien", 1), ("out", "ann", "heat", 2), ("out", "bob", "Missing", 2),
           ("in", "ann", "alien", 12), ("in", "ann", "dune", 20), ("out", "bob", "dune", 21)]
for act, who, title, day in actions:
    today = d0 + timedelta(days=day)
    try:
        if act == "out":
            lib.checkout(who, title, today); print(f"{today} {who} borrowed {title}")
        else:
            fine = lib.checkin(who, title, today); print(f"{today} {who} returned {title}, fine ${fine:.2f}")
    except LibraryError as e:
        print(f"{today} {who} failed: {type(e).__name__}: {e}")
    except KeyError as e:
        print(f"{today} {who} failed: no such title {e}")
for item in sorted(lib.catalog.values(), key=lambda i: (i.kind(), i.year)): print(item)
print(lib.members, [(str(d), *rest) for d, *rest in lib.log[-3:]])
try: Item("x", 1)
except TypeError as e: print(e)
print(Status("lost"), Status.LOST.name, [s.value for s in Status], Book.loan_days, DVD.loan_days, isinstance(lib.catalog["heat"], Item))
