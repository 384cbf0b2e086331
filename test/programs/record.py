#!/usr/bin/env python3
"""(Re)record the expected output of the golden programs with the real CPython.

For every test/programs/<feature>/<name>.py this writes
  <name>.out  -- the program's exact stdout
  <name>.err  -- only when the program exits with an uncaught exception: the last
                 non-empty line of stderr (e.g. "ValueError: bad"), no trailing newline
and deletes a stale .err when the program now succeeds.

Each program is run twice with different PYTHONHASHSEED values and from a scratch
working directory; differing output (hash-order dependence) or unexpected stderr
output is reported, and the script exits non-zero if anything looks wrong.

Usage:  python3 test/programs/record.py [substring ...]
        (with substrings, only programs whose relative path contains one of them)
"""
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
# programs that deliberately write to stderr while still succeeding
STDERR_OK = {"builtins/print_args.py", "stmt/for_closes_own_generator.py", "numpy/scalar_ufuncs.py", "numpy/small_sums.py"}


def programs():
    for root, dirs, files in os.walk(HERE):
        dirs.sort()
        for name in sorted(files):
            path = os.path.join(root, name)
            if name.endswith(".py") and path != os.path.abspath(__file__):
                yield os.path.relpath(path, HERE).replace(os.sep, "/")


def run(path, seed, cwd):
    env = dict(os.environ, PYTHONHASHSEED=str(seed), PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1")
    env.pop("PYTHONSTARTUP", None)
    return subprocess.run([sys.executable, path], cwd=cwd, env=env, capture_output=True, timeout=60)


def main():
    filters = sys.argv[1:]
    problems = 0
    count = 0
    with tempfile.TemporaryDirectory() as scratch:
        for rel in programs():
            if filters and not any(f in rel for f in filters):
                continue
            count += 1
            path = os.path.join(HERE, rel)
            first = run(path, 0, scratch)
            second = run(path, 12345, scratch)
            if first.stdout != second.stdout or first.returncode != second.returncode:
                print(f"NONDETERMINISTIC {rel}: output differs between hash seeds")
                problems += 1
            base = path[:-3]
            with open(base + ".out", "wb") as f:
                f.write(first.stdout)
            err_path = base + ".err"
            stderr_lines = [l for l in first.stderr.decode("utf-8").splitlines() if l.strip()]
            if first.returncode != 0:
                if first.returncode != 1 or not stderr_lines:
                    print(f"UNEXPECTED {rel}: exit code {first.returncode}")
                    problems += 1
                last = stderr_lines[-1] if stderr_lines else ""
                with open(err_path, "w", encoding="utf-8") as f:
                    f.write(last)
                print(f"recorded {rel}  (raises: {last})")
            else:
                if os.path.exists(err_path):
                    os.remove(err_path)
                if stderr_lines and rel not in STDERR_OK:
                    print(f"STDERR {rel}: {stderr_lines[0]}")
                    problems += 1
                print(f"recorded {rel}")
    print(f"{count} programs recorded, {problems} problem(s)")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
