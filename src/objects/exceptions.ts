/**
 * The builtin exception hierarchy and exception instances.
 *
 * Python exceptions are thrown as JS values directly (no JS Error wrapper, so no stack capture cost).
 * A PyExc carries `args`, the traceback frames appended as it unwinds through compiled functions, and
 * `__cause__`/`__context__`. User classes deriving from Exception produce PyExc instances too (the type's
 * `newInstance` is inherited along the MRO). The tree below is CPython 3.11's, names and nesting.
 */
import { PyType, ObjectType, TypeType } from './pytype';
import { PyInstance, PyTuple, EMPTY_TUPLE } from './values';
import { installRaiser, InternalError } from './errors';

export interface Frame {
  file: string;
  name: string;
  line: number;
  /** the local variable names of the frame's code (for NameError suggestions; see interp/suggestions.ts) */
  varnames?: readonly string[];
}

/** A recorded frame and the next one out (PyExc keeps its frames as a chain, see PyExc.tbIn). */
interface TbLink extends Frame {
  next: TbLink | null;
}

export class PyExc extends PyInstance {
  declare args: PyTuple;
  /**
   * The traceback frames, innermost first, chained through `next` (tbOut is the last, for appending):
   * most exceptions are caught one or two frames from where they were raised, and the array this was
   * before got a 17-slot store at its first push (a raise caught by the caller: ~550 bytes allocated in
   * all). `tb` reads and writes them as an array.
   */
  declare tbIn: TbLink | null;
  declare tbOut: TbLink | null;
  declare tbLen: number;
  declare cause: PyExc | null;
  declare context: PyExc | null;
  declare suppressContext: boolean;
  /** the function whose except clause last recorded a frame for this exception (see helpers.tb) */
  declare pendingFrame: unknown;
  /**
   * NameError/AttributeError `name` and AttributeError `obj` (the object whose attribute lookup failed),
   * kept off the instance dict as CPython keeps them in C fields; undefined when not set. (They were
   * WeakMap entries: setting two per AttributeError cost ~0.4 µs, and the GC more.) A list's IndexError
   * and a dict's KeyError keep the container in `excObj` (not visible to Python; see lookupFailure).
   */
  declare excName: unknown;
  declare excObj: unknown;
  constructor(cls: PyType) {
    super(cls);
    // assigned here rather than as class fields, which V8 runs as a separate initializer function
    this.args = EMPTY_TUPLE;
    this.tbIn = null;
    this.tbOut = null;
    this.tbLen = 0;
    this.cause = null;
    this.context = null;
    this.suppressContext = false;
    this.pendingFrame = null;
    this.excName = undefined;
    this.excObj = undefined;
  }
  /** Records one more frame, outside those already recorded. */
  addFrame(file: string, name: string, line: number, varnames: readonly string[] | undefined): void {
    const f: TbLink = { file, name, line, varnames, next: null };
    if (this.tbOut === null) this.tbIn = f;
    else this.tbOut.next = f;
    this.tbOut = f;
    this.tbLen++;
  }
  /** the frames, innermost first (a new array) */
  get tb(): Frame[] {
    const out: Frame[] = [];
    for (let f = this.tbIn; f !== null; f = f.next) out.push(f);
    return out;
  }
  set tb(frames: Frame[]) {
    this.tbIn = this.tbOut = null;
    this.tbLen = 0;
    for (const f of frames) this.addFrame(f.file, f.name, f.line, f.varnames);
  }
}

export const excTypes = new Map<string, PyType>();

/**
 * The object `__traceback__` / `__exit__(…, tb)` receive: frames are kept on the exception itself, and a
 * traceback is a position in them, outermost first (`tb_next` goes inwards; see frames.ts). It sees the
 * frames the exception had when it was made (`exc.tb` is a copy of them; the exception only gains outer
 * frames later), so `frames` and `depth` stay the chain CPython's immutable traceback objects would be,
 * as `contextmanager.__exit__` needs when it puts one back.
 */
export const TracebackType = new PyType('traceback', [ObjectType], null);
TracebackType.cls = TypeType;
export class PyTraceback {
  declare cls: PyType;
  constructor(
    public exc: PyExc,
    public level = 0,
    readonly frames: Frame[] = exc.tb,
    readonly depth = frames.length,
    /** the exception's pendingFrame when this was made (see helpers.tb) */
    readonly pending: unknown = exc.pendingFrame,
  ) {}
  /** this level's frame: `frames` holds them innermost first */
  get frame(): Frame {
    return this.frames[this.depth - 1 - this.level];
  }
  /** a traceback for the next frame inwards, or null at the innermost */
  next(): PyTraceback | null {
    return this.level + 1 < this.depth ? new PyTraceback(this.exc, this.level + 1, this.frames, this.depth, null) : null;
  }
}
PyTraceback.prototype.cls = TracebackType;

function def(name: string, base: PyType | null): PyType {
  const t = new PyType(name, [base ?? ObjectType], null);
  t.cls = TypeType;
  t.solid = t;
  t.newInstance = (cls) => new PyExc(cls);
  excTypes.set(name, t);
  return t;
}

