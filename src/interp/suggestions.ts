/**
 * The "Did you mean: 'x'?" hint CPython 3.11 appends to an uncaught NameError or AttributeError
 * (Python/suggestions.c): the closest candidate name by a Levenshtein distance where a case flip costs
 * 1 and any other edit 2, accepted when at most about a third of the characters change. A NameError
 * looks in its frame's local variable names, then the module globals, then the builtins; an
 * AttributeError in dir() of the object. The raising sites record what is needed: `nameError` (the
 * name and the globals object the lookup missed in) and attributeError (objects/exceptions.ts, the
 * AttributeError's `name` and `obj`);
 * the innermost traceback frame carries its function's local names (`Frame.varnames`).
 */
import { PyExc, makeExc, excType } from '../objects/exceptions';
import type { Attrs } from '../objects/pytype';

const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

/** the globals object a failed global lookup searched, kept off the Python-visible instance dict */
const nameScopes = new WeakMap<PyExc, Attrs>();

/** Raise NameError for `name`, remembering the globals (with builtins as prototype) it was missing from. */
export function nameError(name: string, G: Attrs | null): never {
  const e = makeExc('NameError', `name '${name}' is not defined`);
  e.excName = name;
  if (G !== null) nameScopes.set(e, G);
  throw e;
}

function substitutionCost(a: number, b: number): number {
  if ((a & 31) !== (b & 31)) return MOVE_COST;
  if (a === b) return 0;
  const lower = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);
  return lower(a) === lower(b) ? CASE_COST : MOVE_COST;
}

/** suggestions.c's levenshtein_distance over UTF-8 bytes, giving up (max + 1) once past `max` */
function distance(x: Uint8Array, y: Uint8Array, max: number): number {
  let a = 0;
  let b = 0;
  let aEnd = x.length;
  let bEnd = y.length;
  while (a < aEnd && b < bEnd && x[a] === y[b]) a++, b++;
  while (a < aEnd && b < bEnd && x[aEnd - 1] === y[bEnd - 1]) aEnd--, bEnd--;
  let aSize = aEnd - a;
  let bSize = bEnd - b;
  if (aSize === 0 || bSize === 0) return (aSize + bSize) * MOVE_COST;
  if (aSize > MAX_STRING_SIZE || bSize > MAX_STRING_SIZE) return max + 1;
  let s = x;
  let t = y;
  if (bSize < aSize) {
    [s, t, a, b, aSize, bSize] = [y, x, b, a, bSize, aSize];
  }
  if ((bSize - aSize) * MOVE_COST > max) return max + 1;
  const row: number[] = [];
  for (let i = 0; i < aSize; i++) row.push((i + 1) * MOVE_COST);
  let result = 0;
  for (let bi = 0; bi < bSize; bi++) {
    const code = t[b + bi];
    let dist = (result = bi * MOVE_COST);
    let minimum = Infinity;
    for (let i = 0; i < aSize; i++) {
      const substitute = dist + substitutionCost(code, s[a + i]);
      dist = row[i];
      result = Math.min(Math.min(result, dist) + MOVE_COST, substitute);
      row[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > max) return max + 1;
  }
  return result;
}

/** The best candidate for `name` among `candidates` (none when there are too many to search). */
export function closestName(candidates: readonly unknown[], name: string): string | null {
  if (candidates.length >= MAX_CANDIDATE_ITEMS) return null;
  const enc = new TextEncoder();
  const target = enc.encode(name);
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const item of candidates) {
    if (typeof item !== 'string' || item === name) continue;
    const bytes = enc.encode(item);
    const max = Math.min(Math.floor(((target.length + bytes.length + 3) * MOVE_COST) / 6), bestDistance - 1);
    const d = distance(target, bytes, max);
    if (d > max) continue;
    if (best === null || d < bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * The suggestion for an uncaught exception, or null: NameError (not its subclasses' own raises, which
 * carry no name) and AttributeError with the name and object recorded. `dir` lists an object's
 * attributes; `varnames` are the innermost frame's local variable names.
 */
export function suggestionFor(e: PyExc, varnames: readonly string[], dir: (o: any) => unknown[]): string | null {
  const name = e.excName;
  if (typeof name !== 'string') return null;
  if (e.cls.isSubtypeOf(excType('AttributeError'))) {
    if (e.excObj === undefined) return null;
    try {
      return closestName(dir(e.excObj), name);
    } catch {
      return null;
    }
  }
  if (!e.cls.isSubtypeOf(excType('NameError'))) return null;
  const G = nameScopes.get(e);
  const globals = G ? Object.keys(G) : [];
  const builtins = G ? Object.keys(Object.getPrototypeOf(G) ?? {}) : [];
  return closestName(varnames, name) ?? closestName(globals, name) ?? closestName(builtins, name);
}
