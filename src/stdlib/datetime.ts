/**
 * `datetime`, written in Python: timedelta (normalised to days/seconds/microseconds), date, time and
 * datetime (naive, or with a fixed-offset `timezone`), with CPython's reprs and str forms, validation
 * messages, arithmetic and comparisons, ordinals, ISO calendar, isoformat/fromisoformat, strftime
 * (through time.strftime, plus %f, %z and %Z) and strptime for the common directives, today/now/
 * utcnow/fromtimestamp/timestamp (local time as the time module gives it).
 */
import { clockSource } from './datetimeClock';
import { isoSource } from './datetimeIso';

export const source =
  String.raw`
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
            raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) and '
                             'timedelta(hours=24), not %r.' % (offset,))
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
        return _iso_date(cls, s)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        if not 1 <= year <= 9999:
            raise ValueError('Year is out of range: %d' % (year,))
        if not 0 < week < 53:
            # a year has a week 53 when it starts on a Thursday (or a Wednesday, in a leap year)
            jan1 = (_ymd2ord(year, 1, 1) + 6) % 7
            if week != 53 or not (jan1 == 3 or (jan1 == 2 and _is_leap(year))):
                raise ValueError('Invalid week: %d' % (week,))
        if not 0 < day < 8:
            raise ValueError('Invalid day: %d (range is [1, 7])' % (day,))
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


` + clockSource + isoSource;