export const BaseException = def('BaseException', null);
const tree: [string, string][] = [
  ['SystemExit', 'BaseException'],
  ['KeyboardInterrupt', 'BaseException'],
  ['GeneratorExit', 'BaseException'],
  ['Exception', 'BaseException'],
  ['StopIteration', 'Exception'],
  ['StopAsyncIteration', 'Exception'],
  ['ArithmeticError', 'Exception'],
  ['FloatingPointError', 'ArithmeticError'],
  ['OverflowError', 'ArithmeticError'],
  ['ZeroDivisionError', 'ArithmeticError'],
  ['AssertionError', 'Exception'],
  ['AttributeError', 'Exception'],
  ['BufferError', 'Exception'],
  ['EOFError', 'Exception'],
  ['ImportError', 'Exception'],
  ['ModuleNotFoundError', 'ImportError'],
  ['LookupError', 'Exception'],
  ['IndexError', 'LookupError'],
  ['KeyError', 'LookupError'],
  ['MemoryError', 'Exception'],
  ['NameError', 'Exception'],
  ['UnboundLocalError', 'NameError'],
  ['OSError', 'Exception'],
  ['BlockingIOError', 'OSError'],
  ['ChildProcessError', 'OSError'],
  ['ConnectionError', 'OSError'],
  ['BrokenPipeError', 'ConnectionError'],
  ['ConnectionAbortedError', 'ConnectionError'],
  ['ConnectionRefusedError', 'ConnectionError'],
  ['ConnectionResetError', 'ConnectionError'],
  ['FileExistsError', 'OSError'],
  ['FileNotFoundError', 'OSError'],
  ['InterruptedError', 'OSError'],
  ['IsADirectoryError', 'OSError'],
  ['NotADirectoryError', 'OSError'],
  ['PermissionError', 'OSError'],
  ['ProcessLookupError', 'OSError'],
  ['TimeoutError', 'OSError'],
  ['ReferenceError', 'Exception'],
  ['RuntimeError', 'Exception'],
  ['NotImplementedError', 'RuntimeError'],
  ['RecursionError', 'RuntimeError'],
  ['SyntaxError', 'Exception'],
  ['IndentationError', 'SyntaxError'],
  ['TabError', 'IndentationError'],
  ['SystemError', 'Exception'],
  ['TypeError', 'Exception'],
  ['ValueError', 'Exception'],
  ['UnicodeError', 'ValueError'],
  ['UnicodeDecodeError', 'UnicodeError'],
  ['UnicodeEncodeError', 'UnicodeError'],
  ['Warning', 'Exception'],
  ['DeprecationWarning', 'Warning'],
  ['PendingDeprecationWarning', 'Warning'],
  ['RuntimeWarning', 'Warning'],
  ['SyntaxWarning', 'Warning'],
  ['UserWarning', 'Warning'],
  ['FutureWarning', 'Warning'],
  ['ImportWarning', 'Warning'],
  ['UnicodeWarning', 'Warning'],
  ['BytesWarning', 'Warning'],
  ['ResourceWarning', 'Warning'],
  ['EncodingWarning', 'Warning'],
];
for (const [name, base] of tree) def(name, excTypes.get(base)!);
// ExceptionGroup derives from both BaseExceptionGroup and Exception (methods: exceptionGroups.ts)
export const BaseExceptionGroup = def('BaseExceptionGroup', BaseException);
{
  const t = new PyType('ExceptionGroup', [BaseExceptionGroup, excTypes.get('Exception')!], null);
  t.cls = TypeType;
  t.solid = t;
  t.newInstance = (cls) => new PyExc(cls);
  excTypes.set('ExceptionGroup', t);
}
excTypes.set('IOError', excTypes.get('OSError')!);
excTypes.set('EnvironmentError', excTypes.get('OSError')!);

export function excType(name: string): PyType {
  const t = excTypes.get(name);
  if (!t) throw new InternalError(`unknown exception type ${name}`);
  return t;
}

/** Build an exception instance of a builtin type with positional args. */
/** AttributeError for `o.name` with CPython's `name` and `obj` attributes set. */
export function attributeError(o: unknown, name: string, message: string): PyExc {
  const e = makeExc('AttributeError', message);
  e.excName = name;
  e.excObj = o;
  return e;
}

export function makeExc(type: PyType | string, ...args: any[]): PyExc {
  const t = typeof type === 'string' ? excType(type) : type;
  const e = new PyExc(t);
  e.args = args.length ? new PyTuple(args) : EMPTY_TUPLE;
  // runtime code raises what it makes here at once: like CPython's _PyErr_SetObject, the exception being
  // handled becomes its implicit __context__ ("During handling of the above exception, …")
  e.context = handledNow();
  return e;
}

/**
 * An IndexError or KeyError of subscripting `container`: the container is kept so that a traceback can
 * tell which subscript of a chain (`grid[r][c]`) failed, by how deeply it nests (caretLines.ts).
 */
export function lookupFailure(type: 'IndexError' | 'KeyError', arg: unknown, container: unknown): PyExc {
  const e = makeExc(type, arg);
  e.excObj = container;
  return e;
}

let handledNow: () => PyExc | null = () => null;
/** Installed by the interpreter: the exception whose `except` clause is running now, or null. */
export function installHandledSource(f: () => PyExc | null): void {
  handledNow = f;
}

installRaiser((type, message) => {
  throw makeExc(type, message);
});

export function isExc(v: any): v is PyExc {
  return v instanceof PyExc;
}
