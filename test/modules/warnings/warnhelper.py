# imported by stderr_modules.py: warnings attributed to this module's lines
import warnings


def inner():
    warnings.warn("from the helper")


def outer():
    warnings.warn("for the caller", stacklevel=2)


def dep():
    warnings.warn("helper deprecation", DeprecationWarning)
