/**
 * The names CPython's `site` module adds to builtins: `exit` and `quit` (objects that print a hint as
 * their repr and raise SystemExit when called) and `help`. `help(obj)` prints what pydoc prints for a
 * Python function (header, inspect.signature's text, cleaned docstring); for the numpy module's functions and array
 * methods it prints a signature and a one-paragraph summary from our own table (numpy/docs.ts), and a
 * short description for anything else. There is no interactive help browser: `help()` says so.
 */
import { PyType, ObjectType, TypeType, typeOf } from '../objects/pytype';
import { PyInstance, PyModule } from '../objects/values';
import { PyFunction, PyBuiltin, PyMethod, defMethods, call, Kw } from '../objects/function';
import { getAttr } from '../objects/attrs';
import { importModule } from '../interp/imports';
import { makeExc } from '../objects/exceptions';
import { repr, str } from '../objects/repr';
import { state } from '../interp/state';
import { numpyDocs } from './numpy/docs';

const QuitterType = new PyType('Quitter', [ObjectType], null, false, '_sitebuiltins');
QuitterType.cls = TypeType;
defMethods(QuitterType, {
  __repr__: (self: PyInstance) => `Use ${self.d.name}() or Ctrl-D (i.e. EOF) to exit`,
  __call__: (_self: PyInstance, args: any[]) => {
    throw args.length && args[0] !== null ? makeExc('SystemExit', args[0]) : makeExc('SystemExit');
  },
});

const HelperType = new PyType('_Helper', [ObjectType], null, false, '_sitebuiltins');
HelperType.cls = TypeType;
defMethods(HelperType, {
  __repr__: () => 'Type help() for interactive help, or help(object) for help about object.',
  __call__: (_self: any, args: any[], kw: Kw) => help(args, kw),
});

function quitter(name: string): PyInstance {
  const q = new PyInstance(QuitterType);
  q.d.name = name;
  return q;
}

/** exit, quit and help, for the builtins namespace */
export function siteBuiltins(): Record<string, any> {
  return { exit: quitter('exit'), quit: quitter('quit'), help: new PyInstance(HelperType) };
}

/** inspect.cleandoc: drop the common indentation of all lines but the first, and blank edge lines */
function cleandoc(doc: string): string[] {
  const lines = doc.replace(/\t/g, '        ').split('\n');
  let margin = Infinity;
  for (const l of lines.slice(1)) {
    const content = l.trimStart();
    if (content) margin = Math.min(margin, l.length - content.length);
  }
  const out = [lines[0].trimStart(), ...lines.slice(1).map((l) => (margin === Infinity ? l : l.slice(margin)))];
  while (out.length && !out[0].trim()) out.shift();
  while (out.length && !out[out.length - 1].trim()) out.pop();
  return out;
}

function signature(f: PyFunction): string {
  const { params, posonly, vararg, kwonly, kwarg } = f.sig;
  const parts: string[] = [];
  const firstDefault = params.length - f.defaults.length;
  params.forEach((p, i) => {
    parts.push(i >= firstDefault ? `${p}=${repr(f.defaults[i - firstDefault])}` : p);
    if (posonly && i === posonly - 1) parts.push('/');
  });
  if (vararg) parts.push(`*${vararg}`);
  else if (kwonly.length) parts.push('*');
  for (const k of kwonly) parts.push(f.kwdefaults?.has(k) ? `${k}=${repr(f.kwdefaults.get(k))}` : k);
  if (kwarg) parts.push(`**${kwarg}`);
  return `${f.name}(${parts.join(', ')})`;
}

function indentDoc(lines: string[]): string {
  return lines.map((l) => (l ? `    ${l}\n` : '    \n')).join('');
}

/** the dotted numpy name of a builtin, found by identity in the loaded numpy modules, or null */
function numpyName(f: PyBuiltin): string | null {
  if (f.doc === 'ndarray') return `numpy.ndarray.${f.name}`;
  const np = state().modules.get('numpy');
  if (!np) return null;
  if (np.d[f.name] === f) return `numpy.${f.name}`;
  for (const sub of ['linalg', 'random', 'fft']) {
    const m = np.d[sub];
    if (m instanceof PyModule && m.d[f.name] === f) return `numpy.${sub}.${f.name}`;
  }
  return null;
}

