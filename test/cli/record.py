"""Record what CPython prints for each CLI case: stdout, stderr and exit status, into cases.json.

Run from this folder: python3 record.py. Tracebacks are kept whole, with CPython 3.11's `~~^~~` lines
under the failing expressions.
"""
import json
import os
import subprocess
import sys

# input for stdin_idioms.py: n pairs, m words, lines of tokens up to END, then the rest
STDIN_IDIOMS = "\n".join(
    ["1500"] + [f"{i} {i % 17}" for i in range(1500)] + ["4", "alpha", "beta", "gamma", "delta"]
    + [" ".join(str(j) for j in range(i % 9)) for i in range(300)] + ["END"] + [f"x{i} y{i}" for i in range(200)]
) + "\n"
# input for stdin_newlines.py: Windows and old Mac line ends
STDIN_CRLF = "ab c\r\n2\r\na\r\nb\rc\r\n\r\nxyz\r\r\nlast\r"

cases = [
    {"name": "nested_error", "args": ["nested_error.py"]},
    {"name": "chained", "args": ["chained.py"]},
    {"name": "exit_code", "args": ["exit_code.py"]},
    {"name": "syntax_error", "args": ["syntax_error.py"]},
    {"name": "comprehension_error", "args": ["comprehension_error.py"]},
    {"name": "genexpr_error", "args": ["genexpr_error.py"]},
    {"name": "dash_c", "args": ["-c", "import sys; print(sys.argv, 6 * 7)", "a", "b"]},
    {"name": "stdin", "args": ["-"], "stdin": "for i in range(3):\n    print(i * i)\n"},
    {"name": "missing_file", "args": ["no_such_file.py"]},
    {"name": "deep_recursion", "args": ["deep_recursion.py"]},
    {"name": "stdin_idioms", "args": ["stdin_idioms.py"], "stdin": STDIN_IDIOMS},
    {"name": "stdin_open0", "args": ["stdin_open0.py"], "stdin": STDIN_IDIOMS},
    {"name": "stdin_buffer", "args": ["stdin_buffer.py"], "stdin": STDIN_IDIOMS + "caf\u00e9 na\u00efve\n"},
    {"name": "stdin_newlines", "args": ["stdin_newlines.py"], "stdin": STDIN_CRLF},
    {"name": "stdin_newlines_open0", "args": ["stdin_newlines.py", "open0"], "stdin": STDIN_CRLF},
    {"name": "os_system", "args": ["os_system.py"]},
    {"name": "stdin_fastio", "args": ["stdin_fastio.py"], "stdin": STDIN_IDIOMS},
    {"name": "stdlib_frames", "args": ["stdlib_frames.py"]},
    {"name": "recursion_limit", "args": ["recursion_limit.py"]},
    {"name": "traceback_carets", "args": ["traceback_carets.py"]},
    {"name": "multiline_error", "args": ["multiline_error.py"]},
    {"name": "caret_widths", "args": ["caret_widths.py"]},
    {"name": "dash_c_error", "args": ["-c", "def f(x):\n    return 1 / x\nf(0)"]},
    {"name": "stdin_error", "args": ["-"], "stdin": "def f(x):\n    return [x][1]\nprint(f(0))\n"},
    {"name": "syntax_warnings", "args": ["syntax_warnings.py"]},
    {"name": "logging_caller", "args": ["logging_caller.py"]},
    {"name": "finally_context", "args": ["finally_context.py"]},
    {"name": "not_callable", "args": ["not_callable.py"]},
    # a relative script path is joined to the current directory as given ("../" kept)
    {"name": "dotdot_path", "args": ["../cli/finally_context.py"]},
    {"name": "traceback_limit", "args": ["traceback_limit.py"]},
    {"name": "traceback_limit_zero", "args": ["-c", "import sys\nsys.tracebacklimit = 0\ndef f():\n    1 / 0\nf()"]},
]
out = []
for c in cases:
    p = subprocess.run([sys.executable] + c["args"], input=c.get("stdin", ""), capture_output=True, text=True)
    err = p.stderr.replace(os.getcwd() + os.sep, "<DIR>/")
    out.append({**c, "stdout": p.stdout, "stderr": err, "status": p.returncode})
with open("cases.json", "w") as f:
    json.dump(out, f, indent=1)
print(f"recorded {len(out)} cases")
