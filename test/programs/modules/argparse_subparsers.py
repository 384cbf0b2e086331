# argparse sub-commands: add_subparsers/add_parser (aliases, titles), parsing into one namespace, their
# help and usage, and the errors for a missing or unknown command
import argparse, sys
p = argparse.ArgumentParser(prog="git")
p.add_argument("--verbose", "-v", action="store_true")
sp = p.add_subparsers(dest="cmd", help="sub-command help")
c = sp.add_parser("commit", help="record changes to the repository", aliases=["ci"])
c.add_argument("-m", "--message", required=True)
c.add_argument("--amend", action="store_true")
ps = sp.add_parser("push", help="update remote refs")
ps.add_argument("remote", nargs="?", default="origin")
ps.add_argument("--force", action="store_true")
sp.add_parser("status")
for argv in (["commit", "-m", "hi"], ["-v", "push", "upstream", "--force"], ["push"], [], ["ci", "-m", "x", "--amend"], ["status"]):
    print(argv, p.parse_args(argv))
p.print_help()
c.print_help()
print(p.format_usage(), end="")
def run(argv):
    try:
        print(p.parse_args(argv))
    except SystemExit as e:
        print("exit", e.code)
sys.stderr = sys.stdout
run(["bogus"]); run(["commit"]); run(["push", "a", "b"])
q = argparse.ArgumentParser(prog="tool")
q.add_argument("target")
qs = q.add_subparsers(title="commands", dest="command", required=True)
qs.add_parser("build"); qs.add_parser("clean")
print(q.parse_args(["x", "build"]))
try:
    q.parse_args(["x"])
except SystemExit as e:
    print("exit", e.code)
q.print_help()
