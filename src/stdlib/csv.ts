/**
 * `csv`, written in Python: reader and writer over any iterable of lines / object with `write`, with
 * the dialect parameters (delimiter, quotechar, escapechar, doublequote, skipinitialspace,
 * lineterminator, quoting QUOTE_MINIMAL/ALL/NONNUMERIC/NONE, strict), the `excel`, `excel_tab` and
 * `unix` dialects, register_dialect/get_dialect, DictReader and DictWriter, and csv.Error. Quoted
 * fields may span lines; the writer quotes a field that contains the delimiter, the quote character,
 * a line break or leading/trailing space as CPython's does under QUOTE_MINIMAL.
 */
export const source = String.raw`
QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = 0, 1, 2, 3

__all__ = ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE', 'Error', 'Dialect', 'excel',
           'excel_tab', 'unix_dialect', 'reader', 'writer', 'register_dialect', 'get_dialect',
           'list_dialects', 'unregister_dialect', 'field_size_limit', 'DictReader', 'DictWriter', 'Sniffer']


class Error(Exception):
    pass


class Dialect:
    delimiter = ','
    quotechar = '"'
    escapechar = None
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL
    strict = False


class excel(Dialect):
    pass


class excel_tab(excel):
    delimiter = '\t'


class unix_dialect(Dialect):
    lineterminator = '\n'
    quoting = QUOTE_ALL


_dialects = {'excel': excel, 'excel-tab': excel_tab, 'unix': unix_dialect}


def register_dialect(name, dialect=None, **fmtparams):
    _dialects[name] = _Params(dialect or excel, fmtparams)


def get_dialect(name):
    try:
        return _dialects[name]
    except KeyError:
        raise Error('unknown dialect') from None


def unregister_dialect(name):
    try:
        del _dialects[name]
    except KeyError:
        raise Error('unknown dialect') from None


def list_dialects():
    return list(_dialects)


_limit = 131072


def field_size_limit(*args):
    global _limit
    old = _limit
    if args:
        _limit = args[0]
    return old


class _Params:
    """a dialect: a base dialect's attributes overridden by keyword parameters, checked"""

    def __init__(self, dialect, fmtparams):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        for name in ('delimiter', 'quotechar', 'escapechar', 'doublequote', 'skipinitialspace',
                     'lineterminator', 'quoting', 'strict'):
            setattr(self, name, fmtparams.pop(name, getattr(dialect, name)))
        if fmtparams:
            raise TypeError("'%s' is an invalid keyword argument for this function" % next(iter(fmtparams)))
        if not isinstance(self.delimiter, str) or len(self.delimiter) != 1:
            raise TypeError('"delimiter" must be a 1-character string')
        if self.quotechar is None and self.quoting != QUOTE_NONE:
            raise TypeError('quotechar must be set if quoting enabled')


class _Reader:
    def __init__(self, lines, dialect, fmtparams):
        self._lines = iter(lines)
        self.dialect = _Params(dialect, fmtparams)
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        d = self.dialect
        row, field = [], []
        state = 'start'      # start | field | quoted | quote_in_quoted | escape | quoted_escape
        quoted_field = False
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                # the input ends inside a quoted field: CPython keeps the partial field (strict: an error)
                if not (field or state == 'quoted'):
                    raise
                if d.strict:
                    raise Error('unexpected end of data') from None
                row.append(self._value(''.join(field), quoted_field))
                return row
            if not isinstance(line, str):
                raise Error('iterator should return strings, not %s (the file should be opened in text mode)' % type(line).__name__)
            self.line_num += 1
            i, n = 0, len(line)
            while i < n:
                c = line[i]
                i += 1
                if state == 'start':
                    if c in '\r\n':
                        # an empty line is an empty row; after a delimiter, one more empty field
                        if row:
                            row.append(self._value('', False))
                        return row
                    if c == d.quotechar and d.quoting != QUOTE_NONE:
                        state, quoted_field = 'quoted', True
                    elif c == d.delimiter:
                        row.append(self._value('', False))
                    elif c == ' ' and d.skipinitialspace:
                        pass
                    elif c == d.escapechar:
                        state = 'escape'
                    else:
                        field.append(c)
                        state = 'field'
                elif state == 'field':
                    if c in '\r\n':
                        row.append(self._value(''.join(field), quoted_field))
                        return row
                    if c == d.delimiter:
                        row.append(self._value(''.join(field), quoted_field))
                        field, state, quoted_field = [], 'start', False
                    elif c == d.escapechar:
                        state = 'escape'
                    else:
                        field.append(c)
                elif state == 'escape':
                    field.append(c)
                    state = 'field'
                elif state == 'quoted':
                    if c == d.escapechar:
                        state = 'quoted_escape'
                    elif c == d.quotechar:
                        state = 'quote_in_quoted' if d.doublequote else 'field'
                    else:
                        field.append(c)
                elif state == 'quoted_escape':
                    field.append(c)
                    state = 'quoted'
                elif state == 'quote_in_quoted':
                    if c == d.quotechar:
                        field.append(c)
                        state = 'quoted'
                    elif c == d.delimiter:
                        row.append(self._value(''.join(field), quoted_field))
                        field, state, quoted_field = [], 'start', False
                    elif c in '\r\n':
                        row.append(self._value(''.join(field), quoted_field))
                        return row
                    elif d.strict:
                        raise Error("'%s' expected after '%s'" % (d.delimiter, d.quotechar))
                    else:
                        field.append(c)
                        state = 'field'
            if state in ('quoted', 'quoted_escape'):
                # a quoted field goes on in the next line
                continue
            if state == 'escape':
                field.append('\n')
                state = 'field'
                continue
            # a line without its line break (the last line of a file, or lines given as strings)
            if field or row or state != 'start' or quoted_field:
                row.append(self._value(''.join(field), quoted_field))
            return row

    def _value(self, s, quoted):
        if self.dialect.quoting == QUOTE_NONNUMERIC and not quoted and s != '':
            return float(s)
        return s


def reader(csvfile, dialect='excel', **fmtparams):
    return _Reader(csvfile, dialect, fmtparams)


class _Writer:
    def __init__(self, f, dialect, fmtparams):
        self._write = f.write
        self.dialect = _Params(dialect, fmtparams)

    def _field(self, v, single):
        d = self.dialect
        s = '' if v is None else repr(v) if isinstance(v, float) else str(v)
        special = (d.delimiter, '\r', '\n') + ((d.quotechar,) if d.quotechar else ())
        if d.quoting == QUOTE_ALL:
            quote = True
        elif d.quoting == QUOTE_NONNUMERIC:
            quote = v is None or not isinstance(v, (int, float))
        elif d.quoting == QUOTE_NONE:
            quote = False
        else:
            # an empty lone field is quoted, so the row is not an empty line
            quote = any(c in s for c in special) or (single and s == '')
        out = []
        for c in s:
            if d.quotechar and c == d.quotechar and d.quoting != QUOTE_NONE and d.doublequote:
                out.append(c + c)
            elif c in special and (d.quoting == QUOTE_NONE or c == d.quotechar):
                if d.escapechar is None:
                    raise Error('need to escape, but no escapechar set')
                out.append(d.escapechar + c)
            elif d.escapechar is not None and c == d.escapechar:
                out.append(c + c)
            else:
                out.append(c)
        s = ''.join(out)
        return d.quotechar + s + d.quotechar if quote else s

    def writerow(self, row):
        try:
            items = list(row)
        except TypeError:
            raise Error('iterable expected, not %s' % type(row).__name__) from None
        single = len(items) == 1
        line = self.dialect.delimiter.join(self._field(v, single) for v in items) + self.dialect.lineterminator
        return self._write(line)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect='excel', **fmtparams):
    return _Writer(csvfile, dialect, fmtparams)


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect='excel', *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf, lr = len(self.fieldnames), len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval='', extrasaction='raise', dialect='excel', *args, **kwds):
        self.fieldnames = list(fieldnames)
        self.restval = restval
        if extrasaction.lower() not in ('raise', 'ignore'):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writer.writerow(self.fieldnames)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == 'raise':
            wrong = [k for k in rowdict if k not in self.fieldnames]
            if wrong:
                raise ValueError('dict contains fields not in fieldnames: ' + ', '.join([repr(x) for x in wrong]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


class Sniffer:
    def has_header(self, sample):
        rows = list(reader(sample.splitlines()))
        if len(rows) < 2:
            return False
        def numeric(s):
            try:
                float(s)
                return True
            except ValueError:
                return False
        header, body = rows[0], rows[1:]
        return any(not numeric(h) and all(numeric(r[i]) for r in body if i < len(r)) for i, h in enumerate(header))
`;
