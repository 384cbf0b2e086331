# traceback.format_exception lists one item per frame (its File line with its source line) and one per
# chaining separator, as CPython's does
import traceback


def inner():
    raise KeyError("inner")


def outer():
    try:
        inner()
    except KeyError as e:
        raise ValueError("outer") from e


def run():
    outer()


try:
    run()
except Exception as e:
    items = traceback.format_exception(e)
    print(len(items))
    for item in items:
        print(repr(item.replace(__file__, "FILE")))
    only = traceback.format_exception(e, chain=False)
    print(len(only), repr(only[-1]))


def handler():
    try:
        inner()
    except KeyError:
        missing_total = None
        missing_total + 1


try:
    handler()
except TypeError as e:
    items = traceback.format_exception(type(e), e, e.__traceback__)
    print(len(items), sum(item.startswith("  File") for item in items))
    print([item for item in items if not item.startswith("  File")])