/** a numpy docs-table entry ('signature\nsummary…') as help prints it, for the dotted name `name` */
function documented(entry: string, name: string, kind: 'function' | 'method' | 'ufunc'): string {
  const [sig, ...summary] = entry.split('\n');
  const dot = name.lastIndexOf('.');
  const what = kind === 'method' ? `method ${name.slice(dot + 1)} of numpy.ndarray` : `${kind} ${name.slice(dot + 1)} in module ${name.slice(0, dot)}`;
  return `Help on ${what}:\n\n${sig}\n${indentDoc(summary)}\n`;
}

/**
 * pydoc's header line of a function or bound method: its name and inspect.signature's text (annotations
 * included, a bound method's first parameter left out), `<lambda> lambda x` for a lambda
 */
function header(obj: PyFunction | PyMethod, f: PyFunction): string {
  let sig: string;
  try {
    sig = str(call(getAttr(importModule('inspect', false), 'signature'), [obj]));
  } catch {
    sig = signature(f).slice(f.name.length);
  }
  return f.name === '<lambda>' ? `<lambda> lambda ${sig.slice(1, -1)}` : f.name + sig;
}

function describe(obj: any): string {
  if (obj instanceof PyMethod && obj.func instanceof PyFunction) {
    const f = obj.func;
    const doc = f.doc ? indentDoc(cleandoc(f.doc)) : '';
    const cls = typeOf(obj.self);
    return `Help on method ${f.name} in module ${f.module}:\n\n${header(obj, f)} method of ${cls.module}.${cls.name} instance\n${doc}\n`;
  }
  if (obj instanceof PyMethod) obj = obj.func;
  if (obj instanceof PyFunction) {
    const doc = obj.doc ? indentDoc(cleandoc(obj.doc)) : '';
    return `Help on function ${obj.name} in module ${obj.module}:\n\n${header(obj, obj)}\n${doc}\n`;
  }
  if (obj instanceof PyBuiltin) {
    const name = numpyName(obj);
    const entry = name ? numpyDocs[name.replace(/^numpy\./, '')] : undefined;
    if (entry) return documented(entry, name!, obj.doc === 'ndarray' ? 'method' : 'function');
    return `Help on built-in function ${obj.name}:\n\n${obj.name}(...)\n\n`;
  }
  if (obj instanceof PyModule) {
    const doc = typeof obj.d.__doc__ === 'string' ? indentDoc(cleandoc(obj.d.__doc__)) : '';
    return `Help on module ${obj.name}:\n\nNAME\n    ${obj.name}\n\n${doc ? `DESCRIPTION\n${doc}\n` : ''}`;
  }
  if (typeOf(obj).name === 'ufunc' && typeof obj.name === 'string' && numpyDocs[obj.name]) return documented(numpyDocs[obj.name], `numpy.${obj.name}`, 'ufunc');
  if (obj instanceof PyType) return `Help on class ${obj.name} in module ${obj.module}:\n\nclass ${obj.name}\n\n`;
  const t = typeOf(obj);
  return `Help on ${t.name} object:\n\nclass ${t.name}\n\n`;
}

function help(args: any[], kw: Kw): null {
  if (kw && kw.size) throw makeExc('TypeError', `help() got an unexpected keyword argument '${[...kw.keys()][0]}'`);
  if (args.length === 0) {
    state().write('ndpy has no interactive help browser; use help(object), e.g. help(np.linspace).\n');
    return null;
  }
  const obj = args[0];
  if (typeof obj === 'string') {
    const name = obj.replace(/^(numpy|np)\./, '');
    const entry = numpyDocs[name];
    const module = 'numpy' + (name.includes('.') ? '.' + name.slice(0, name.lastIndexOf('.')) : '');
    state().write(entry ? documented(entry, `${module}.${name.slice(name.lastIndexOf('.') + 1)}`, name.startsWith('ndarray.') ? 'method' : 'function') : `No Python documentation found for ${repr(obj)}.\nUse help() to get the interactive help utility.\nUse help(str) for help on the str class.\n`);
    return null;
  }
  state().write(describe(obj));
  return null;
}

