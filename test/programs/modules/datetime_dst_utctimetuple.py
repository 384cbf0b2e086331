# datetime: dst()/utctimetuple() on datetimes, utcoffset/tzname/dst on times, tm_isdst from a tzinfo's dst()
from datetime import datetime, timedelta, tzinfo, timezone, time, date
class Fixed(tzinfo):
    def __init__(self, hours, name, dst_hours=0):
        self._off = timedelta(hours=hours); self._name = name; self._dst = timedelta(hours=dst_hours)
    def utcoffset(self, dt): return self._off + self._dst
    def tzname(self, dt): return self._name
    def dst(self, dt): return self._dst
    def __repr__(self): return f"Fixed({self._name})"
summer = Fixed(1, "CEST", 1)
d = datetime(2024, 7, 1, 12, 30, tzinfo=summer)
print(d, repr(d), d.utcoffset(), d.dst(), d.tzname(), d.timetuple().tm_isdst, d.utctimetuple())
print(d.astimezone(timezone.utc), d.strftime("%H:%M %Z %z"), d.isoformat(), d.timestamp())
t = time(9, 15, tzinfo=Fixed(-3, "BRT"))
print(t, t.utcoffset(), t.tzname(), t.dst(), t.isoformat(), repr(t))
n = datetime(2024, 7, 1, 12)
print(n.dst(), n.utcoffset(), n.tzname(), n.timetuple().tm_isdst, n.utctimetuple())
print(datetime(2024, 1, 1, tzinfo=timezone.utc).timetuple(), datetime(2024, 1, 1, tzinfo=timezone.utc).dst())
meetings = [datetime(2024, 3, 5, 9, tzinfo=timezone(timedelta(hours=h))) for h in (-8, 0, 9)]
for m in sorted(meetings): print(m.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"), m.tzname())
print(meetings[0] - meetings[2], meetings[0] == meetings[0].astimezone(timezone.utc))
import datetime as dt
u = dt.datetime(2024, 1, 1, 12, tzinfo=dt.timezone.utc)
print(repr(u), repr(dt.timezone(dt.timedelta(hours=-5), "EST")), dt.timezone(dt.timedelta(minutes=90)), u.isoformat(), u.utctimetuple() if hasattr(u, "utctimetuple") else "", u.dst())
# timedelta overflow: days beyond a C int overflow the conversion first
for d in [10**9, 2**31 - 1, 2**31, -2**31, -2**31 - 1, 10**10]:
    try: timedelta(days=d)
    except OverflowError as e: print(d, e)
for s in [10**9 * 86400, 2**31 * 86400]:
    try: timedelta(seconds=s)
    except OverflowError as e: print(s, e)
