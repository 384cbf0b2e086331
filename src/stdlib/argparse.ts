/**
 * `argparse`, written in Python: ArgumentParser with positional and optional arguments (type, default,
 * choices, required, dest, nargs ?/*\/+/N, actions store, store_const, store_true, store_false, append,
 * append_const, count, help, version), parse_args/parse_known_args into a Namespace, mutually exclusive
 * groups and argument groups (for parsing), `--` and `--opt=value`. Errors print a usage line and
 * `prog: error: …` to stderr and exit with status 2, as CPython's. The usage line and the `-h` help text
 * follow CPython's layout (wrapping at 78 columns, the help column after the longest invocation, at most
 * 24, help texts, description and epilog re-wrapped; argument groups under their own headings; a
 * mutually exclusive group as [-a | -b]), with the Raw* and ArgumentDefaults formatter classes.
 */
export const source = String.raw`
import sys as _sys
import os as _os
import re as _re
import textwrap as _textwrap

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
REMAINDER = '...'


class ArgumentError(Exception):
    def __init__(self, argument, message):
        self.argument_name = None if argument is None else '/'.join(argument.option_strings) or argument.metavar or argument.dest
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    pass


class Namespace:
    def __init__(self, **kwargs):
        for k, v in kwargs.items():
            setattr(self, k, v)

    def __repr__(self):
        return 'Namespace(%s)' % ', '.join('%s=%r' % (k, v) for k, v in self.__dict__.items())

    def __eq__(self, other):
        return isinstance(other, Namespace) and vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


class _Action:
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None, action='store', version=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar
        self.action = action
        self.version = version
        self._section = None


class _SubParsers(_Action):
    """The action add_subparsers() returns: a positional choosing a sub-command whose own parser takes
    the rest of the command line."""

    def __init__(self, parser, dest=SUPPRESS, required=False, help=None, metavar=None, parser_class=None):
        super().__init__([], dest, nargs='A...', default=None, required=required, help=help,
                         metavar=metavar, action='parsers')
        self._parent = parser
        self._parser_class = parser_class
        self.choices = {}
        self._choice_help = []

    def add_parser(self, name, **kwargs):
        if 'prog' not in kwargs:
            kwargs['prog'] = '%s %s' % (self._parent.prog, name)
        aliases = kwargs.pop('aliases', ())
        help = kwargs.pop('help', None)
        cls = self._parser_class or type(self._parent)
        sub = cls(**kwargs)
        self.choices[name] = sub
        for alias in aliases:
            self.choices[alias] = sub
        if help is not None:
            shown = name + (' (%s)' % ', '.join(aliases) if aliases else '')
            self._choice_help.append((shown, help))
        return sub

    def _get_subactions(self):
        return self._choice_help


class _Group:
    def __init__(self, parser, title=None, description=None, exclusive=False, required=False):
        self._parser = parser
        self.title = title
        self.description = description
        self._exclusive = exclusive
        self.required = required
        self._actions = []

    def add_argument(self, *args, **kwargs):
        a = self._parser.add_argument(*args, **kwargs)
        self._actions.append(a)
        if self.title is not None or self.description is not None:
            a._section = self   # listed under this group's heading in the help
        return a

    def add_mutually_exclusive_group(self, required=False):
        return self._parser.add_mutually_exclusive_group(required=required)


class ArgumentParser:
    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=(), formatter_class=None,
                 prefix_chars='-', fromfile_prefix_chars=None, argument_default=None, conflict_handler='error',
                 add_help=True, allow_abbrev=True, exit_on_error=True):
        self.prog = prog if prog is not None else _os.path.basename(_sys.argv[0]) if _sys.argv and _sys.argv[0] else 'ndpy'
        self.formatter_class = formatter_class if formatter_class is not None else HelpFormatter
        self.usage = usage
        self.description = description
        self.epilog = epilog
        self.argument_default = argument_default
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._actions = []
        self._groups = []
        self._exclusive = []
        self._defaults = {}
        if add_help:
            self.add_argument('-h', '--help', action='help', default=SUPPRESS, help='show this help message and exit')
        for p in parents:
            for a in p._actions:
                if a.action != 'help':
                    self._actions.append(a)

    def add_argument(self, *names, **kwargs):
        action = kwargs.pop('action', 'store')
        if not names or not names[0].startswith('-'):
            if len(names) != 1:
                raise ValueError('invalid option string')
            dest = kwargs.pop('dest', None) or names[0]
            options = []
            if action in ('store', 'append') and 'required' in kwargs:
                raise TypeError("'required' is an invalid argument for positionals")
            required = kwargs.get('nargs') not in ('?', '*') and not (kwargs.get('nargs') == '?' and 'default' in kwargs)
        else:
            options = list(names)
            longs = [n for n in names if n.startswith('--')]
            dest = kwargs.pop('dest', None) or (longs[0] if longs else names[0]).lstrip('-').replace('-', '_')
            required = kwargs.pop('required', False)
        kwargs.pop('required', None)
        if action in ('help', 'version'):
            # they leave nothing in the namespace, and describe themselves unless told otherwise
            kwargs.setdefault('default', SUPPRESS)
            kwargs.setdefault('help', 'show this help message and exit' if action == 'help' else "show program's version number and exit")
        default = kwargs.pop('default', self.argument_default)
        nargs = kwargs.pop('nargs', None)
        const = kwargs.pop('const', None)
        if action == 'store_true':
            default, const, nargs = (False if default is None else default), True, 0
        elif action == 'store_false':
            default, const, nargs = (True if default is None else default), False, 0
        elif action in ('store_const', 'append_const', 'count', 'help', 'version'):
            nargs = 0
        a = _Action(options, dest, nargs=nargs, const=const, default=default, type=kwargs.pop('type', None),
                    choices=kwargs.pop('choices', None), required=required, help=kwargs.pop('help', None),
                    metavar=kwargs.pop('metavar', None), action=action, version=kwargs.pop('version', None))
        if kwargs:
            raise TypeError("unexpected keyword argument '%s'" % next(iter(kwargs)))
        self._actions.append(a)
        return a

    def add_subparsers(self, **kwargs):
        if any(isinstance(a, _SubParsers) for a in self._actions):
            self.error('cannot have multiple subparser arguments')
        kwargs.setdefault('parser_class', type(self))
        title, description = kwargs.pop('title', None), kwargs.pop('description', None)
        a = _SubParsers(self, **kwargs)
        self._actions.append(a)
        if title is not None or description is not None:
            # listed in a section of its own (CPython titles it 'subcommands' when only described)
            a._section = self.add_argument_group(title if title is not None else 'subcommands', description)
        return a

    def add_argument_group(self, title=None, description=None):
        g = _Group(self, title, description)
        self._groups.append(g)
        return g

    def add_mutually_exclusive_group(self, required=False):
        g = _Group(self, exclusive=True, required=required)
        self._exclusive.append(g)
        return g

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)

    def get_default(self, dest):
        for a in self._actions:
            if a.dest == dest and a.default is not None:
                return a.default
        return self._defaults.get(dest)

    # ---- output ----
    def _metavar(self, a):
        if a.metavar is not None:
            return a.metavar
        if isinstance(a, _SubParsers):
            return '{%s}' % ','.join(a.choices)
        if a.choices is not None:
            return '{%s}' % ','.join(str(c) for c in a.choices)
        return a.dest if not a.option_strings else a.dest.upper()

    def _args_text(self, a):
        m = self._metavar(a)

        def names(k):
            # a tuple metavar names each of the values in turn
            return m if isinstance(m, tuple) else (m,) * k
        n = a.nargs
        if n is None:
            return '%s' % names(1)
        if n == '?':
            return '[%s]' % names(1)
        if n == '*':
            star = names(1)
            return '[%s [%s ...]]' % star if len(star) == 2 else '[%s ...]' % star
        if n == '+':
            return '%s [%s ...]' % names(2)
        if n == 0:
            return ''
        if n == 'A...':
            return '%s ...' % names(1)
        return ' '.join(names(n))

    def format_usage(self):
        if self.usage is not None:
            return 'usage: %s\n' % self.usage.replace('%(prog)s', self.prog)
        opt_parts, pos_parts = [], []
        opts = [a for a in self._actions if a.option_strings and a.help != SUPPRESS]

        def bare(a):
            text = a.option_strings[0]
            args = self._args_text(a)
            return text + ' ' + args if args else text

        # a mutually exclusive group whose options are listed together shows as [-a | -b] (or (-a | -b))
        grouped = {}
        for g in self._exclusive:
            acts = [a for a in g._actions if a.option_strings and a.help != SUPPRESS]
            if len(acts) < 2 and not g.required:
                continue
            if acts and acts[0] in opts:
                start = opts.index(acts[0])
                if opts[start:start + len(acts)] == acts:
                    inner = ' | '.join(bare(a) for a in acts)
                    grouped[id(acts[0])] = ('(%s)' if g.required and len(acts) > 1 else '[%s]' if not g.required else '%s') % inner
                    for a in acts[1:]:
                        grouped[id(a)] = None
        for a in self._actions:
            if a.option_strings:
                if a.help == SUPPRESS:
                    continue
                if id(a) in grouped:
                    if grouped[id(a)] is not None:
                        opt_parts.append(grouped[id(a)])
                    continue
                text = bare(a)
                opt_parts.append(text if a.required else '[%s]' % text)
            else:
                pos_parts.append(self._args_text(a))
        prefix = 'usage: '
        usage = ' '.join([self.prog] + opt_parts + pos_parts)
        width = 78
        if len(prefix) + len(usage) > width:
            # CPython's wrapping: optionals, then positionals, on lines indented under the program name
            def lines_of(parts, indent, first=None):
                lines, line = [], []
                line_len = len(first) - 1 if first is not None else len(indent) - 1
                for part in parts:
                    if line_len + 1 + len(part) > width and line:
                        lines.append(indent + ' '.join(line))
                        line, line_len = [], len(indent) - 1
                    line.append(part)
                    line_len += len(part) + 1
                if line:
                    lines.append(indent + ' '.join(line))
                if first is not None:
                    lines[0] = lines[0][len(indent):]
                return lines
            if len(prefix) + len(self.prog) <= 0.75 * width:
                indent = ' ' * (len(prefix) + len(self.prog) + 1)
                if opt_parts:
                    lines = lines_of([self.prog] + opt_parts, indent, prefix)
                    lines.extend(lines_of(pos_parts, indent))
                else:
                    lines = lines_of([self.prog] + pos_parts, indent, prefix)
            else:
                indent = ' ' * len(prefix)
                lines = [self.prog] + lines_of(opt_parts + pos_parts, indent)
            usage = '\n'.join(lines)
        return prefix + usage + '\n'

    def _fill(self, text, width, indent=''):
        # description and epilog: whitespace collapsed and re-wrapped (kept as written by the Raw formatters)
        if issubclass(self.formatter_class, RawDescriptionHelpFormatter):
            return ''.join(indent + line for line in text.splitlines(keepends=True))
        text = _re.sub(r'\s+', ' ', text).strip()
        return _textwrap.fill(text, width, initial_indent=indent, subsequent_indent=indent)

    def _help_text(self, a):
        h = a.help or ''
        if not h.strip():
            return ''
        if (issubclass(self.formatter_class, ArgumentDefaultsHelpFormatter) and '%(default)' not in h
                and a.default is not SUPPRESS and (a.option_strings or a.nargs in ('?', '*'))):
            h += ' (default: %(default)s)'
        if '%' in h:
            params = dict(vars(a), prog=self.prog)
            for key in list(params):
                if params[key] is SUPPRESS:
                    del params[key]
            if params.get('choices') is not None:
                params['choices'] = ', '.join(str(c) for c in params['choices'])
            if getattr(params.get('type'), '__name__', None) is not None:
                params['type'] = params['type'].__name__
            h = h % params
        return h

    def _help_lines(self, text, width):
        if issubclass(self.formatter_class, RawTextHelpFormatter):
            return text.splitlines()
        return _textwrap.wrap(_re.sub(r'\s+', ' ', text).strip(), width)

    def format_help(self):
        out = [self.format_usage()]
        width = 78
        if self.description:
            out.append('\n' + self._fill(self.description, width) + '\n')
        pos = [a for a in self._actions if not a.option_strings and a._section is None]
        opt = [a for a in self._actions if a.option_strings and a._section is None]

        def invocation(a):
            if not a.option_strings:
                return self._metavar(a)
            args = self._args_text(a)
            return ', '.join(o + (' ' + args if args else '') for o in a.option_strings)

        # CPython's columns: help starts after the longest invocation (a sub-command's indented by 2
        # more), at most at column 24
        lengths = [len(invocation(a)) + 2 for a in self._actions]
        for a in self._actions:
            if isinstance(a, _SubParsers):
                lengths.extend(len(name) + 4 for name, _ in a._get_subactions())
        help_position = min(max(lengths + [0]) + 2, 24)
        action_width = help_position - 4

        def entry(inv, h, indent):
            if not h:
                return '%s%s\n' % (' ' * indent, inv)
            lines = self._help_lines(h, max(width - help_position, 11)) or ['']
            rest = ''.join('%s%s\n' % (' ' * help_position, l) for l in lines[1:])
            inner = help_position - indent - 2
            if len(inv) <= inner:
                return '%s%s  %s\n' % (' ' * indent, inv.ljust(inner), lines[0]) + rest
            return '%s%s\n%s%s\n' % (' ' * indent, inv, ' ' * help_position, lines[0]) + rest

        def line(a):
            if a.help == SUPPRESS:
                return ''
            text = entry(invocation(a), self._help_text(a), 2)
            if isinstance(a, _SubParsers):
                text += ''.join(entry(name, h, 4) for name, h in a._get_subactions())
            return text

        if pos:
            out.append('\npositional arguments:\n')
            out.extend(line(a) for a in pos)
        if opt:
            out.append('\noptions:\n')
            out.extend(line(a) for a in opt)
        for g in self._groups:
            acts = [a for a in self._actions if a._section is g]
            if not acts and not g.description:
                continue
            out.append('\n%s:\n' % (g.title,) if g.title is not None else '\n')
            if g.description:
                out.append(self._fill(g.description, width - 2, '  ') + '\n\n' if acts else self._fill(g.description, width - 2, '  ') + '\n')
            out.extend(line(a) for a in acts)
        if self.epilog:
            out.append('\n' + self._fill(self.epilog, width) + '\n')
        return ''.join(out)

    def print_usage(self, file=None):
        (file or _sys.stdout).write(self.format_usage())

    def print_help(self, file=None):
        (file or _sys.stdout).write(self.format_help())

    def exit(self, status=0, message=None):
        if message:
            _sys.stderr.write(message)
        _sys.exit(status)

    def error(self, message):
        _sys.stderr.write(self.format_usage())
        self.exit(2, '%s: error: %s\n' % (self.prog, message))

    # ---- parsing ----
    def _convert(self, a, s):
        if a.type is None:
            v = s
        else:
            try:
                v = a.type(s)
            except ArgumentTypeError as e:
                raise ArgumentError(a, str(e))
            except (TypeError, ValueError):
                name = getattr(a.type, '__name__', repr(a.type))
                raise ArgumentError(a, 'invalid %s value: %r' % (name, s))
        if a.choices is not None and v not in a.choices:
            raise ArgumentError(a, 'invalid choice: %r (choose from %s)' % (v, ', '.join(repr(c) for c in a.choices)))
        return v

    def _find_option(self, s):
        for a in self._actions:
            if s in a.option_strings:
                return a
        if self.allow_abbrev and s.startswith('--'):
            hits = [a for a in self._actions for o in a.option_strings if o.startswith(s) and o.startswith('--')]
            if len(hits) == 1:
                return hits[0]
            if len(hits) > 1:
                raise ArgumentError(None, 'ambiguous option: %s could match %s' % (
                    s, ', '.join(o for a in hits for o in a.option_strings if o.startswith(s))))
        return None

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = _sys.argv[1:]
        args = list(args)
        ns = namespace if namespace is not None else Namespace()
        for a in self._actions:
            if a.dest != SUPPRESS and not hasattr(ns, a.dest) and a.default != SUPPRESS:
                d = a.default
                if isinstance(d, str) and a.type is not None and a.option_strings:
                    d = self._convert(a, d)
                setattr(ns, a.dest, d)
        for k, v in self._defaults.items():
            if not hasattr(ns, k):
                setattr(ns, k, v)
        try:
            extras = self._parse(args, ns)
        except ArgumentError as e:
            if not self.exit_on_error:
                raise
            self.error(str(e))
        return ns, extras

    def parse_args(self, args=None, namespace=None):
        ns, extras = self.parse_known_args(args, namespace)
        if extras:
            self.error('unrecognized arguments: %s' % ' '.join(extras))
        return ns

    def _take(self, a, values, i):
        # how many of values[i:] the option takes (values stop at the next option)
        n = a.nargs
        avail = 0
        while i + avail < len(values) and not (values[i + avail].startswith('-') and len(values[i + avail]) > 1 and not values[i + avail].lstrip('-').replace('.', '', 1).isdigit()):
            avail += 1
        if n is None:
            if avail < 1:
                raise ArgumentError(a, 'expected one argument')
            return 1
        if n == '?':
            return min(avail, 1)
        if n == '*':
            return avail
        if n == '+':
            if avail < 1:
                raise ArgumentError(a, 'expected at least one argument')
            return avail
        if n == REMAINDER:
            return len(values) - i
        if avail < n:
            raise ArgumentError(a, 'expected %d argument%s' % (n, 's' if n != 1 else ''))
        return n

    def _apply(self, a, ns, strings, option=None):
        act = a.action
        if act == 'help':
            self.print_help()
            self.exit()
        if act == 'version':
            _sys.stdout.write(a.version.replace('%(prog)s', self.prog) + '\n')
            self.exit()
        if act in ('store_true', 'store_false', 'store_const'):
            setattr(ns, a.dest, a.const)
        elif act == 'append_const':
            items = list(getattr(ns, a.dest, None) or [])
            items.append(a.const)
            setattr(ns, a.dest, items)
        elif act == 'count':
            setattr(ns, a.dest, (getattr(ns, a.dest, None) or 0) + 1)
        else:
            vals = [self._convert(a, s) for s in strings]
            if a.nargs is None:
                v = vals[0]
            elif a.nargs == '?':
                v = vals[0] if vals else (a.const if option else a.default)
            elif a.nargs == '*' and not vals and not option:
                v = a.default if a.default is not None else []
            else:
                v = vals
            if act == 'append':
                items = list(getattr(ns, a.dest, None) or [])
                items.append(v)
                setattr(ns, a.dest, items)
            else:
                setattr(ns, a.dest, v)

    @staticmethod
    def _plan(actions, n):
        # how many of n strings each positional takes, greedily left to right as CPython's patterns
        # match, or None when the actions need more than n
        lo = [1 if a.nargs in (None, '+') else a.nargs if isinstance(a.nargs, int) else 0 for a in actions]
        hi = [1 if a.nargs in (None, '?') else a.nargs if isinstance(a.nargs, int) else n for a in actions]
        if sum(lo) > n:
            return None
        plan, left = [], n
        for i in range(len(actions)):
            take = min(hi[i], left - sum(lo[i + 1:]))
            plan.append(take)
            left -= take
        return plan

    def _flush(self, run, actions, ns, seen, extras):
        # the positionals one run of strings (between options) fills: the longest prefix of the
        # remaining positional actions that matches; strings left over are extras
        for k in range(len(actions), -1, -1):
            plan = self._plan(actions[:k], len(run))
            if plan is not None:
                break
        pos = 0
        for a, take in zip(actions[:k], plan):
            seen.add(a)
            self._apply(a, ns, run[pos:pos + take])
            pos += take
        del actions[:k]
        extras.extend(run[pos:])

    def _command_index(self, args, positionals):
        # where the sub-command name stands: after the options (and their values) and the strings the
        # positionals before the sub-command take
        before = positionals[:positionals.index(self._subparsers_action())]
        need = sum(1 if a.nargs is None else a.nargs if isinstance(a.nargs, int) else 0 for a in before)
        i = 0
        while i < len(args):
            s = args[i]
            if s == '--':
                i += 1
                continue
            if s.startswith('-') and len(s) > 1 and not s.lstrip('-').replace('.', '', 1).isdigit():
                opt, eq, _ = s.partition('=')
                a = self._find_option(opt if eq or opt.startswith('--') else s[:2])
                i += 1
                if a is not None and not eq and (opt.startswith('--') or len(s) == 2):
                    i += self._take(a, args, i)
                continue
            if need == 0:
                return i
            need -= 1
            i += 1
        return None

    def _subparsers_action(self):
        for a in self._actions:
            if isinstance(a, _SubParsers):
                return a
        return None

    def _parse(self, args, ns):
        sp = self._subparsers_action()
        if sp is not None:
            k = self._command_index(args, [a for a in self._actions if not a.option_strings])
            at = self._actions.index(sp)
            del self._actions[at]
            try:
                extras = self._parse(args if k is None else args[:k], ns)
            finally:
                self._actions.insert(at, sp)
            name_of = sp.metavar or (sp.dest if sp.dest != SUPPRESS else self._metavar(sp))
            if k is None:
                if sp.required:
                    raise ArgumentError(None, 'the following arguments are required: %s' % name_of)
                return extras
            name = args[k]
            if name not in sp.choices:
                raise ArgumentError(None, 'argument %s: invalid choice: %r (choose from %s)'
                                    % (name_of, name, ', '.join(repr(c) for c in sp.choices)))
            if sp.dest != SUPPRESS:
                setattr(ns, sp.dest, name)
            sub_ns, sub_extras = sp.choices[name].parse_known_args(args[k + 1:], None)
            for key, value in vars(sub_ns).items():
                setattr(ns, key, value)
            return extras + sub_extras
        extras = []
        run = []
        actions = [a for a in self._actions if not a.option_strings]
        seen = set()
        i = 0
        while i < len(args):
            s = args[i]
            if s == '--':
                run.extend(args[i + 1:])
                break
            if s.startswith('-') and len(s) > 1 and not s.lstrip('-').replace('.', '', 1).isdigit():
                if run:
                    self._flush(run, actions, ns, seen, extras)
                    run = []
                opt, eq, val = s.partition('=')
                a = self._find_option(opt if eq or opt.startswith('--') else s[:2])
                if a is None and not opt.startswith('--') and len(s) > 2:
                    a = self._find_option(s)
                if a is None:
                    extras.append(s)
                    i += 1
                    # the strings after an unknown option belong to it
                    while i < len(args) and not args[i].startswith('-'):
                        extras.append(args[i])
                        i += 1
                    continue
                for g in self._exclusive:
                    if a in g._actions:
                        for other in g._actions:
                            if other is not a and other in seen:
                                raise ArgumentError(a, 'not allowed with argument %s' % '/'.join(other.option_strings))
                seen.add(a)
                i += 1
                if eq:
                    self._apply(a, ns, [val], option=True)
                elif not opt.startswith('--') and len(s) > 2 and s[:2] in a.option_strings:
                    # -ovalue, or combined flags -vv
                    if a.nargs == 0:
                        self._apply(a, ns, [], option=True)
                        args = args[:i] + ['-' + s[2:]] + args[i:]
                    else:
                        self._apply(a, ns, [s[2:]], option=True)
                else:
                    n = self._take(a, args, i)
                    self._apply(a, ns, args[i:i + n], option=True)
                    i += n
                continue
            run.append(s)
            i += 1
        self._flush(run, actions, ns, seen, extras)
        missing = [a for a in self._actions if a.required and a not in seen]
        if missing:
            raise ArgumentError(None, 'the following arguments are required: %s' % ', '.join(
                '/'.join(a.option_strings) if a.option_strings else self._metavar(a) for a in missing))
        for g in self._exclusive:
            if g.required and not any(a in seen for a in g._actions):
                raise ArgumentError(None, 'one of the arguments %s is required' % ' '.join('/'.join(a.option_strings) for a in g._actions))
        return extras


class FileType:
    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._encoding = encoding

    def __call__(self, string):
        if string == '-':
            return _sys.stdin if 'r' in self._mode else _sys.stdout
        try:
            return open(string, self._mode, encoding=self._encoding)
        except OSError as e:
            raise ArgumentTypeError("can't open '%s': %s" % (string, e))


class HelpFormatter:
    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        pass


class RawDescriptionHelpFormatter(HelpFormatter):
    pass


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    pass


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    pass


class MetavarTypeHelpFormatter(HelpFormatter):
    pass
`;
