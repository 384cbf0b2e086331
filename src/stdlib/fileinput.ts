/**
 * `fileinput`, written in Python (see src/stdlib/index.ts): iterate over the lines of the files named on
 * the command line (sys.argv[1:]) or given, '-' or no name at all meaning standard input, with the
 * running line number, the current file's name and line number, and nextfile()/close(). A FileInput
 * object is an iterator and a context manager; the module-level functions work on the one input()
 * made. In-place editing (inplace=True) is not supported. CPython 3.11's messages for misuse.
 */
export const source = String.raw`
import sys as _sys

__all__ = ['input', 'close', 'nextfile', 'filename', 'lineno', 'filelineno', 'fileno', 'isfirstline',
           'isstdin', 'FileInput', 'hook_compressed', 'hook_encoded']

_state = None


class FileInput:
    def __init__(self, files=None, inplace=False, backup='', *, mode='r', openhook=None,
                 encoding=None, errors=None):
        if isinstance(files, str):
            files = (files,)
        elif files is None:
            files = tuple(_sys.argv[1:]) or ('-',)
        else:
            files = tuple(files) or ('-',)
        if inplace:
            raise NotImplementedError('fileinput: inplace editing is not supported by ndpy')
        if mode not in ('r', 'rb'):
            raise ValueError("FileInput opening mode must be 'r' or 'rb'")
        if openhook is not None and not callable(openhook):
            raise ValueError('FileInput openhook must be callable')
        self._files = files
        self._mode = mode
        self._openhook = openhook
        self._encoding = encoding
        self._errors = errors
        self._index = 0
        self._filename = None
        self._file = None
        self._isstdin = False
        self._lineno = 0
        self._filelineno = 0
        self._startlineno = 0

    def close(self):
        try:
            self.nextfile()
        finally:
            self._files = ()

    def __enter__(self):
        return self

    def __exit__(self, typ, value, tb):
        self.close()

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            line = self._readline()
            if line:
                self._lineno += 1
                self._filelineno += 1
                return line
            if self._file is None:
                raise StopIteration
            self.nextfile()

    def _readline(self):
        if self._file is None:
            if self._index >= len(self._files):
                return '' if 'b' not in self._mode else b''
            self._filename = self._files[self._index]
            self._index += 1
            self._filelineno = 0
            self._startlineno = self._lineno
            if self._filename == '-':
                self._filename = '<stdin>'
                self._isstdin = True
                self._file = _sys.stdin.buffer if 'b' in self._mode else _sys.stdin
            else:
                self._isstdin = False
                if self._openhook is not None:
                    self._file = self._openhook(self._filename, self._mode)
                elif 'b' in self._mode:
                    self._file = open(self._filename, self._mode)
                else:
                    self._file = open(self._filename, self._mode, encoding=self._encoding, errors=self._errors)
        return self._file.readline()

    def nextfile(self):
        f = self._file
        self._file = None
        if f is not None and not self._isstdin:
            f.close()
        self._isstdin = False

    def readline(self):
        try:
            return self.__next__()
        except StopIteration:
            return '' if 'b' not in self._mode else b''

    def filename(self):
        return self._filename

    def lineno(self):
        return self._lineno

    def filelineno(self):
        return self._filelineno

    def fileno(self):
        if self._file is None:
            return -1
        try:
            return self._file.fileno()
        except (ValueError, OSError):
            return -1

    def isfirstline(self):
        return self._filelineno == 1

    def isstdin(self):
        return self._isstdin


def input(files=None, inplace=False, backup='', *, mode='r', openhook=None, encoding=None, errors=None):
    global _state
    if _state is not None and _state._file is not None:
        raise RuntimeError('input() already active')
    _state = FileInput(files, inplace, backup, mode=mode, openhook=openhook, encoding=encoding, errors=errors)
    return _state


def _active():
    if _state is None:
        raise RuntimeError('no active input()')
    return _state


def close():
    global _state
    state = _state
    _state = None
    if state is not None:
        state.close()


def nextfile():
    return _active().nextfile()


def filename():
    return _active().filename()


def lineno():
    return _active().lineno()


def filelineno():
    return _active().filelineno()


def fileno():
    return _active().fileno()


def isfirstline():
    return _active().isfirstline()


def isstdin():
    return _active().isstdin()


def hook_compressed(filename, mode, *, encoding=None, errors=None):
    return open(filename, mode, encoding=encoding, errors=errors)


def hook_encoded(encoding, errors=None):
    def openhook(filename, mode):
        return open(filename, mode, encoding=encoding, errors=errors)
    return openhook
`;
