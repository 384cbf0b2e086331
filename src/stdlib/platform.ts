/**
 * `platform`, written in Python (see src/stdlib/index.ts): the host's identity from the private
 * `_ndpy_host` module (src/modules/hostInfo.ts): system, node, release, version, machine, uname()
 * (uname_result), platform(), libc_ver(), architecture(), freedesktop_os_release(), and the Python
 * build facts (python_version, python_version_tuple, python_implementation, …) from sys.version.
 */
export const source = String.raw`
import sys
import _ndpy_host

__version__ = '1.0.8'

_uname_cache = None


class uname_result(tuple):
    _fields = ('system', 'node', 'release', 'version', 'machine')

    def __new__(cls, system, node, release, version, machine):
        return tuple.__new__(cls, (system, node, release, version, machine))

    system = property(lambda self: tuple.__getitem__(self, 0))
    node = property(lambda self: tuple.__getitem__(self, 1))
    release = property(lambda self: tuple.__getitem__(self, 2))
    version = property(lambda self: tuple.__getitem__(self, 3))
    machine = property(lambda self: tuple.__getitem__(self, 4))

    @property
    def processor(self):
        return ''

    def __iter__(self):
        yield from tuple.__iter__(self)
        yield self.processor

    def __len__(self):
        return 6

    def __getitem__(self, key):
        return tuple(iter(self))[key]

    def __repr__(self):
        return 'uname_result(' + ', '.join('%s=%r' % (f, v) for f, v in zip(self._fields, tuple.__iter__(self))) + ')'

    def __reduce__(self):
        return uname_result, tuple(tuple.__iter__(self))


def uname():
    global _uname_cache
    if _uname_cache is None:
        _uname_cache = uname_result(*_ndpy_host.uname())
    return _uname_cache


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    return uname().processor


def _sys_version():
    v = sys.version
    head, _, rest = v.partition(' (')
    build, _, compiler = rest.partition(') [')
    name, _, date = build.partition(', ')
    return head, name, date, compiler.rstrip(']')


def python_version():
    return '%d.%d.%d' % sys.version_info[:3]


def python_version_tuple():
    return tuple(str(x) for x in sys.version_info[:3])


def python_implementation():
    return 'CPython'


def python_branch():
    return ''


def python_revision():
    return ''


def python_build():
    _, name, date, _ = _sys_version()
    return name, date.replace(',', '')


def python_compiler():
    return _sys_version()[3]


def architecture(executable=sys.executable if hasattr(sys, 'executable') else '', bits='', linkage=''):
    size = 64 if sys.maxsize > 2 ** 32 else 32
    return (bits or '%dbit' % size), (linkage or 'ELF')


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    name, ver = _ndpy_host.libc()
    if not name:
        return lib, version
    return name, ver


def _join(*parts):
    out = '-'.join(p.strip() for p in parts if p and p.strip())
    for ch in ' /\\:;"()':
        out = out.replace(ch, '_')
    while '--' in out:
        out = out.replace('--', '-')
    return out.rstrip('-')


def platform(aliased=False, terse=False):
    u = uname()
    if u.system == 'Linux':
        libname, libversion = libc_ver()
        if libname:
            return _join(u.system, u.release, u.machine, u.processor, 'with', libname + libversion)
        return _join(u.system, u.release, u.machine, u.processor)
    if terse:
        return _join(u.system, u.release)
    return _join(u.system, u.release, u.machine)


def freedesktop_os_release():
    for path in ('/etc/os-release', '/usr/lib/os-release'):
        try:
            with open(path, encoding='utf-8') as f:
                text = f.read()
        except OSError:
            continue
        info = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
        for line in text.splitlines():
            line = line.strip()
            if not line or line.startswith('#') or '=' not in line:
                continue
            k, _, v = line.partition('=')
            if len(v) >= 2 and v[0] == v[-1] and v[0] in '"\'':
                v = v[1:-1]
            info[k] = v
        return info
    raise OSError(2, 'No such file or directory', '/etc/os-release')


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    return release, versioninfo, machine


def win32_ver(release='', version='', csd='', ptype=''):
    return release, version, csd, ptype


def win32_edition():
    return None


def win32_is_iot():
    return False


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    return release, vendor, vminfo, osinfo
`;
