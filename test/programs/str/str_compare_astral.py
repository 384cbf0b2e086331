# str ordering is by code point: U+E000..U+FFFF sort below astral characters (not by UTF-16 unit)
a, b = '😀', '\uffff'
print(a < b, a > b, b < a, max(a, b), min(a, b), max([a, b]), sorted([a, b]), sorted([b, a, 'z']), a <= b, b >= a)
print(sorted(['a\uffff', 'a😀', 'a']), max('a😀\uffff'), min(['x😀', 'x\uffff']), ['\uffff'] < ['😀'], ('\ufb01',) < ('😀',))
print(sorted({'\uffef': 1, '𝔘': 2}), sorted(['\ue000', '\U00010000']), '\U00010000' > '\ue000')
import heapq, bisect
h = ['\uffff', '😀', 'a']; heapq.heapify(h); print([heapq.heappop(h) for _ in range(3)])
print(bisect.bisect(['a', '\uffff'], '😀'), sorted(['😀', '\uffff'], reverse=True), max(['😀', '\uffff'], key=str), min('😀\uffff'))
