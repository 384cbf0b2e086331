/**
 * `datetime`, written in Python: timedelta (normalised to days/seconds/microseconds), date, time and
 * datetime (naive, or with a fixed-offset `timezone`), with CPython's reprs and str forms, validation
 * messages, arithmetic and comparisons, ordinals, ISO calendar, isoformat/fromisoformat, strftime
 * (through time.strftime, plus %f, %z and %Z) and strptime for the common directives, today/now/
 * utcnow/fromtimestamp/timestamp (local time as the time module gives it).
 */
export const source = String.raw`
import time as _time
import _ndpy_types
import math as _math

MINYEAR = 1
MAXYEAR = 9999

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_dbm = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_dbm)
    _dbm += _dim
del _dbm, _dim

_MONTHNAMES = [None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
_DAYNAMES = [None, 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    return 29 if month == 2 and _is_leap(year) else _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year)) + day


def _ord2ymd(n):
    n -= 1
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leap)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leap)
    return year, month, n - preceding + 1


def _check_int(v):
    if not isinstance(v, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return v


def _check_date(year, month, day):
    for v in (year, month, day):
        _check_int(v)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')


def _check_time(hour, minute, second, microsecond, fold=0):
    for v in (hour, minute, second, microsecond):
        _check_int(v)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')


def _cmperror(x, y):
    name = lambda o: '%s.%s' % (type(o).__module__, type(o).__qualname__) if type(o).__module__ != 'builtins' else type(o).__qualname__
    raise TypeError("can't compare %s to %s" % (name(x), name(y)))


class timedelta:
    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        # everything in microseconds, exactly for ints, rounded half to even for floats
        if (type(days) is int and type(seconds) is int and type(microseconds) is int and type(milliseconds) is int
                and type(minutes) is int and type(hours) is int and type(weeks) is int):
            # all ints (the usual call): one sum, no loop over the components
            total = (((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60 + seconds
            total = total * 1000000 + milliseconds * 1000 + microseconds
            d, rest = divmod(total, 86400000000)
            s, us = divmod(rest, 1000000)
            if -999999999 <= d <= 999999999:
                self = object.__new__(cls)
                self._days = d
                self._seconds = s
                self._microseconds = us
                self._hashcode = -1
                return self
        total = 0
        fractional = False
        for name, value, scale in (('weeks', weeks, 7 * 86400 * 10**6), ('days', days, 86400 * 10**6),
                                   ('hours', hours, 3600 * 10**6), ('minutes', minutes, 60 * 10**6),
                                   ('seconds', seconds, 10**6), ('milliseconds', milliseconds, 1000),
                                   ('microseconds', microseconds, 1)):
            if isinstance(value, float):
                fractional = True
                total += value * scale
            elif isinstance(value, int):
                total += value * scale
            else:
                raise TypeError('unsupported type for timedelta %s component: %s' % (name, type(value).__name__))
        if fractional:
            total = round(total)
        d, rest = divmod(total, 86400 * 10**6)
        s, us = divmod(rest, 10**6)
        if abs(d) > 999999999:
            if not -2**31 <= d < 2**31:
                raise OverflowError('Python int too large to convert to C int')
            raise OverflowError('days=%d; must have magnitude <= 999999999' % d)
        self = object.__new__(cls)
        self._days, self._seconds, self._microseconds = int(d), int(s), int(us)
        self._hashcode = -1
        return self

    days = property(lambda self: self._days)
    seconds = property(lambda self: self._seconds)
    microseconds = property(lambda self: self._microseconds)

    def total_seconds(self):
        return ((self._days * 86400 + self._seconds) * 10**6 + self._microseconds) / 10**6

    def _us(self):
        return (self._days * 86400 + self._seconds) * 10**6 + self._microseconds

    def __repr__(self):
        args = []
        if self._days:
            args.append('days=%d' % self._days)
        if self._seconds:
            args.append('seconds=%d' % self._seconds)
        if self._microseconds:
            args.append('microseconds=%d' % self._microseconds)
        if not args:
            args.append('0')
        return 'datetime.timedelta(%s)' % ', '.join(args)

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = '%d:%02d:%02d' % (hh, mm, ss)
        if self._days:
            s = '%d day%s, ' % (self._days, 's' if abs(self._days) != 1 else '') + s
        if self._microseconds:
            s = s + '.%06d' % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta(microseconds=-self._us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta(microseconds=self._us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta(microseconds=_divide_round(self._us() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            return timedelta(microseconds=self._us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            return timedelta(microseconds=_divide_round(self._us(), other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta(microseconds=_divide_round(b * self._us(), a))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), other._us())
            return q, timedelta(microseconds=r)
        return NotImplemented

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        return self._key() == other._key() if isinstance(other, timedelta) else NotImplemented

    def __lt__(self, other):
        return self._key() < other._key() if isinstance(other, timedelta) else NotImplemented

    def __le__(self, other):
        return self._key() <= other._key() if isinstance(other, timedelta) else NotImplemented

    def __gt__(self, other):
        return self._key() > other._key() if isinstance(other, timedelta) else NotImplemented

    def __ge__(self, other):
        return self._key() >= other._key() if isinstance(other, timedelta) else NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)


def _divide_round(a, b):
    # a / b rounded half to even
    q, r = divmod(a, b)
    r2 = 2 * r
    if (r2 > b) if b > 0 else (r2 < b):
        q += 1
    elif r2 == b and q % 2 == 1:
        q += 1
    return q


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class tzinfo:
    def utcoffset(self, dt):
        raise NotImplementedError('tzinfo subclass must override utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('tzinfo subclass must override dst()')

    def tzname(self, dt):
        raise NotImplementedError('tzinfo subclass must override tzname()')


class timezone(tzinfo):
    def __new__(cls, offset, name=None):
        if name is None and isinstance(offset, timedelta) and not offset and 'utc' in timezone.__dict__:
            return timezone.utc
        return object.__new__(cls)

    def __init__(self, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError('offset must be a timedelta')
        if not -timedelta(hours=24) < offset < timedelta(hours=24):
            raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).')
        self._offset = offset
        self._name = name

    def utcoffset(self, dt):
        return self._offset

    def dst(self, dt):
        return None

    def tzname(self, dt):
        if self._name is not None:
            return self._name
        return 'UTC' if not self._offset else 'UTC' + _format_offset(self._offset, ':')

    def __repr__(self):
        if self is timezone.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return 'datetime.timezone(%r)' % (self._offset,)
        return 'datetime.timezone(%r, %r)' % (self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        return isinstance(other, timezone) and self._offset == other._offset

    def __hash__(self):
        return hash(self._offset)


timezone.utc = timezone(timedelta(0))


def _format_offset(off, sep):
    if off is None:
        return ''
    sign = '+'
    if off.days < 0:
        sign = '-'
        off = -off
    hh, rest = divmod(off.seconds, 3600)
    mm, ss = divmod(rest, 60)
    s = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if ss or off.microseconds:
        s += '%s%02d' % (sep, ss)
        if off.microseconds:
            s += '.%06d' % off.microseconds
    return s


def _strftime(fmt, timetuple, microsecond, tzobj):
    # %f, %z and %Z first (time.strftime knows neither microseconds nor tzinfo)
    out = []
    i, n = 0, len(fmt)
    while i < n:
        c = fmt[i]
        if c == '%' and i + 1 < n:
            d = fmt[i + 1]
            i += 2
            if d == 'f':
                out.append('%06d' % microsecond)
            elif d == 'z':
                out.append(_format_offset(tzobj.utcoffset(None), '') if tzobj is not None else '')
            elif d == 'Z':
                out.append(tzobj.tzname(None) if tzobj is not None else '')
            elif d == '%':
                out.append('%%')
            else:
                out.append('%' + d)
        else:
            out.append(c)
            i += 1
    return _time.strftime(''.join(out), timetuple)


class date:
    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=None, day=None):
        _check_date(year, month, day)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hashcode = -1
        return self

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    @classmethod
    def today(cls):
        t = _time.localtime()
        return cls(t.tm_year, t.tm_mon, t.tm_mday)

    @classmethod
    def fromtimestamp(cls, t):
        y = _time.localtime(t)
        return cls(y.tm_year, y.tm_mon, y.tm_mday)

    @classmethod
    def fromordinal(cls, n):
        return cls(*_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            if len(s) == 10 and s[4] == '-' and s[7] == '-':
                return cls(int(s[0:4]), int(s[5:7]), int(s[8:10]))
            if len(s) == 8 and s.isdigit():
                return cls(int(s[0:4]), int(s[4:6]), int(s[6:8]))
        except ValueError:
            pass
        raise ValueError('Invalid isoformat string: %r' % (s,))

    @classmethod
    def fromisocalendar(cls, year, week, day):
        first = _ymd2ord(year, 1, 4)
        monday = first - (first + 6) % 7
        return cls.fromordinal(monday + (week - 1) * 7 + day - 1)

    def __repr__(self):
        return 'datetime.date(%d, %d, %d)' % (self._year, self._month, self._day)

    def isoformat(self):
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return '%s %s %2d 00:00:00 %04d' % (_DAYNAMES[weekday], _MONTHNAMES[self._month], self._day, self._year)

    def timetuple(self):
        yday = self.toordinal() - _ymd2ord(self._year, 1, 1) + 1
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0, self.weekday(), yday, -1))

    def strftime(self, fmt):
        return _strftime(fmt, self.timetuple(), 0, None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        return self.strftime(fmt) if fmt else str(self)

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._year
        first = _ymd2ord(year, 1, 4)
        week1monday = first - (first + 6) % 7
        today = self.toordinal()
        week, day = divmod(today - week1monday, 7)
        if week < 0:
            year -= 1
            first = _ymd2ord(year, 1, 4)
            week1monday = first - (first + 6) % 7
            week, day = divmod(today - week1monday, 7)
        elif week >= 52:
            nfirst = _ymd2ord(year + 1, 1, 4)
            if today >= nfirst - (nfirst + 6) % 7:
                year += 1
                week = 0
        return _IsoCalendarDate(year, week + 1, day + 1)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    def _key(self):
        return (self._year, self._month, self._day)

    def _cmp(self, other):
        # None: not comparable (NotImplemented); a date and a datetime refuse to compare
        if not isinstance(other, date):
            return None
        if isinstance(self, datetime) or isinstance(other, datetime):
            _cmperror(self, other)
        a, b = self._key(), other._key()
        return 0 if a == b else (1 if a > b else -1)

    def __eq__(self, other):
        if isinstance(other, date) and isinstance(self, datetime) != isinstance(other, datetime):
            return False
        c = self._cmp(other)
        return NotImplemented if c is None else c == 0

    def __lt__(self, other):
        c = self._cmp(other)
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._cmp(other)
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._cmp(other)
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._cmp(other)
        return NotImplemented if c is None else c >= 0

    def __hash__(self):
        return hash(self._key())

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= _MAXORDINAL:
                return type(self).fromordinal(o)
            raise OverflowError('result out of range')
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented


_MAXORDINAL = 3652059


class _IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return 'datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)' % self


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class time:
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        _check_time(hour, minute, second, microsecond)
        self = object.__new__(cls)
        self._hour, self._minute, self._second, self._microsecond = hour, minute, second, microsecond
        self._tzinfo, self._fold = tzinfo, fold
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def isoformat(self, timespec='auto'):
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        if self._tzinfo is not None:
            s += _format_offset(self._tzinfo.utcoffset(None), ':')
        return s

    __str__ = isoformat

    def __repr__(self):
        if self._microsecond:
            s = '%d, %d, %d, %d' % (self._hour, self._minute, self._second, self._microsecond)
        elif self._second:
            s = '%d, %d, %d' % (self._hour, self._minute, self._second)
        else:
            s = '%d, %d' % (self._hour, self._minute)
        if self._tzinfo is not None:
            s += ', tzinfo=%r' % (self._tzinfo,)
        return 'datetime.time(%s)' % s

    def strftime(self, fmt):
        return _strftime(fmt, (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1), self._microsecond, self._tzinfo)

    def __format__(self, fmt):
        return self.strftime(fmt) if fmt else str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True):
        return type(self)(self._hour if hour is None else hour, self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo)

    def utcoffset(self):
        return None if self._tzinfo is None else self._tzinfo.utcoffset(None)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(None)

    def dst(self):
        return None if self._tzinfo is None else self._tzinfo.dst(None)

    def _key(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def __eq__(self, other):
        return self._key() == other._key() if isinstance(other, time) else NotImplemented

    def __lt__(self, other):
        return self._key() < other._key() if isinstance(other, time) else _cmperror(self, other)

    def __le__(self, other):
        return self._key() <= other._key() if isinstance(other, time) else _cmperror(self, other)

    def __gt__(self, other):
        return self._key() > other._key() if isinstance(other, time) else _cmperror(self, other)

    def __ge__(self, other):
        return self._key() >= other._key() if isinstance(other, time) else _cmperror(self, other)

    def __hash__(self):
        return hash(self._key())

    @classmethod
    def fromisoformat(cls, s):
        return datetime.fromisoformat('1900-01-01T' + s).timetz()


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


def _format_time(hh, mm, ss, us, timespec='auto'):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us // 1000)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


class datetime(date):
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        _check_date(year, month, day)
        _check_time(hour, minute, second, microsecond)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hour, self._minute, self._second, self._microsecond = hour, minute, second, microsecond
        self._tzinfo, self._fold = tzinfo, fold
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        frac, whole = _math.modf(t)
        us = round(frac * 1e6)
        if us >= 1000000:
            whole += 1
            us -= 1000000
        elif us < 0:
            whole -= 1
            us += 1000000
        if tz is None:
            y = _time.localtime(whole)
            return cls(y.tm_year, y.tm_mon, y.tm_mday, y.tm_hour, y.tm_min, y.tm_sec, us)
        y = _time.gmtime(whole)
        utc = cls(y.tm_year, y.tm_mon, y.tm_mday, y.tm_hour, y.tm_min, y.tm_sec, us, tz)
        return utc + tz.utcoffset(utc)

    @classmethod
    def utcfromtimestamp(cls, t):
        y = _time.gmtime(int(t))
        return cls(y.tm_year, y.tm_mon, y.tm_mday, y.tm_hour, y.tm_min, y.tm_sec, round((t - int(t)) * 1e6) % 1000000)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, d, t, tzinfo=True):
        return cls(d.year, d.month, d.day, t.hour, t.minute, t.second, t.microsecond, t.tzinfo if tzinfo is True else tzinfo)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            d = date.fromisoformat(s[:10])
            rest = s[11:]
            if len(s) > 10 and s[10] not in 'T ':
                raise ValueError
            hh = mm = ss = us = 0
            tz = None
            if rest:
                for sign in ('+', '-', 'Z'):
                    k = rest.find(sign)
                    if k >= 0:
                        tzs, rest = rest[k:], rest[:k]
                        if tzs == 'Z':
                            tz = timezone.utc
                        else:
                            parts = tzs[1:].split(':')
                            off = timedelta(hours=int(parts[0]), minutes=int(parts[1]) if len(parts) > 1 else 0)
                            tz = timezone(-off if tzs[0] == '-' else off)
                        break
                main, _, frac = rest.partition('.')
                bits = main.split(':')
                hh = int(bits[0])
                mm = int(bits[1]) if len(bits) > 1 else 0
                ss = int(bits[2]) if len(bits) > 2 else 0
                if frac:
                    us = int((frac + '000000')[:6])
            return cls(d.year, d.month, d.day, hh, mm, ss, us, tz)
        except ValueError:
            raise ValueError('Invalid isoformat string: %r' % (s,)) from None

    @classmethod
    def strptime(cls, date_string, format):
        return _strptime(cls, date_string, format)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo)

    def utcoffset(self):
        return None if self._tzinfo is None else self._tzinfo.utcoffset(self)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(self)

    def dst(self):
        return None if self._tzinfo is None else self._tzinfo.dst(self)

    def timetuple(self):
        yday = self.toordinal() - _ymd2ord(self._year, 1, 1) + 1
        dst = self.dst()
        isdst = -1 if dst is None else (1 if dst else 0)
        return _time.struct_time((self._year, self._month, self._day, self._hour, self._minute, self._second, self.weekday(), yday, isdst))

    def utctimetuple(self):
        off = self.utcoffset()
        d = self
        if off:
            d = (self - off).replace(tzinfo=None)
        yday = d.toordinal() - _ymd2ord(d._year, 1, 1) + 1
        return _time.struct_time((d._year, d._month, d._day, d._hour, d._minute, d._second, d.weekday(), yday, 0))

    def timestamp(self):
        if self._tzinfo is None:
            return _time.mktime(self.timetuple()) + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def isoformat(self, sep='T', timespec='auto'):
        s = '%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep) + _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        if self._tzinfo is not None:
            s += _format_offset(self.utcoffset(), ':')
        return s

    def __str__(self):
        return self.isoformat(sep=' ')

    def __repr__(self):
        L = [self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond]
        if L[-1] == 0:
            del L[-1]
        if L[-1] == 0:
            del L[-1]
        s = 'datetime.datetime(%s)' % ', '.join(map(str, L))
        if self._tzinfo is not None:
            s = s[:-1] + ', tzinfo=%r)' % (self._tzinfo,)
        return s

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return '%s %s %2d %02d:%02d:%02d %04d' % (_DAYNAMES[weekday], _MONTHNAMES[self._month], self._day,
                                                 self._hour, self._minute, self._second, self._year)

    def strftime(self, fmt):
        return _strftime(fmt, self.timetuple(), self._microsecond, self._tzinfo)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day, self._hour if hour is None else hour,
                          self._minute if minute is None else minute, self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo)

    def _local_timezone(self):
        lt = _time.localtime(self.timestamp() // 1)
        return timezone(timedelta(seconds=lt.tm_gmtoff), lt.tm_zone)

    def astimezone(self, tz=None):
        if tz is None:
            tz = self._local_timezone()
        elif not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'" % type(tz).__name__)
        off = self.utcoffset()
        if off is None:
            off = self._local_timezone().utcoffset(self)
        utc = (self - off).replace(tzinfo=tz)
        return utc + tz.utcoffset(utc)

    def _us(self):
        return ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second) * 10**6 + self._microsecond)

    def _aware_us(self):
        off = self.utcoffset()
        return self._us() - (off._us() if off is not None else 0)

    def _cmp(self, other):
        if not isinstance(other, datetime):
            if isinstance(other, date):
                _cmperror(self, other)
            return None
        if (self._tzinfo is None) != (other._tzinfo is None):
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        a, b = self._aware_us(), other._aware_us()
        return 0 if a == b else (1 if a > b else -1)

    def __eq__(self, other):
        if not isinstance(other, datetime):
            return False if isinstance(other, date) else NotImplemented
        if (self._tzinfo is None) != (other._tzinfo is None):
            return False
        return self._cmp(other) == 0

    def __hash__(self):
        return hash(self._aware_us())

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        total = self._us() + other._us()
        days, rest = divmod(total, 86400 * 10**6)
        if not 0 < days <= _MAXORDINAL:
            raise OverflowError('date value out of range')
        y, m, d = _ord2ymd(days)
        s, us = divmod(rest, 10**6)
        hh, s = divmod(s, 3600)
        mm, ss = divmod(s, 60)
        return type(self)(y, m, d, hh, mm, ss, us, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if isinstance(other, datetime):
            if (self._tzinfo is None) != (other._tzinfo is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            return timedelta(microseconds=self._aware_us() - other._aware_us())
        return NotImplemented


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)

_FULL_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
                'october', 'november', 'december']
_FULL_DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']


def _strptime(cls, data, fmt):
    import re
    names = {
        'Y': r'(?P<Y>\d{4})', 'm': r'(?P<m>1[0-2]|0[1-9]|[1-9])', 'd': r'(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])',
        'H': r'(?P<H>2[0-3]|[0-1]\d|\d)', 'I': r'(?P<I>1[0-2]|0[1-9]|[1-9])', 'M': r'(?P<M>[0-5]\d|\d)',
        'S': r'(?P<S>6[0-1]|[0-5]\d|\d)', 'f': r'(?P<f>\d{1,6})', 'y': r'(?P<y>\d\d)', 'p': r'(?P<p>am|pm)',
        'b': r'(?P<b>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)',
        'B': r'(?P<B>' + '|'.join(_FULL_MONTHS) + ')', 'a': r'(?P<a>mon|tue|wed|thu|fri|sat|sun)',
        'A': r'(?P<A>' + '|'.join(_FULL_DAYS) + ')', 'j': r'(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])',
        'z': r'(?P<z>[+-]\d\d:?[0-5]\d|Z)', '%': '%',
    }
    pattern = ''
    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c == '%' and i + 1 < len(fmt):
            d = fmt[i + 1]
            if d not in names:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, fmt))
            pattern += names[d]
            i += 2
        else:
            pattern += r'\s+' if c.isspace() else re.escape(c)
            i += 1
    m = re.match('(?i)' + pattern, data)
    if not m:
        raise ValueError('time data %r does not match format %r' % (data, fmt))
    if m.end() != len(data):
        raise ValueError('unconverted data remains: %s' % data[m.end():])
    g = m.groupdict()
    year = int(g['Y']) if g.get('Y') else (int(g['y']) + (2000 if int(g['y']) < 69 else 1900) if g.get('y') else 1900)
    month = 1
    if g.get('m'):
        month = int(g['m'])
    elif g.get('B'):
        month = _FULL_MONTHS.index(g['B'].lower()) + 1
    elif g.get('b'):
        month = [mn.lower() for mn in _MONTHNAMES[1:]].index(g['b'].lower()) + 1
    day = int(g['d']) if g.get('d') else 1
    hour = int(g['H']) if g.get('H') else 0
    if g.get('I'):
        hour = int(g['I']) % 12
        if g.get('p') and g['p'].lower() == 'pm':
            hour += 12
    minute = int(g['M']) if g.get('M') else 0
    second = int(g['S']) if g.get('S') else 0
    us = int((g['f'] + '000000')[:6]) if g.get('f') else 0
    tz = None
    if g.get('z'):
        z = g['z']
        if z == 'Z':
            tz = timezone.utc
        else:
            off = timedelta(hours=int(z[1:3]), minutes=int(z[-2:]))
            tz = timezone(-off if z[0] == '-' else off)
    if g.get('j') and not g.get('m') and not g.get('d'):
        d0 = date(year, 1, 1) + timedelta(days=int(g['j']) - 1)
        month, day = d0.month, d0.day
    return cls(year, month, day, hour, minute, second, us, tz)


_ndpy_types.extension(timedelta, tzinfo, timezone, date, time, datetime)
del _ndpy_types
`;
