# logging: last resort before configuration, basicConfig(stream, level, format, force), the dotted logger
# hierarchy and levels, exception(), handlers with formatters, propagate, disable
import logging, sys, io
logging.info('not shown')
log = logging.getLogger('app.db')
print(log.name, log.parent.name, log.getEffectiveLevel(), logging.getLevelName(20), logging.getLevelName('ERROR'))
buf = io.StringIO()
logging.basicConfig(stream=buf, level=logging.DEBUG, format='%(levelname)s|%(name)s|%(message)s', force=True)
logging.debug('dbg %s', 'x')
log.info('connected to %s:%d', 'host', 5432)
log.warning('careful')
app = logging.getLogger('app')
app.setLevel(logging.ERROR)
log.warning('suppressed by app level')
log.error('shown %r', [1, 2])
try:
    1 / 0
except ZeroDivisionError:
    log.exception('failed')
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('[%(levelname)-8s] %(message)s'))
other = logging.getLogger('other')
other.addHandler(h)
other.propagate = False
other.critical('to stdout')
other.setLevel(logging.WARNING)
other.info('hidden')
print(other.isEnabledFor(logging.ERROR), other.hasHandlers(), logging.getLogger() is logging.root)
print(repr(log), repr(logging.root))
text = buf.getvalue()
print(text.split('Traceback')[0], end='')
print('ZeroDivisionError: division by zero' in text)
logging.disable(logging.CRITICAL)
other.critical('disabled')
logging.disable(logging.NOTSET)
child = logging.getLogger('app.db.pool'); print(child.parent is log)
