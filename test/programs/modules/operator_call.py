# operator.call (new in 3.11) and operator.__call__
import operator
print(operator.call(max, 3, 9, 4), operator.call(sorted, [3, 1, 2], reverse=True), operator.__call__(len, "abcd"))
handlers = {"double": lambda x: x * 2, "neg": operator.neg}
print([operator.call(handlers[k], 21) for k in sorted(handlers)])
print(list(map(operator.call, [str.upper, str.title], ["ab cd", "ef gh"])))
