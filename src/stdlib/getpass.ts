/**
 * `getpass`, written in Python (see src/stdlib/index.ts). getuser() reads the login name from the
 * environment (LOGNAME, USER, LNAME, USERNAME, in that order, as CPython does) and otherwise asks the
 * host (`_ndpy_host.user_name`: the process's user with the Node.js host, nothing in a sandbox, which
 * raises OSError). The interpreter cannot turn off terminal echo, so getpass() always behaves as
 * CPython's does when it has no terminal to control: a GetPassWarning (raised from this module, so the
 * default filter shows it once, as CPython's from its own module), a notice on the stream (stderr by
 * default), the prompt there, one line read from sys.stdin, and a newline on the stream.
 */
export const source = String.raw`
import os as _os
import sys as _sys
import warnings as _warnings

__all__ = ['getpass', 'getuser', 'GetPassWarning']


class GetPassWarning(UserWarning):
    pass


def getuser():
    for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
        user = _os.environ.get(name)
        if user:
            return user
    import _ndpy_host
    user = _ndpy_host.user_name()
    if not user:
        raise OSError('No username set in the environment')
    return user


def getpass(prompt='Password: ', stream=None):
    _warnings.warn('Can not control echo on the terminal.', GetPassWarning)
    if not stream:
        stream = _sys.stderr
    print('Warning: Password input may be echoed.', file=stream)
    prompt = str(prompt)
    if prompt:
        stream.write(prompt)
        stream.flush()
    line = _sys.stdin.readline()
    if not line:
        raise EOFError
    if line[-1] == '\n':
        line = line[:-1]
    stream.write('\n')
    return line
`;
