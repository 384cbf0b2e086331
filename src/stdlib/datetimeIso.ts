/**
 * ISO 8601 parsing for `datetime` (joined after src/stdlib/datetimeClock.ts's source): the forms
 * Python 3.11's date/time/datetime.fromisoformat accept — extended and basic dates (2024-03-15,
 * 20240315), ISO week dates (2024-W11-5, 2024W115, 2024-W11), any one character between date and time,
 * times of 1–3 two-digit fields with or without colons and a '.' or ',' fraction (digits past the sixth
 * are dropped), and offsets as Z or ±HH[:MM[:SS[.ffffff]]]. A string of another shape raises
 * "Invalid isoformat string"; a well-formed one with out-of-range fields gets the constructor's error.
 */
export const isoSource = String.raw`


class _IsoShapeError(Exception):
    pass


def _iso_digits(text, start, n):
    part = text[start:start + n]
    if len(part) != n or not all('0' <= c <= '9' for c in part):
        raise _IsoShapeError
    return int(part)


def _iso_date_length(s):
    # how many leading characters of a datetime string are its date
    if s[4:5] == '-':
        if s[5:6] == 'W':
            return 10 if s[8:9] == '-' else 8
        return 10
    if s[4:5] == 'W':
        return 8 if '0' <= s[7:8] <= '9' else 7
    return 8


def _iso_parse_date(s):
    # (year, month, day) of a whole ISO date string
    year = _iso_digits(s, 0, 4)
    if s[4:6] == '-W' and len(s) in (8, 10):
        week = _iso_digits(s, 6, 2)
        if len(s) == 10:
            if s[8] != '-':
                raise _IsoShapeError
            day = _iso_digits(s, 9, 1)
        else:
            day = 1
    elif s[4:5] == 'W' and len(s) in (7, 8):
        week = _iso_digits(s, 5, 2)
        day = _iso_digits(s, 7, 1) if len(s) == 8 else 1
    elif len(s) == 10 and s[4] == '-' and s[7] == '-':
        return year, _iso_digits(s, 5, 2), _iso_digits(s, 8, 2)
    elif len(s) == 8:
        return year, _iso_digits(s, 4, 2), _iso_digits(s, 6, 2)
    else:
        raise _IsoShapeError
    try:
        d = date.fromisocalendar(year, week, day)
    except ValueError:
        raise _IsoShapeError from None
    return d.year, d.month, d.day


def _iso_parse_clock(s):
    # (hour, minute, second, microsecond) of HH[[:]MM[[:]SS[(.|,)f+]]]
    fields = [_iso_digits(s, 0, 2)]
    pos = 2
    colons = s[2:3] == ':'
    while pos < len(s) and len(fields) < 3 and s[pos] not in '.,':
        if colons:
            if s[pos] != ':':
                raise _IsoShapeError
            pos += 1
        fields.append(_iso_digits(s, pos, 2))
        pos += 2
    us = 0
    if pos < len(s):
        if s[pos] not in '.,':
            raise _IsoShapeError
        frac = s[pos + 1:]
        if not frac or not all('0' <= c <= '9' for c in frac):
            raise _IsoShapeError
        us = int((frac + '00000')[:6])
    while len(fields) < 3:
        fields.append(0)
    return fields[0], fields[1], fields[2], us


def _iso_parse_time(s):
    # (hour, minute, second, microsecond, tzinfo) of a time with an optional offset
    if not s:
        raise _IsoShapeError
    tz = None
    cut = len(s)
    for i, c in enumerate(s):
        if c in '+-Z':
            cut = i
            break
    if cut < len(s):
        mark, rest = s[cut], s[cut + 1:]
        if mark == 'Z':
            if rest:
                raise _IsoShapeError
            tz = timezone.utc
        else:
            oh, om, osec, ous = _iso_parse_clock(rest)
            off = timedelta(hours=oh, minutes=om, seconds=osec, microseconds=ous)
            tz = timezone(-off if mark == '-' else off)
    hh, mm, ss, us = _iso_parse_clock(s[:cut])
    return hh, mm, ss, us, tz


def _iso_date(cls, s):
    if not isinstance(s, str):
        raise TypeError('fromisoformat: argument must be str')
    try:
        y, m, d = _iso_parse_date(s)
    except _IsoShapeError:
        raise ValueError('Invalid isoformat string: %r' % (s,)) from None
    return cls(y, m, d)


def _iso_time(cls, s):
    if not isinstance(s, str):
        raise TypeError('fromisoformat: argument must be str')
    try:
        hh, mm, ss, us, tz = _iso_parse_time(s[1:] if s[:1] == 'T' else s)
    except _IsoShapeError:
        raise ValueError('Invalid isoformat string: %r' % (s,)) from None
    return cls(hh, mm, ss, us, tz)


def _iso_datetime(cls, s):
    if not isinstance(s, str):
        raise TypeError('fromisoformat: argument must be str')
    try:
        if len(s) < 7:
            raise _IsoShapeError
        n = _iso_date_length(s)
        y, m, d = _iso_parse_date(s[:n])
        hh = mm = ss = us = 0
        tz = None
        if len(s) > n:
            hh, mm, ss, us, tz = _iso_parse_time(s[n + 1:])
    except _IsoShapeError:
        raise ValueError('Invalid isoformat string: %r' % (s,)) from None
    return cls(y, m, d, hh, mm, ss, us, tz)
`;
