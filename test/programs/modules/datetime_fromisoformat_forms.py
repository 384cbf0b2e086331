# datetime/date/time.fromisoformat accept the ISO 8601 forms of Python 3.11 (basic and week dates, any
# separator, short times, offsets); date.fromisocalendar validates year, week and day
from datetime import datetime, date, time, timezone
for s in ['2024-03-15x10:20','2024-03-15T10','2024-03-15T1020','2024-03-15T102030.5','2024-03-15T10:20:30,25','20240315T10:20','2024-W11-5','2024W115T10','2024-W11','2024-03-15T10:20+0530','2024-03-15T10:20+05','2024-03-15T10:20:30-05:30:15','2024-03-15T10:20:30.1234567','2024-03-15 ','2024-03-15T','2024-03','2024-03-15T25:00','2024-03-15T10:20:30.123Z','2024-03-15T10:20:30z','2024-031','2024-03-15T10:2','2024-03-15T24:00',
          '2024-03-15', '20240315', '2024-03-15T10:20:30', '2024-03-15 10:20:30.000001+00:00', '2024-02-30', '2024-03-15T10:20:30+25:00', '2024-W53-1', '2024-W00', '２０２４-03-15', '2024-03-15T10:20:30.', '2024-03-15T10:20:30+', '2024-03-15T1:20', '2024-03-15T10:20:3', '2024-03-15T10:20:30.5+01', '2024-13-01', 'abc', '', '2024-03-15T10-05']:
    try: r = datetime.fromisoformat(s); print(repr(s), r, r.tzinfo is timezone.utc if r.tzinfo else "")
    except Exception as e: print(repr(s), type(e).__name__, e)
for s in ['2024-W11-5','2024W11','2024-03-15','20240315','2024-3-15', '2024-03-15T00', '2024W115', '2024-W115', '2024-02-30', '2024-03-1a']:
    try: print(repr(s), date.fromisoformat(s))
    except Exception as e: print(repr(s), type(e).__name__, e)
for s in ['10','1020','10:20:30.5','T10:20','10:20Z','10:20:30+01:00','102030.123456','10:20:30.1234567', '25:00', '10:20:', 'T', '10:20:30-0130', '10.5', '10:20.5', '1']:
    try: print(repr(s), time.fromisoformat(s))
    except Exception as e: print(repr(s), type(e).__name__, e)
try: date.fromisoformat(20240315)
except TypeError as e: print(e)
for a in [(2024, 53, 1), (2020, 53, 1), (2024, 0, 1), (2024, 1, 0), (2024, 1, 8), (0, 1, 1), (10000, 1, 1), (2015, 53, 7), (2026, 53, 1), (2004, 53, 7)]:
    try: print(a, date.fromisocalendar(*a))
    except Exception as e: print(a, type(e).__name__, e)
