# argparse help and usage: tuple metavars for nargs N, '*' and '+', the help and version actions' own help
# text, argument groups, suppressed help, defaults in help; parse errors and -h/--version captured
import argparse
import contextlib
import io
p = argparse.ArgumentParser(prog="calc", description="A calculator.")
p.add_argument("--pair", nargs=2, metavar=("X", "Y"), type=int, help="a pair")
p.add_argument("--maybe", nargs="?", const="C", default="D", help="optional value (default %(default)s, const %(const)s)")
p.add_argument("--many", nargs="*", metavar=("FIRST", "REST"), help="star with tuple")
p.add_argument("--some", nargs="+", type=float, help="one or more")
p.add_argument("--req", required=True, help="required option")
p.add_argument("--version", action="version", version="%(prog)s 1.2.3")
p.add_argument("-q", action="store_true", help=argparse.SUPPRESS)
grp = p.add_argument_group("advanced", "Advanced tuning options.")
grp.add_argument("--alpha", type=float, default=0.1, help="alpha value")
grp.add_argument("--beta", metavar="B", help="beta")
p.add_argument("items", nargs="*", default=["x"], help="items to process")
p.add_argument("last", nargs="?", help="last one")
p.print_help()
print(p.format_usage())
print(p.parse_args(["--req", "r", "--pair", "1", "2", "--many", "a", "b", "i1", "i2", "--some", "1", "2.5"]))
print(p.parse_args(["--req=r", "--maybe"]), p.parse_args(["--req", "r", "--maybe", "v", "-q"]))
for bad in [["--pair", "1"], ["--req"], ["--pair", "a", "b", "--req", "x"], ["--some"], ["--version"], ["-h"], ["--unknown", "--req", "r"], ["--alp", "3", "--req", "r"], ["--al", "x", "--req", "r"]]:
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            print(p.parse_args(bad))
    except SystemExit as e:
        print("exit", e.code, err.getvalue())

r = argparse.ArgumentParser(prog="r", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
r.add_argument("--rate", type=float, default=0.5, help="learning rate")
r.add_argument("--layers", type=int, nargs=2, metavar=("IN", "OUT"), default=[3, 4], help="sizes")
r.add_argument("--span", nargs="+", metavar=("LO", "HI"), help="plus with tuple")
r.add_argument("files", nargs="*", help="input files")
r.add_argument("--level", type=int, choices=range(1, 4), default=2, help="level")
r.print_help()
print(r.parse_args(["--rate", "1e-3", "--layers", "5", "6", "a", "b"]))
print(vars(r.parse_args([])))
