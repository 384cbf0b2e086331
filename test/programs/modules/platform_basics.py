# platform: host identity (printed as properties) and Python build facts
import platform
import sys
print(platform.system(), platform.python_version(), platform.python_implementation(), platform.python_version_tuple())
print(platform.python_version() == '%d.%d.%d' % sys.version_info[:3], platform.architecture()[0])
u = platform.uname()
print(type(u).__name__, u.system, len(u), u[0] == platform.system(), u.machine == platform.machine())
print(type(platform.node()).__name__, type(platform.release()).__name__, type(platform.version()).__name__)
print(platform.platform().startswith(platform.system() + '-'), platform.machine() != '', isinstance(platform.processor(), str))
print(platform.libc_ver()[0] in ('glibc', ''), platform.python_branch(), platform.python_revision(), len(platform.python_build()))
