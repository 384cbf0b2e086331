/**
 * `numbers`, the numeric abstract base classes (PEP 3141), written in Python over abc: Number ⊃ Complex
 * ⊃ Real ⊃ Rational ⊃ Integral, with the abstract methods CPython declares. int (and bool), float and
 * complex are registered at every level they belong to (abc here checks a class's own registry, not
 * those of its subclasses); fractions.Fraction, decimal.Decimal and NumPy's scalar types are recognised
 * by a subclass hook without importing them, as NumPy registers its types when it is imported.
 */
export const source = String.raw`
from abc import ABCMeta, abstractmethod
import sys as _sys

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


def _foreign(cls, C):
    # NumPy's scalar types and fractions.Fraction, by where they come from
    np = _sys.modules.get('numpy')
    if np is not None and isinstance(C, type) and C.__module__ == 'numpy':
        if issubclass(C, np.integer):
            return True
        if issubclass(C, np.floating):
            return cls is not Rational and cls is not Integral
        if issubclass(C, np.complexfloating):
            return cls is Complex or cls is Number
    if getattr(C, '__module__', None) == 'fractions' and C.__name__ == 'Fraction':
        return cls is not Integral
    if getattr(C, '__module__', None) == 'decimal' and C.__name__ == 'Decimal':
        # decimal registers Decimal as a Number only (it does not mix with floats as a Real would)
        return cls is Number
    return NotImplemented


class Number(metaclass=ABCMeta):
    __slots__ = ()
    __hash__ = None

    @classmethod
    def __subclasshook__(cls, C):
        return _foreign(cls, C)


class Complex(Number):
    __slots__ = ()

    @abstractmethod
    def __complex__(self):
        pass

    def __bool__(self):
        return self != 0

    @property
    @abstractmethod
    def real(self):
        raise NotImplementedError

    @property
    @abstractmethod
    def imag(self):
        raise NotImplementedError

    @abstractmethod
    def __add__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __radd__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __neg__(self):
        raise NotImplementedError

    @abstractmethod
    def __pos__(self):
        raise NotImplementedError

    def __sub__(self, other):
        return self + -other

    def __rsub__(self, other):
        return -self + other

    @abstractmethod
    def __mul__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rmul__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __truediv__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rtruediv__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __pow__(self, exponent):
        raise NotImplementedError

    @abstractmethod
    def __rpow__(self, base):
        raise NotImplementedError

    @abstractmethod
    def __abs__(self):
        raise NotImplementedError

    @abstractmethod
    def conjugate(self):
        raise NotImplementedError

    @abstractmethod
    def __eq__(self, other):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, C):
        return _foreign(cls, C)


class Real(Complex):
    __slots__ = ()

    @abstractmethod
    def __float__(self):
        raise NotImplementedError

    @abstractmethod
    def __trunc__(self):
        raise NotImplementedError

    @abstractmethod
    def __floor__(self):
        raise NotImplementedError

    @abstractmethod
    def __ceil__(self):
        raise NotImplementedError

    @abstractmethod
    def __round__(self, ndigits=None):
        raise NotImplementedError

    def __divmod__(self, other):
        return (self // other, self % other)

    def __rdivmod__(self, other):
        return (other // self, other % self)

    @abstractmethod
    def __floordiv__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rfloordiv__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __mod__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rmod__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __lt__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __le__(self, other):
        raise NotImplementedError

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return +self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return +self

    @classmethod
    def __subclasshook__(cls, C):
        return _foreign(cls, C)


class Rational(Real):
    __slots__ = ()

    @property
    @abstractmethod
    def numerator(self):
        raise NotImplementedError

    @property
    @abstractmethod
    def denominator(self):
        raise NotImplementedError

    def __float__(self):
        return int(self.numerator) / int(self.denominator)

    @classmethod
    def __subclasshook__(cls, C):
        return _foreign(cls, C)


class Integral(Rational):
    __slots__ = ()

    @abstractmethod
    def __int__(self):
        raise NotImplementedError

    def __index__(self):
        return int(self)

    @abstractmethod
    def __pow__(self, exponent, modulus=None):
        raise NotImplementedError

    @abstractmethod
    def __lshift__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rlshift__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rshift__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rrshift__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __and__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rand__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __xor__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rxor__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __or__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __ror__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __invert__(self):
        raise NotImplementedError

    def __float__(self):
        return float(int(self))

    @property
    def numerator(self):
        return +self

    @property
    def denominator(self):
        return 1

    @classmethod
    def __subclasshook__(cls, C):
        return _foreign(cls, C)


for _abc in (Number, Complex):
    _abc.register(complex)
for _abc in (Number, Complex, Real):
    _abc.register(float)
for _abc in (Number, Complex, Real, Rational, Integral):
    _abc.register(int)
del _abc
`;
