/**
 * The text helpers of `unittest`'s failure messages (appended to src/stdlib/unittest.ts's source, whose
 * assert methods call them): safe_repr, and the shortening of two long reprs CPython 3.11's
 * unittest.util does, keeping a few characters of their common prefix and of what differs, with
 * "[N chars]" for the rest, within an 80-character budget.
 */
export const messagesSource = String.raw`

def safe_repr(obj, short=False):
    # repr(obj), or object's repr when obj's own raises; when short, cut at _MAX_LENGTH characters
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if short and len(text) >= _MAX_LENGTH:
        text = text[:_MAX_LENGTH] + ' [truncated]...'
    return text


def _shorten(s, prefixlen, suffixlen):
    # the middle of s, when longer than its placeholder, replaced by "[N chars]"
    skip = len(s) - prefixlen - suffixlen
    if skip > 12:
        return '%s[%d chars]%s' % (s[:prefixlen], skip, s[len(s) - suffixlen:])
    return s


def _common_shorten_repr(*args):
    # reprs longer than 80 characters lose most of their common prefix and, when that is not enough, the
    # middle of what differs (CPython's unittest.util, with its 80 / 12 / 5 character budgets)
    args = tuple(safe_repr(a) for a in args)
    maxlen = max(len(a) for a in args)
    if maxlen <= 80:
        return args
    lo, hi = min(args), max(args)
    prefixlen = 0
    while prefixlen < len(lo) and lo[prefixlen] == hi[prefixlen]:
        prefixlen += 1
    prefix = lo[:prefixlen]
    common_len = 80 - (maxlen - prefixlen + 5 + 12)
    if common_len > 5:
        prefix = _shorten(prefix, 5, common_len)
        return tuple(prefix + a[prefixlen:] for a in args)
    prefix = _shorten(prefix, 5, 5)
    return tuple(prefix + _shorten(a[prefixlen:], 80 - (5 + 12 + 5 + 12 + 5), 5) for a in args)
`;
