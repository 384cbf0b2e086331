# An exception raised in a finally block while another unwinds through it: CPython handles the unwinding
# one in the finally body, so the new one gets it as __context__ ("During handling of ...").
def close(resource):
    raise OSError(f"cannot close {resource}")


def work(resource):
    try:
        return {"a": 1}[resource]
    finally:
        close(resource)


work("b")
