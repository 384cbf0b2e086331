/**
 * np.einsum_path: the order in which to contract an einsum's operands pairwise, and NumPy's report of it
 * (FLOP counts, scaling, intermediates). Follows numpy/_core/einsumfunc.py: index sets per operand, a
 * contraction's cost = size of all its indices × (terms − 1, plus one when indices are summed away),
 * intermediates no larger than the largest operand or output (unless a memory limit is given).
 * 'greedy' repeatedly takes the pair that removes the most elements (then the cheapest), preferring pairs
 * that share an index; 'optimal' searches every pairwise order. Ties go to the first pair met, in
 * NumPy's iteration order, so the same path comes out.
 */
import { NDArray } from '../../../runtime/ndarray';
import { PyTuple, PyFloat, tuple } from '../../objects/values';
import { throwPy } from '../../objects/errors';
import { makeExc } from '../../objects/exceptions';
import { builtin, Kw, PyBuiltin } from '../../objects/function';
import { index as pyIndex } from '../../objects/protocols';
import { toArray } from '../../objects/iterators';
import { formatFloat } from '../../objects/formatSpec';
import { str as pyStr } from '../../objects/repr';
import { Ellipsis } from '../../objects/values';
import { asArray } from './coerce';
import { typeOf } from '../../objects/pytype';

const SYMBOLS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

type IndexSet = Set<string>;
type Sizes = Map<string, number>;
/** a candidate pairwise contraction: its sort key, the pair, the operand index sets after it */
type Candidate = { key: [number, number]; pair: number[]; sets: IndexSet[] };

function sizeOf(indices: Iterable<string>, sizes: Sizes): number {
  let n = 1;
  for (const i of indices) n *= sizes.get(i)!;
  return n;
}

/** NumPy's _flop_count: every index's size, times (terms − 1, at least 1), plus one when summing */
function flopCount(indices: Iterable<string>, inner: boolean, terms: number, sizes: Sizes): number {
  return sizeOf(indices, sizes) * (Math.max(1, terms - 1) + (inner ? 1 : 0));
}

/** Contract the operands at `positions`: the new index set (appended last), the removed and all indices. */
function findContraction(positions: number[], sets: IndexSet[], output: IndexSet) {
  const contract = new Set<string>();
  const remain = new Set(output);
  const remaining: IndexSet[] = [];
  sets.forEach((s, i) => {
    if (positions.includes(i)) for (const c of s) contract.add(c);
    else {
      remaining.push(s);
      for (const c of s) remain.add(c);
    }
  });
  const result = new Set([...contract].filter((c) => remain.has(c)));
  const removed = new Set([...contract].filter((c) => !result.has(c)));
  remaining.push(result);
  return { result, remaining, removed, contract };
}

function pairs(n: number): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) out.push([i, j]);
  return out;
}

function optimalPath(sets: IndexSet[], output: IndexSet, sizes: Sizes, limit: number): number[][] {
  let full: { cost: number; path: number[][]; sets: IndexSet[] }[] = [{ cost: 0, path: [], sets }];
  for (let it = 0; it < sets.length - 1; it++) {
    const next: typeof full = [];
    for (const cur of full) {
      for (const con of pairs(sets.length - it)) {
        const c = findContraction(con, cur.sets, output);
        if (sizeOf(c.result, sizes) > limit) continue;
        next.push({ cost: cur.cost + flopCount(c.contract, c.removed.size > 0, con.length, sizes), path: [...cur.path, con], sets: c.remaining });
      }
    }
    if (!next.length) return [...cheapest(full).path, [...Array(sets.length - it).keys()]];
    full = next;
  }
  return cheapest(full).path;
}

function cheapest<T extends { cost: number }>(xs: T[]): T {
  return xs.reduce((best, x) => (x.cost < best.cost ? x : best));
}

