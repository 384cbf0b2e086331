# datetime: date/time/datetime/timedelta/timezone — reprs, str, arithmetic, comparisons, ISO calendar,
# strftime/strptime, isoformat/fromisoformat, validation errors (now/today: only their types are printed)
from datetime import date, time, datetime, timedelta, timezone
import datetime as dtmod
d = date(2016, 7, 1)
print(d, repr(d), d.year, d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal(), d.ctime(), d.strftime('%A %d %B %Y, day %j'))
print(d + timedelta(days=30), d - timedelta(weeks=1), date(2024, 3, 1) - date(2024, 2, 1), d.replace(day=31), date.fromisoformat('2020-02-29'))
print([str(date(2016, 7, 1) + timedelta(days=i)) for i in range(0, 31, 10)], date(2023, 1, 1).isocalendar(), date(2020, 12, 31).isocalendar())
td = timedelta(days=1, hours=2, minutes=3, seconds=4.5)
print(td, repr(td), td.total_seconds(), -td, repr(-td), td * 2, td / 2, td // timedelta(hours=1), td % timedelta(hours=5), abs(-td))
print(timedelta(0), repr(timedelta(0)), timedelta(microseconds=1), timedelta(days=-1, seconds=5), timedelta(hours=36), timedelta(milliseconds=1.5), timedelta(seconds=0.1) * 3)
print(timedelta(weeks=2) > timedelta(days=13), timedelta(minutes=90) == timedelta(hours=1.5), bool(timedelta()), timedelta.max, timedelta.min)
dt = datetime(2021, 12, 31, 23, 59, 30, 123456)
print(dt, repr(dt), dt.isoformat(), dt.isoformat(sep=' ', timespec='seconds'), dt.date(), dt.time(), dt.ctime())
print(dt + timedelta(seconds=45), dt - datetime(2021, 1, 1), dt.strftime('%Y-%m-%d %H:%M:%S.%f %p %I'), dt.replace(year=2000), dt.timetuple()[:6])
print(datetime(2020, 1, 1) < datetime(2020, 1, 2), sorted([datetime(2020, 5, 1), datetime(2019, 1, 1)]), datetime.combine(d, time(12, 30)))
print(datetime.strptime('2023-04-05 14:30:00', '%Y-%m-%d %H:%M:%S'), datetime.strptime('05/Apr/2023:02:15 PM', '%d/%b/%Y:%I:%M %p'), datetime.strptime('March 3, 2021', '%B %d, %Y'))
print(datetime.fromisoformat('2011-11-04T00:05:23'), datetime.fromisoformat('2011-11-04 00:05:23.283'), repr(datetime.fromisoformat('2011-11-04T00:05:23+04:00')))
t = time(9, 5, 7); print(t, repr(t), time(1, 2), repr(time(1, 2)), repr(time(1, 2, 3, 4)), t.strftime('%H h %M m'), t.isoformat('minutes'), time(23, 59) > t)
u = datetime(2020, 6, 1, 12, tzinfo=timezone.utc); print(u, repr(u), u.utcoffset(), u.tzname(), u.timestamp(), u.strftime('%z %Z'))
k = timezone(timedelta(hours=5, minutes=30)); print(k, repr(k), u.astimezone(k), datetime.fromtimestamp(0, timezone.utc))
for bad in [(2021, 2, 29), (2021, 13, 1), (2021, 0, 1)]:
    try:
        date(*bad)
    except ValueError as e:
        print('ValueError', e)
try:
    datetime.strptime('2021-1x', '%Y-%m')
except ValueError as e:
    print('ValueError', e)
try:
    datetime(2020, 1, 1) < date(2020, 1, 1)
except TypeError as e:
    print('TypeError', e)
print(dtmod.MINYEAR, dtmod.MAXYEAR, date.min, date.max, datetime.min, type(date.today()).__name__, isinstance(datetime.now(), date))
print(f"{d:%d/%m/%Y}", '{:%H:%M}'.format(dt), format(d))
print(date(2020, 1, 1) == datetime(2020, 1, 1), date(2020, 1, 1) == 5, datetime(2020, 1, 1) != date(2020, 1, 1))
print({date(2020, 1, 1): 'a'}[date(2020, 1, 1)], len({datetime(2020, 1, 1), datetime(2020, 1, 1, 0, 0)}))
