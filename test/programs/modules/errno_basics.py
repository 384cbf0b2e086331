# errno: Linux error constants and the errorcode map
import errno
import os
print(errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EINVAL, errno.ENOTEMPTY)
print(errno.errorcode[errno.ENOENT], errno.errorcode[11], errno.EAGAIN == errno.EWOULDBLOCK)
print(len(errno.errorcode), sorted(errno.errorcode)[:5])
try:
    open('/definitely/missing/file.txt')
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno])
print(errno.EPIPE, errno.ETIMEDOUT, errno.ECONNREFUSED)