function candidate(pair: number[], sets: IndexSet[], output: IndexSet, sizes: Sizes, limit: number, pathCost: number, naive: number): Candidate | null {
  const c = findContraction(pair, sets, output);
  const newSize = sizeOf(c.result, sizes);
  if (newSize > limit) return null;
  const removedSize = pair.reduce((s, p) => s + sizeOf(sets[p], sizes), 0) - newSize;
  const cost = flopCount(c.contract, c.removed.size > 0, pair.length, sizes);
  if (pathCost + cost > naive) return null;
  return { key: [-removedSize, cost], pair, sets: c.remaining };
}

/** the other candidates after `best` ran: pairs touching its operands dropped, positions renumbered */
function updateOthers(cands: Candidate[], best: Candidate): Candidate[] {
  const [bx, by] = best.pair;
  const out: Candidate[] = [];
  for (const { key, pair: [x, y], sets } of cands) {
    if (x === bx || x === by || y === bx || y === by) continue;
    sets.splice(by - +(by > x) - +(by > y), 1);
    sets.splice(bx - +(bx > x) - +(bx > y), 1);
    sets.splice(sets.length - 1, 0, best.sets[best.sets.length - 1]);
    out.push({ key, pair: [x - +(x > bx) - +(x > by), y - +(y > bx) - +(y > by)], sets });
  }
  return out;
}

function greedyPath(sets: IndexSet[], output: IndexSet, sizes: Sizes, limit: number): number[][] {
  if (sets.length === 1) return [[0]];
  if (sets.length === 2) return [[0, 1]];
  const all = findContraction([...sets.keys()], sets, output);
  const naive = flopCount(all.contract, all.removed.size > 0, sets.length, sizes);
  let combos = pairs(sets.length);
  let known: Candidate[] = [];
  let pathCost = 0;
  const path: number[][] = [];
  for (let it = 0, n = sets.length; it < n - 1; it++) {
    for (const p of combos) {
      if (![...sets[p[0]]].some((c) => sets[p[1]].has(c))) continue;
      const r = candidate(p, sets, output, sizes, limit, pathCost, naive);
      if (r) known.push(r);
    }
    if (!known.length) {
      for (const p of pairs(sets.length)) {
        const r = candidate(p, sets, output, sizes, limit, pathCost, naive);
        if (r) known.push(r);
      }
      if (!known.length) {
        path.push([...sets.keys()]);
        break;
      }
    }
    const best = known.reduce((b, c) => (c.key[0] < b.key[0] || (c.key[0] === b.key[0] && c.key[1] < b.key[1]) ? c : b));
    known = updateOthers(known, best);
    sets = best.sets;
    const last = sets.length - 1;
    combos = [...Array(last).keys()].map((i) => [i, last]);
    path.push(best.pair);
    pathCost += best.key[1];
  }
  return path;
}

