/**
 * `importlib`, written in Python (see src/stdlib/index.ts): import_module — a module by its name,
 * absolute or relative to a package, through the interpreter's own `__import__` — plus reload, which
 * hands back a module already imported (a script's modules are not executed a second time), and
 * invalidate_caches, which has no cache to clear here.
 */
export const source = String.raw`
import sys

__all__ = ['import_module', 'reload', 'invalidate_caches']


def _absolute(name, package):
    # '..x' relative to 'a.b.c' is 'a.b.x': one leading dot stays in the package itself
    dots = len(name) - len(name.lstrip('.'))
    if not package:
        raise TypeError("the 'package' argument is required to perform a relative import for %r" % name)
    parts = package.split('.')
    if dots > len(parts):
        raise ImportError('attempted relative import beyond top-level package')
    base = '.'.join(parts[:len(parts) - dots + 1])
    rest = name[dots:]
    return base + '.' + rest if rest else base


def import_module(name, package=None):
    if name.startswith('.'):
        name = _absolute(name, package)
    __import__(name)
    return sys.modules[name]


def reload(module):
    name = getattr(module, '__name__', None)
    if not isinstance(module, type(sys)) or name is None:
        raise TypeError('reload() argument must be a module')
    if sys.modules.get(name) is not module:
        raise ImportError('module %s not in sys.modules' % name, name=name)
    return module


def invalidate_caches():
    pass
`;
