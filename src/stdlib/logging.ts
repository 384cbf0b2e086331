/**
 * `logging`, written in Python: the logger hierarchy (getLogger with dotted names, levels, propagation,
 * disabled), LogRecord, Formatter with %-, {- and $-style fields (asctime via time.strftime), LoggerAdapter,
 * StreamHandler, FileHandler, NullHandler, basicConfig (level, format, datefmt, stream, filename/filemode, handlers,
 * force), the module-level debug/info/warning/error/exception/critical/log, and CPython's "last resort"
 * (warnings and above to stderr, message only, when no handler is configured anywhere).
 */
export const source = String.raw`
import sys as _sys
import time as _time
from _traceback import _caller

CRITICAL = FATAL = 50
ERROR = 40
WARNING = WARN = 30
INFO = 20
DEBUG = 10
NOTSET = 0

_levelToName = {CRITICAL: 'CRITICAL', ERROR: 'ERROR', WARNING: 'WARNING', INFO: 'INFO', DEBUG: 'DEBUG', NOTSET: 'NOTSET'}
_nameToLevel = {'CRITICAL': CRITICAL, 'FATAL': FATAL, 'ERROR': ERROR, 'WARN': WARNING, 'WARNING': WARNING,
                'INFO': INFO, 'DEBUG': DEBUG, 'NOTSET': NOTSET}

BASIC_FORMAT = '%(levelname)s:%(name)s:%(message)s'
_start = _time.time()


# set once a Formatter's format uses the caller's line or file
_caller_wanted = [False]


def makeLogRecord(dict):
    """A LogRecord whose attributes are set from a dict (as a record received over a socket is rebuilt)."""
    rv = LogRecord(None, None, '', 0, '', (), None, None)
    rv.__dict__.update(dict)
    return rv


def getLevelName(level):
    result = _levelToName.get(level)
    if result is not None:
        return result
    result = _nameToLevel.get(level)
    if result is not None:
        return result
    return 'Level %s' % level


def addLevelName(level, levelName):
    _levelToName[level] = levelName
    _nameToLevel[levelName] = level


def _checkLevel(level):
    if isinstance(level, int):
        return level
    if str(level) == level:
        if level not in _nameToLevel:
            raise ValueError('Unknown level: %r' % level)
        return _nameToLevel[level]
    raise TypeError('Level not an integer or a valid string: %r' % (level,))


class LogRecord:
    def __init__(self, name, level, pathname, lineno, msg, args, exc_info, func=None, sinfo=None):
        self.name = name
        self.msg = msg
        if args and len(args) == 1 and isinstance(args[0], dict) and args[0]:
            args = args[0]
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        self.filename = pathname.replace('\\', '/').split('/')[-1]
        self.module = self.filename.rsplit('.', 1)[0]
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = _time.time()
        self.msecs = int((self.created - int(self.created)) * 1000) + 0.0
        self.relativeCreated = (self.created - _start) * 1000
        self.thread = None
        self.threadName = 'MainThread'
        self.processName = 'MainProcess'
        self.process = None

    def getMessage(self):
        msg = str(self.msg)
        if self.args:
            msg = msg % self.args
        return msg

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (self.name, self.levelno, self.pathname, self.lineno, self.msg)


# (the $-style texts are '$' '{name}' pairs: this source is a JS template, where a dollar-brace interpolates)
_STYLE_DEFAULTS = {'%': '%(message)s', '{': '{message}', '$': '$' '{message}'}
_STYLE_BASIC = {'%': '%(levelname)s:%(name)s:%(message)s', '{': '{levelname}:{name}:{message}',
                '$': '$' '{levelname}:$' '{name}:$' '{message}'}


class Formatter:
    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *, defaults=None):
        if style not in _STYLE_DEFAULTS:
            raise ValueError('Style must be one of: %,{,$')
        self._style = style
        self._fmt = fmt or _STYLE_DEFAULTS[style]
        self.datefmt = datefmt
        self._defaults = defaults or {}
        if any(k in self._fmt for k in ('lineno', 'pathname', 'filename', 'module', 'funcName')):
            _caller_wanted[0] = True

    def usesTime(self):
        if self._style == '{':
            return '{asctime' in self._fmt
        if self._style == '$':
            return '$asctime' in self._fmt or '$' '{asctime}' in self._fmt
        return '%(asctime)' in self._fmt

    def formatTime(self, record, datefmt=None):
        ct = _time.localtime(record.created)
        if datefmt:
            return _time.strftime(datefmt, ct)
        return self.default_msec_format % (_time.strftime(self.default_time_format, ct), record.msecs)

    def formatException(self, ei):
        import traceback
        return ''.join(traceback.format_exception(ei[1])).rstrip('\n')

    def formatMessage(self, record):
        values = dict(self._defaults)
        values.update(record.__dict__)
        if self._style == '{':
            return self._fmt.format(**values)
        if self._style == '$':
            import string
            return string.Template(self._fmt).substitute(**values)
        return self._fmt % values

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        s = self.formatMessage(record)
        if record.exc_info:
            if not record.exc_text:
                record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            if s[-1:] != '\n':
                s = s + '\n'
            s = s + record.exc_text
        return s


_defaultFormatter = Formatter()


class Filterer:
    def __init__(self):
        self.filters = []

    def addFilter(self, f):
        if f not in self.filters:
            self.filters.append(f)

    def removeFilter(self, f):
        if f in self.filters:
            self.filters.remove(f)

    def filter(self, record):
        for f in self.filters:
            ok = f.filter(record) if hasattr(f, 'filter') else f(record)
            if not ok:
                return False
        return True


class Filter:
    def __init__(self, name=''):
        self.name = name

    def filter(self, record):
        if not self.name or record.name == self.name:
            return True
        return record.name.startswith(self.name + '.')


class Handler(Filterer):
    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self.level = _checkLevel(level)
        self.formatter = None
        self.name = None

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def setFormatter(self, fmt):
        self.formatter = fmt

    def format(self, record):
        return (self.formatter or _defaultFormatter).format(record)

    def handle(self, record):
        if self.filter(record):
            self.emit(record)
        return True

    def emit(self, record):
        raise NotImplementedError('emit must be implemented by Handler subclasses')

    def flush(self):
        pass

    def close(self):
        pass

    def handleError(self, record):
        pass


class StreamHandler(Handler):
    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        self._stream = stream

    @property
    def stream(self):
        return _sys.stderr if self._stream is None else self._stream

    def emit(self, record):
        self.stream.write(self.format(record) + self.terminator)

    def setStream(self, stream):
        old = self._stream
        self._stream = stream
        return old

    def __repr__(self):
        return '<%s (%s)>' % (type(self).__name__, getLevelName(self.level))


class FileHandler(StreamHandler):
    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        self.baseFilename = filename
        self.mode = mode
        StreamHandler.__init__(self, open(filename, mode, encoding=encoding))

    def close(self):
        self._stream.close()


class NullHandler(Handler):
    def handle(self, record):
        pass

    def emit(self, record):
        pass


lastResort = StreamHandler()
lastResort.level = WARNING


class Logger(Filterer):
    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _checkLevel(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def getEffectiveLevel(self):
        logger = self
        while logger:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        if self.disabled or _disable_level >= level:
            return False
        return level >= self.getEffectiveLevel()

    def debug(self, msg, *args, **kwargs):
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, **kwargs)

    warn = warning

    def error(self, msg, *args, **kwargs):
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, **kwargs)

    fatal = critical

    def log(self, level, msg, *args, **kwargs):
        if not isinstance(level, int):
            raise TypeError('level must be an integer')
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False, stacklevel=1):
        if exc_info:
            if isinstance(exc_info, BaseException):
                exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
            elif not isinstance(exc_info, tuple):
                exc_info = _sys.exc_info()
        # the file, line and function of the call into logging, looked up (a stack capture) once some
        # formatter shows them
        caller = _caller('logging') if _caller_wanted[0] else None
        if caller is not None and caller[0]:
            pathname, lineno, func = caller[0], caller[1], caller[2] or None
        else:
            pathname, lineno, func = (_sys.argv[0] if _sys.argv and _sys.argv[0] else '<stdin>'), 0, None
        record = LogRecord(self.name, level, pathname, lineno, msg, args, exc_info, func)
        if extra:
            for key in extra:
                if key in ('message', 'asctime') or key in record.__dict__:
                    raise KeyError('Attempt to overwrite %r in LogRecord' % key)
                record.__dict__[key] = extra[key]
        self.handle(record)

    def handle(self, record):
        if not self.disabled and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        if hdlr not in self.handlers:
            self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        if hdlr in self.handlers:
            self.handlers.remove(hdlr)

    def hasHandlers(self):
        c = self
        while c:
            if c.handlers:
                return True
            if not c.propagate:
                return False
            c = c.parent
        return False

    def callHandlers(self, record):
        c = self
        found = 0
        while c:
            for hdlr in c.handlers:
                found += 1
                if record.levelno >= hdlr.level:
                    hdlr.handle(record)
            c = c.parent if c.propagate else None
        if found == 0 and record.levelno >= lastResort.level:
            lastResort.handle(record)

    def getChild(self, suffix):
        name = suffix if self is root else self.name + '.' + suffix
        return getLogger(name)

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.name, getLevelName(self.getEffectiveLevel()))


class RootLogger(Logger):
    def __init__(self, level):
        Logger.__init__(self, 'root', level)

    def __repr__(self):
        return '<RootLogger root (%s)>' % getLevelName(self.getEffectiveLevel())


root = RootLogger(WARNING)
_loggers = {}
_disable_level = 0


def getLogger(name=None):
    if not name or name == 'root':
        return root
    logger = _loggers.get(name)
    if logger is None:
        logger = Logger(name)
        _loggers[name] = logger
        # the nearest existing ancestor is the parent; existing descendants are re-parented
        parent, i = root, name.rfind('.')
        while i > 0:
            p = _loggers.get(name[:i])
            if p is not None:
                parent = p
                break
            i = name.rfind('.', 0, i)
        logger.parent = parent
        for other in _loggers.values():
            if other is not logger and other.name.startswith(name + '.') and (other.parent is parent):
                other.parent = logger
    return logger


def basicConfig(**kwargs):
    force = kwargs.pop('force', False)
    if force:
        for h in root.handlers[:]:
            root.removeHandler(h)
            h.close()
    if root.handlers:
        return
    handlers = kwargs.pop('handlers', None)
    filename = kwargs.pop('filename', None)
    mode = kwargs.pop('filemode', 'a')
    stream = kwargs.pop('stream', None)
    if handlers is None:
        if filename:
            handlers = [FileHandler(filename, mode, encoding=kwargs.pop('encoding', None))]
        else:
            handlers = [StreamHandler(stream)]
    style = kwargs.pop('style', '%')
    if style not in _STYLE_BASIC:
        raise ValueError('Style must be one of: %,{,$')
    fmt = Formatter(kwargs.pop('format', _STYLE_BASIC[style]), kwargs.pop('datefmt', None), style)
    for h in handlers:
        if h.formatter is None:
            h.setFormatter(fmt)
        root.addHandler(h)
    level = kwargs.pop('level', None)
    if level is not None:
        root.setLevel(level)
    if kwargs:
        raise ValueError('Unrecognised argument(s): ' + ', '.join(kwargs))


def _module_level(method):
    def f(msg, *args, **kwargs):
        if not root.handlers:
            basicConfig()
        getattr(root, method)(msg, *args, **kwargs)
    f.__name__ = method
    return f


debug = _module_level('debug')
info = _module_level('info')
warning = _module_level('warning')
warn = warning
error = _module_level('error')
critical = _module_level('critical')
fatal = critical


def exception(msg, *args, exc_info=True, **kwargs):
    error(msg, *args, exc_info=exc_info, **kwargs)


def log(level, msg, *args, **kwargs):
    if not root.handlers:
        basicConfig()
    root.log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    global _disable_level
    _disable_level = level


def shutdown():
    for h in root.handlers:
        h.flush()


def getLoggerClass():
    return Logger


class LoggerAdapter:
    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        kwargs['extra'] = self.extra
        return msg, kwargs

    def debug(self, msg, *args, **kwargs):
        self.log(DEBUG, msg, *args, **kwargs)

    def info(self, msg, *args, **kwargs):
        self.log(INFO, msg, *args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        self.log(WARNING, msg, *args, **kwargs)

    warn = warning

    def error(self, msg, *args, **kwargs):
        self.log(ERROR, msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        self.log(CRITICAL, msg, *args, **kwargs)

    fatal = critical

    def log(self, level, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            msg, kwargs = self.process(msg, kwargs)
            self.logger.log(level, msg, *args, **kwargs)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    @property
    def name(self):
        return self.logger.name

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.logger.name, getLevelName(self.getEffectiveLevel()))
`;
