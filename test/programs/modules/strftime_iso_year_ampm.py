# strftime's glibc extras: %g (two-digit ISO week-based year, which differs from %y around New Year)
# and %P (lower-case am/pm), through both time.strftime and datetime.strftime.
import datetime
import time

for day in [datetime.date(2020, 12, 31), datetime.date(2021, 1, 3), datetime.date(2024, 12, 30), datetime.date(1999, 1, 1)]:
    print(day, day.strftime("%G %g %y | %V"))
for hour in [0, 11, 12, 23]:
    t = datetime.datetime(2024, 7, 4, hour, 5)
    print(t.strftime("%I:%M %p %P"), time.strftime("%P %g", t.timetuple()))
