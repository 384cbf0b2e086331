/**
 * `_ndpy_pathlike`, written in Python (see src/stdlib/index.ts): the `os.PathLike` abstract base class,
 * which the `os` module (src/modules/os.ts) loads on first use of the name. Any class defining
 * `__fspath__` (and not setting it to None) counts as a subclass, as in CPython.
 */
export const source = String.raw`
import abc as _abc
from types import GenericAlias as _GenericAlias


class PathLike(_abc.ABC):
    """Abstract base class for implementing the file system path protocol."""

    @_abc.abstractmethod
    def __fspath__(self):
        """Return the file system path representation of the object."""
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is not PathLike:
            return NotImplemented
        for base in subclass.__mro__:
            if '__fspath__' in base.__dict__:
                return NotImplemented if base.__dict__['__fspath__'] is None else True
        return NotImplemented

    __class_getitem__ = classmethod(_GenericAlias)


PathLike.__module__ = 'os'
`;
