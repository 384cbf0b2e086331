# argparse: positionals and options (types, defaults, choices, nargs, store_true/append/count), parse_known_args,
# mutually exclusive groups, set_defaults, errors (exit status 2), usage wrapping and -h help
import argparse, sys
p = argparse.ArgumentParser(prog='tool', description='Process some numbers.')
p.add_argument('n', type=int, help='how many')
p.add_argument('files', nargs='*', default=['a.txt'])
p.add_argument('-v', '--verbose', action='store_true')
p.add_argument('--scale', type=float, default=1.0)
p.add_argument('--mode', choices=['fast', 'slow'], default='fast')
p.add_argument('-t', '--tag', action='append')
p.add_argument('-q', action='count', default=0)
p.add_argument('--limit', type=int, default='7')
print(p.parse_args(['3']))
print(p.parse_args(['5', 'x.csv', 'y.csv', '-v', '--scale=2.5', '--mode', 'slow', '-t', 'a', '-t', 'b', '-qq', '--limit', '9']))
print(p.parse_args(['-v', '4', '--', '-weird']))
ns = p.parse_args(['1'])
print(ns.n, ns.files, ns.verbose, ns.scale, ns.mode, ns.tag, ns.q, ns.limit, 'n' in ns, vars(ns)['mode'])
print(p.parse_known_args(['2', '--unknown', 'x']))
print(p.format_usage(), end='')
g = argparse.ArgumentParser(prog='g')
mx = g.add_mutually_exclusive_group()
mx.add_argument('--a', action='store_true')
mx.add_argument('--b', action='store_true')
g.add_argument('pos', nargs='?', default='dflt')
print(g.parse_args([]), g.parse_args(['--a', 'val']))
g.set_defaults(extra=42); print(g.parse_args([]).extra)
sub = argparse.ArgumentParser(prog='s', exit_on_error=False)
sub.add_argument('--num', type=int)
try:
    sub.parse_args(['--num', 'abc'])
except argparse.ArgumentError as e:
    print('ArgumentError', e)
import io
for argv in [[], ['x'], ['1', '--mode', 'medium'], ['1', '--scale']]:
    sys.stderr, saved = io.StringIO(), sys.stderr
    try:
        p.parse_args(argv)
    except SystemExit as e:
        print('exit', e.code)
    finally:
        captured, sys.stderr = sys.stderr.getvalue(), saved
    print(captured, end='')
print(argparse.Namespace(a=1, b='x'), argparse.Namespace(a=1) == argparse.Namespace(a=1))
h = argparse.ArgumentParser(prog='tool', description='Process some numbers.')
h.add_argument('n', type=int, help='how many')
h.add_argument('-v', '--verbose', action='store_true', help='talk more')
h.add_argument('--scale', type=float, default=1.0, help='factor (default: %(default)s)')
h.print_help()
