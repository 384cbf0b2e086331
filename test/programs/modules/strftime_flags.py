# strftime's glibc extensions: the '-' no-padding flag, ISO year/week (%G/%V), %k/%l
from datetime import date, datetime, timedelta
import time

dt = datetime(2024, 3, 5, 9, 7, 4)
print(dt.strftime("%-d/%-m/%-y %-H:%-M:%-S %-I%p day %-j"))
print(dt.strftime("%e|%k|%l|%u|%-%"))
for d in [date(2024, 12, 30), date(2021, 1, 1), date(2020, 12, 31), date(2026, 6, 1), date(2027, 1, 3)]:
    print(d, d.strftime("%G-W%V-%u"), d.isocalendar())
day = date(2010, 1, 1)
bad = [day + timedelta(i) for i in range(0, 6000, 3)
       if (day + timedelta(i)).strftime("%G %V") != "%d %02d" % (day + timedelta(i)).isocalendar()[:2]]
print(bad)
print(time.strftime("%-M %-S %-H", (2020, 1, 1, 0, 5, 7, 2, 1, 0)))
