# doctest.testmod() as scripts end with: silent when every example passes, a verbose trace, the summary,
# and failure reports (run_docstring_examples names no file, so its reports carry no path)
import doctest


def mean(xs):
    """Average of a non-empty list.

    >>> mean([1, 2, 3, 4])
    2.5
    >>> mean([])
    Traceback (most recent call last):
        ...
    ZeroDivisionError: division by zero
    >>> [mean([i, i + 1]) for i in range(3)]
    [0.5, 1.5, 2.5]
    >>> print('a\\n\\nb')
    a
    <BLANKLINE>
    b
    >>> list(range(30))  # doctest: +ELLIPSIS
    [0, 1, 2, ..., 29]
    >>> print(list(range(4)))  # doctest: +NORMALIZE_WHITESPACE
    [0,  1,
     2,  3]
    >>> undefined_name  # doctest: +SKIP
    >>> total = sum(
    ...     [1, 2])
    >>> total
    3
    """
    return sum(xs) / len(xs)


class Stack:
    """A stack of items.

    >>> s = Stack()
    >>> s.push(1); s.push(2)
    >>> s.pop(), s.pop()
    (2, 1)
    """

    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        return self.items.pop()

    @property
    def size(self):
        """
        >>> Stack().size
        0
        """
        return len(self.items)

    @staticmethod
    def empty():
        """
        >>> Stack.empty().items
        []
        """
        return Stack()


# defined in a module no import can find, so failure reports name no file (no path in the output)
_ns = {'__name__': 'elsewhere'}
exec('''
def wrong(x):
    """
    >>> wrong(2)
    5
    >>> print('hello')
    bye
    >>> wrong(0)
    >>> wrong('a')  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    TypeError: whatever
    >>> True
    1
    >>> print('  ')
    <BLANKLINE>
    """
    return x * 2
''', _ns)
wrong = _ns['wrong']


if __name__ == '__main__':
    print(doctest.run_docstring_examples(mean, {'mean': mean}, name='mean'))
    doctest.run_docstring_examples(wrong, {'wrong': wrong}, name='wrong')
    doctest.run_docstring_examples(wrong, {'wrong': wrong}, name='wrong', optionflags=doctest.REPORT_ONLY_FIRST_FAILURE)
    doctest.run_docstring_examples(Stack, {'Stack': Stack}, verbose=True, name='Stack')
    del wrong, _ns
    print(doctest.testmod())
    print(doctest.testmod(verbose=True))
    print(doctest.ELLIPSIS, doctest.SKIP, doctest.FAIL_FAST, sorted(doctest.OPTIONFLAGS_BY_NAME)[:3])