/** The subscripts of the string or interleaved (operand, sublist, …) form, with operands as arrays. */
function parseInput(args: any[]): { inputs: string; output: string; ops: NDArray[] } {
  if (!args.length) throwPy('ValueError', 'No input operands');
  let subs: string;
  let ops: NDArray[];
  if (typeof args[0] === 'string') {
    subs = args[0].replace(/ /g, '');
    ops = args.slice(1).map((x) => asArray(x));
    for (const s of subs) if (!'.,->'.includes(s) && !SYMBOLS.includes(s)) throwPy('ValueError', `Character ${s} is not a valid symbol.`);
  } else {
    const n = Math.floor(args.length / 2);
    const letters = (sub: any) => toArray(sub).map((s: any) => {
      if (s === Ellipsis) return '...';
      let i: number;
      try {
        i = pyIndex(s);
      } catch {
        return throwPy('TypeError', 'For this input type lists must contain either int or Ellipsis');
      }
      // NumPy indexes its symbol string: negative from the end
      if (i < 0) i += SYMBOLS.length;
      return SYMBOLS[i] ?? throwPy('IndexError', 'string index out of range');
    }).join('');
    ops = [];
    const terms: string[] = [];
    for (let k = 0; k < n; k++) {
      ops.push(asArray(args[2 * k]));
      terms.push(letters(args[2 * k + 1]));
    }
    subs = terms.join(',') + (args.length % 2 ? '->' + letters(args[args.length - 1]) : '');
  }
  if (subs.includes('-') || subs.includes('>')) {
    if (subs.split('-').length > 2 || subs.split('>').length > 2 || subs.split('->').length !== 2) throwPy('ValueError', "Subscripts can only contain one '->'.");
  }
  const [lhs, rhs] = subs.includes('->') ? subs.split('->') : [subs, null];
  let terms = lhs.split(',');
  let ellipsis = '';
  if (subs.includes('.')) {
    // '...' becomes unused symbols, right-aligned (NumPy picks them from a set; here, the last unused ones)
    const used = new Set(subs.replace(/[.,>-]/g, ''));
    const unused = [...SYMBOLS].filter((c) => !used.has(c)).join('');
    let longest = 0;
    terms = terms.map((t, k) => {
      if (!t.includes('.')) return t;
      if (t.split('.').length !== 4 || !t.includes('...')) throwPy('ValueError', 'Invalid Ellipses.');
      const count = ops[k].ndim === 0 ? 0 : Math.max(ops[k].ndim, 1) - (t.length - 3);
      longest = Math.max(longest, count);
      if (count < 0) throwPy('ValueError', 'Ellipses lengths do not match.');
      return t.replace('...', count === 0 ? '' : unused.slice(-count));
    });
    ellipsis = longest ? unused.slice(-longest) : '';
  }
  const joined = terms.join('');
  let output: string;
  if (rhs !== null) output = rhs.replace('...', ellipsis);
  else {
    const once = [...new Set(joined)].sort().filter((c) => joined.split(c).length === 2);
    output = ellipsis + once.filter((c) => !ellipsis.includes(c)).join('');
  }
  for (const c of output) {
    if (output.split(c).length !== 2) throwPy('ValueError', `Output character ${c} appeared more than once in the output.`);
    if (!joined.includes(c)) throwPy('ValueError', `Output character ${c} did not appear in the input`);
  }
  if (terms.length !== ops.length) throwPy('ValueError', 'Number of einsum subscripts must be equal to the number of operands.');
  return { inputs: terms.join(','), output, ops };
}

/** the `optimize` argument: a strategy name (or false), an explicit ['einsum_path', …] path, or (name, memory limit) */
function pathOption(opt: any): { kind: string | false; explicit: any[] | null; limit: number | null } {
  if (opt === true) return { kind: 'greedy', explicit: null, limit: null };
  if (opt === null || opt === false) return { kind: false, explicit: null, limit: null };
  if (typeof opt === 'string') return { kind: opt, explicit: null, limit: null };
  if (!Array.isArray(opt) && !(opt instanceof PyTuple)) throwPy('TypeError', `object of type '${typeOf(opt).tpName}' has no len()`);
  const items = toArray(opt);
  if (items.length && items[0] === 'einsum_path') return { kind: false, explicit: items.slice(1), limit: null };
  const limit = items.length === 2 ? items[1] : null;
  if (typeof items[0] === 'string' && (typeof limit === 'number' || limit instanceof PyFloat)) {
    return { kind: items[0], explicit: null, limit: Math.trunc(limit instanceof PyFloat ? limit.v : limit) };
  }
  return throwPy('TypeError', `Did not understand the path: ${pyStr(opt)}`);
}

const pad = (s: string | number, n: number) => String(s).padStart(n);

