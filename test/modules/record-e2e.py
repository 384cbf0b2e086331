"""Record the expected output of test/modules/e2e/*.py from CPython 3.11 (run from any directory)."""
import pathlib
import subprocess
import sys

assert sys.version_info[:2] == (3, 11)
here = pathlib.Path(__file__).resolve().parent / "e2e"
for py in sorted(here.glob("*.py")):
    out = subprocess.run([sys.executable, py.name], cwd=here, capture_output=True, text=True)
    if out.returncode != 0:
        print(py.name, "failed:", out.stderr)
    py.with_suffix(".out").write_text(out.stdout)
    print("recorded", py.name)
