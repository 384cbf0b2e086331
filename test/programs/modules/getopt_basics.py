# getopt: short/long options, unique prefixes, gnu_getopt operand mixing, GetoptError messages
import getopt, sys
cases = [
    (["-a", "-b", "val", "file1", "-c"], "ab:c", []),
    (["-abval", "x"], "ab:", []),
    (["--verbose", "--output=out.txt", "--num", "5", "rest"], "v", ["verbose", "output=", "num="]),
    (["--verb", "a"], "", ["verbose"]),
    (["--out", "f"], "", ["output=", "outdir="]),
    (["-x"], "ab", []),
    (["-b"], "ab:", []),
    (["--help=3"], "", ["help"]),
    (["--output"], "", ["output="]),
    (["--", "-a"], "a", []),
    (["-", "-a"], "a", []),
    (["--nope"], "", ["verbose"]),
    (["-a", "", "-b"], "ab", []),
]
for args, s, l in cases:
    try: print(getopt.getopt(args, s, l))
    except getopt.GetoptError as e: print("GetoptError:", e, repr(e.opt), e.msg, e.args)
print(getopt.gnu_getopt(["file", "-a", "--name=x", "other", "-bq"], "ab:", ["name="]))
print(getopt.gnu_getopt(["file", "-a"], "+a", []), getopt.getopt(["a"], "x", "long"), getopt.error is getopt.GetoptError)
def main(argv):
    try:
        opts, args = getopt.getopt(argv, "hi:o:", ["ifile=", "ofile="])
    except getopt.GetoptError as err:
        print(err); return 2
    inp = out = ""
    for opt, arg in opts:
        if opt == "-h": print("usage"); return 0
        elif opt in ("-i", "--ifile"): inp = arg
        elif opt in ("-o", "--ofile"): out = arg
    print(f"Input file is {inp!r}; output file is {out!r}; rest {args}")
    return 0
print(main(sys.argv[1:]), main(["-i", "in.txt", "--ofile", "o.txt", "x"]), main(["-z"]))
