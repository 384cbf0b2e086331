# expression statements compiled in "single" mode echo their repr to sys.stdout as it is at the time
# (a redirected StringIO gets them), and None echoes nothing
import io, sys, contextlib
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    exec(compile("2 + 2", "<s>", "single"))
    exec(compile("'text'", "<s>", "single"))
    exec(compile("None", "<s>", "single"))
print(repr(buf.getvalue()))
exec(compile("[1, 2]", "<s>", "single"))
