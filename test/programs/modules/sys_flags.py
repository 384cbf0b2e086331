# sys.flags: the struct sequence of a plain `python3 script.py` run (bytecode writing off as sys.dont_write_bytecode says)
import sys
f = sys.flags
print(f.debug, f.optimize, f.verbose, f.quiet, f.dev_mode, f.safe_path, f.int_max_str_digits, f.dont_write_bytecode == sys.dont_write_bytecode)
print(len(f), f[3], type(f).__name__, isinstance(f, tuple))
if not sys.flags.optimize:
    print("asserts are on")
