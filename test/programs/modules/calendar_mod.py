# calendar: text and HTML layouts, the iterators, the helpers and their errors
import calendar

print(calendar.month(2020, 2))
print(calendar.month(2023, 12, 3, 2))
print(calendar.calendar(2024))
print(calendar.calendar(2019, 3, 1, 4, 4))
calendar.prmonth(2021, 7)
calendar.prcal(2000, m=6)
print(calendar.isleap(1900), calendar.isleap(2000), calendar.leapdays(1900, 2024))
print(calendar.weekday(2015, 8, 5), calendar.monthrange(2024, 2), calendar.weekday(10000, 1, 1))
print(list(calendar.day_name), list(calendar.month_abbr))
print(calendar.month_name[1:4], len(calendar.month_name), calendar.day_abbr[-1])
print(calendar.monthcalendar(2022, 5), calendar.weekheader(3), calendar.firstweekday())
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.month(2022, 5))
print(calendar.firstweekday(), calendar.weekheader(2))
calendar.setfirstweekday(0)
c = calendar.Calendar(6)
print(list(c.iterweekdays()), list(c.itermonthdates(2022, 2))[:3])
print(list(c.itermonthdays2(2022, 2))[:8], list(c.itermonthdays4(2022, 12))[-3:])
print(c.yeardayscalendar(2022, 4)[0][0])
tc = calendar.TextCalendar(calendar.SUNDAY)
print(tc.formatmonth(2025, 1, w=4))
print(tc.formatyear(2025, 2, 1, 1, 2))
print(calendar.HTMLCalendar(calendar.MONDAY).formatmonth(2020, 1))
print(calendar.HTMLCalendar().formatyear(2020, 4)[:300])
print(calendar.timegm((2020, 1, 1, 0, 0, 0)), calendar.MONDAY, calendar.SUNDAY)
for m in (0, 13):
    try:
        calendar.monthrange(2020, m)
    except calendar.IllegalMonthError as e:
        print(e, isinstance(e, ValueError))
try:
    calendar.setfirstweekday(9)
except ValueError as e:
    print(e)
print(calendar.month_name[12].upper(), calendar.day_name[calendar.weekday(2000, 1, 1)])
calendar.monthrange(2020, 13)
