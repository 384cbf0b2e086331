/**
 * `getopt`, written in Python (see src/stdlib/index.ts): C-style command-line parsing as CPython 3.11's
 * getopt module does it — getopt() stops at the first non-option argument, gnu_getopt() lets options
 * and operands mix (unless the short options start with '+' or POSIXLY_CORRECT is set); long options
 * may be abbreviated to a unique prefix; errors raise GetoptError(msg, opt) with CPython's messages.
 */
export const source = String.raw`
import os as _os

__all__ = ['GetoptError', 'error', 'getopt', 'gnu_getopt']


class GetoptError(Exception):
    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError


def _long_match(opt, longopts):
    # the one long option 'opt' names (exactly or as a unique prefix) and whether it takes an argument
    candidates = [o for o in longopts if o.startswith(opt)]
    if not candidates:
        raise GetoptError('option --%s not recognized' % opt, opt)
    if opt in candidates:
        return opt, False
    if opt + '=' in candidates:
        return opt, True
    if len(candidates) > 1:
        raise GetoptError('option --%s not a unique prefix' % opt, opt)
    found = candidates[0]
    if found.endswith('='):
        return found[:-1], True
    return found, False


def _do_long(opts, text, longopts, args):
    if '=' in text:
        opt, optarg = text.split('=', 1)
    else:
        opt, optarg = text, None
    name, has_arg = _long_match(opt, longopts)
    if has_arg:
        if optarg is None:
            if not args:
                raise GetoptError('option --%s requires argument' % name, name)
            optarg, args = args[0], args[1:]
    elif optarg is not None:
        raise GetoptError('option --%s must not have an argument' % name, name)
    opts.append(('--' + name, optarg or ''))
    return opts, args


def _short_has_arg(opt, shortopts):
    at = -1 if opt == ':' else shortopts.find(opt)
    if at < 0:
        raise GetoptError('option -%s not recognized' % opt, opt)
    return shortopts[at + 1:at + 2] == ':'


def _do_shorts(opts, text, shortopts, args):
    while text != '':
        opt, text = text[0], text[1:]
        if _short_has_arg(opt, shortopts):
            if text == '':
                if not args:
                    raise GetoptError('option -%s requires argument' % opt, opt)
                text, args = args[0], args[1:]
            optarg, text = text, ''
        else:
            optarg = ''
        opts.append(('-' + opt, optarg))
    return opts, args


def _normalize_long(longopts):
    if isinstance(longopts, str):
        return [longopts]
    return list(longopts)


def getopt(args, shortopts, longopts=[]):
    opts = []
    longopts = _normalize_long(longopts)
    args = list(args)
    while args and args[0].startswith('-') and args[0] != '-':
        if args[0] == '--':
            args = args[1:]
            break
        if args[0].startswith('--'):
            opts, args = _do_long(opts, args[0][2:], longopts, args[1:])
        else:
            opts, args = _do_shorts(opts, args[0][1:], shortopts, args[1:])
    return opts, args


def gnu_getopt(args, shortopts, longopts=[]):
    opts = []
    operands = []
    longopts = _normalize_long(longopts)
    args = list(args)
    all_options_first = False
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
        all_options_first = True
    elif _os.environ.get('POSIXLY_CORRECT'):
        all_options_first = True
    while args:
        if args[0] == '--':
            operands += args[1:]
            break
        if args[0][:2] == '--':
            opts, args = _do_long(opts, args[0][2:], longopts, args[1:])
        elif args[0][:1] == '-' and args[0] != '-':
            opts, args = _do_shorts(opts, args[0][1:], shortopts, args[1:])
        elif all_options_first:
            operands += args
            break
        else:
            operands.append(args[0])
            args = args[1:]
    return opts, operands
`;
