import datetime
for args in [dict(days=1), dict(days=-1, seconds=5), dict(weeks=2, hours=-3, minutes=61), dict(microseconds=-1), dict(milliseconds=1500), dict(days=999999999), dict(days=-999999999, hours=-24), dict(days=True), dict(days=1.5), dict(seconds=10**12), dict(days=10**9)]:
    try:
        t = datetime.timedelta(**args)
        print(repr(t), str(t), t.days, t.seconds, t.microseconds, hash(t) == hash(datetime.timedelta(t.days, t.seconds, t.microseconds)))
    except Exception as e:
        print(type(e).__name__, e)
