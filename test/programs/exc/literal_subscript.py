# subscripting a number literal compiles (and fails at run time with CPython's TypeError); the code goes
# through exec so CPython's compile-time SyntaxWarning can be silenced
import warnings

warnings.filterwarnings("ignore", category=SyntaxWarning)
for src in ["5[0]", "12[1:2]", "0[-1]", "7.5[0]", "(3)[0]", "x = 5[0]", "5[0] = 1", "print(5 .real, [5][0], '5'[0])"]:
    try:
        exec(src)
    except TypeError as e:
        print(type(e).__name__, e)