export function einsumPath(args: any[], optimize: any): PyTuple {
  const opt = pathOption(optimize);
  const { inputs, output, ops } = parseInput(args);
  const terms = inputs.split(',');
  let sets = terms.map((t) => new Set(t));
  const outSet = new Set(output);
  const indices = new Set(inputs.replace(/,/g, ''));
  const sizes: Sizes = new Map();
  terms.forEach((term, k) => {
    const sh = ops[k].shape;
    if (sh.length !== term.length) throwPy('ValueError', `Einstein sum subscript ${inputs[k]} does not contain the correct number of indices for operand ${k}.`);
    [...term].forEach((c, j) => {
      const dim = sh[j], prev = sizes.get(c);
      if (prev === undefined || prev === 1) sizes.set(c, dim);
      else if (dim !== 1 && dim !== prev) throwPy('ValueError', `Size of label '${c}' for operand ${k} (${prev}) does not match previous terms (${dim}).`);
    });
  });
  const limit = opt.limit ?? Math.max(...[...terms, output].map((t) => sizeOf(t, sizes)));
  let path: any[];
  if (opt.explicit) path = opt.explicit;
  else if (opt.kind === false || terms.length <= 2 || [...indices].every((c) => outSet.has(c))) path = [tuple([...terms.keys()])];
  else if (opt.kind === 'greedy') path = greedyPath(sets, outSet, sizes, limit).map((p) => tuple(p));
  else if (opt.kind === 'optimal') path = optimalPath(sets, outSet, sizes, limit).map((p) => tuple(p));
  else throw makeExc('KeyError', 'Path name %s not found', opt.kind);
  const costs: number[] = [], scales: number[] = [], interSizes: number[] = [];
  const lines: string[] = [];
  const list = terms.slice();
  path.forEach((step, n) => {
    const inds = toArray(step).map((x: any) => pyIndex(x)).sort((a: number, b: number) => b - a);
    const c = findContraction(inds, sets, outSet);
    sets = c.remaining;
    costs.push(flopCount(c.contract, c.removed.size > 0, inds.length, sizes));
    scales.push(c.contract.size);
    interSizes.push(sizeOf(c.result, sizes));
    const taken = inds.map((x: number) => list.splice(x, 1)[0]);
    // an intermediate's indices run from the smallest dimension up (ties by letter)
    const result = n === path.length - 1 ? output : [...c.result].sort((a, b) => sizes.get(a)! - sizes.get(b)! || (a < b ? -1 : a > b ? 1 : 0)).join('');
    list.push(result);
    lines.push(`\n${pad(c.contract.size, 4)}    ${pad(`${taken.join(',')}->${result}`, 24)} ${pad(`${list.join(',')}->${output}`, 40)}`);
  });
  if (list.length !== 1) throwPy('RuntimeError', `Invalid einsum_path is specified: ${list.length - 1} more operands has to be contracted.`);
  const inner = terms.reduce((s, t) => s + new Set(t).size, 0) - indices.size > 0;
  const naive = flopCount(indices, inner, terms.length, sizes);
  const optCost = costs.reduce((a, b) => a + b, 0) + 1;
  const e3 = (x: number) => formatFloat(x, '.3e');
  let report = `  Complete contraction:  ${inputs}->${output}\n`;
  report += `         Naive scaling:  ${indices.size}\n`;
  report += `     Optimized scaling:  ${Math.max(...scales)}\n`;
  report += `      Naive FLOP count:  ${e3(naive)}\n`;
  report += `  Optimized FLOP count:  ${e3(optCost)}\n`;
  report += `   Theoretical speedup:  ${formatFloat(naive / optCost, '3.3f')}\n`;
  report += `  Largest intermediate:  ${e3(Math.max(...interSizes))} elements\n`;
  report += '-'.repeat(74) + '\n';
  report += `${pad('scaling', 6)} ${pad('current', 24)} ${pad('remaining', 40)}\n`;
  report += '-'.repeat(74) + lines.join('');
  return tuple([['einsum_path', ...path], report]);
}

export function einsumPathFunction(): PyBuiltin {
  return builtin('einsum_path', (args: any[], kw: Kw) => {
    let optimize: any = 'greedy';
    for (const [k, v] of kw ?? []) {
      if (k === 'optimize') optimize = v;
      else if (k !== 'einsum_call') throwPy('TypeError', `einsum_path() got an unexpected keyword argument '${k}'`);
    }
    return einsumPath(args, optimize);
  });
}
