# astimezone() converts to the local zone (also from a naive datetime) or to a given tzinfo;
# gmtime's zone is GMT
import time
from datetime import datetime, timedelta, timezone

naive = datetime(2024, 7, 1, 12, 30)
local = naive.astimezone()
lt = time.localtime(naive.timestamp())
print(local.tzinfo is not None, local.utcoffset() == timedelta(seconds=lt.tm_gmtoff), local.tzname() == lt.tm_zone)
print(local.replace(tzinfo=None) == naive, local.timestamp() == naive.timestamp())
aware = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
print(aware.astimezone().timestamp() == aware.timestamp(), aware.astimezone(timezone(timedelta(hours=-5), "EST")))
print(aware.astimezone(timezone(timedelta(hours=5, minutes=30))), aware.astimezone(timezone.utc) == aware)
try:
    aware.astimezone("UTC")
except TypeError as e:
    print("TypeError:", e)
g = time.gmtime(0)
print(g.tm_zone, time.strftime("%Y-%m-%d %H:%M %Z", g))
