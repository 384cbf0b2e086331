/**
 * dict and set storage: an insertion-ordered JS Map keyed by a "fast key" where Python equality of keys
 * coincides with JS SameValueZero on that key, and hash buckets with Python `__eq__` for the rest.
 *
 * Fast keys: int → the number/bigint; bool → 0/1; float → its value (an integral float maps like the
 * equal int, so 1 == 1.0 == True share a slot); str → the string; tuples of fast-keyable items → an
 * unambiguous encoded string; objects with identity hashing (no user __eq__/__hash__) → the object.
 * Everything else (user __hash__, complex, frozenset…) goes through `pyHash` buckets compared with `eq`.
 */
import { PyFloat, PyTuple, PyInstance, PyComplex, PyBytes } from './values';
import { PyType, DictType, SetType, FrozenSetType, ObjectType, Attrs, typeOf } from './pytype';
import { throwPy } from './errors';
import { pyHash, eqBool } from './protocols';
import { PyBoxed } from './subclass';
import { PyBuiltin } from './function';

const TUPLE_TAG = '\uffff\u0000t';

/** Returns the fast key of `k`, or undefined when it needs hash + __eq__. */
export function fastKey(k: any): any {
  switch (typeof k) {
    case 'number':
    case 'string':
    case 'bigint':
      return k;
    case 'boolean':
      return k ? 1 : 0;
    case 'object':
      if (k === null) return k;
      if (k instanceof PyFloat) {
        const v = k.v;
        if (Number.isInteger(v) && !Number.isSafeInteger(v)) return BigInt(v);
        return v;
      }
      if (k instanceof PyTuple) {
        let s = TUPLE_TAG;
        for (const it of k.items) {
          const fk = fastKey(it);
          switch (typeof fk) {
            case 'number': s += 'n' + fk + ','; break;
            case 'bigint': s += 'n' + fk.toString() + ','; break;
            case 'string': s += JSON.stringify(fk) + ','; break;
            default:
              if (fk === null) { s += 'N,'; break; }
              return undefined;
          }
        }
        return s;
      }
      if (k instanceof PyBoxed) {
        const h = k.cls.lookup('__hash__'), e = k.cls.lookup('__eq__');
        return h instanceof PyBuiltin && h.nativeDunder && e instanceof PyBuiltin && e.nativeDunder ? fastKey(k.value) : undefined;
      }
      if (k instanceof PyInstance) {
        const t = k.cls;
        if (t.lookup('__hash__') === ObjectType.dict.__hash__ && t.lookup('__eq__') === ObjectType.dict.__eq__) return k;
        return undefined;
      }
      if (Array.isArray(k) || k instanceof PyDict || (k instanceof PySet && k.cls !== FrozenSetType && !k.cls.isUser)) return undefined; // unhashable: pyHash raises
      if (k instanceof PyBytes) return '\uffff\u0000b' + Array.prototype.join.call(k.data, ',');
      if (k instanceof PyComplex) return k.im === 0 ? fastKey(new PyFloat(k.re)) : undefined;
      if (k.cls && k.cls.name === 'frozenset') return undefined;
      return k; // functions, types, modules, singletons: identity
  }
  return k;
}

export class HashTable {
  /** fast key (or, for bucketed keys, the key object itself) → [key, value] */
  m = new Map<any, [any, any]>();
  buckets: Map<number | bigint, any[]> | null = null;

  get size(): number {
    return this.m.size;
  }

  /** The Map slot for `k`, or undefined when absent. */
  private slot(k: any, create: boolean): any {
    const fk = fastKey(k);
    if (fk !== undefined) return fk;
    const h = pyHash(k);
    if (!this.buckets) this.buckets = new Map();
    let b = this.buckets.get(h);
    if (b) for (const cand of b) if (cand === k || eqBool(cand, k)) return cand;
    if (!create) return undefined;
    if (!b) this.buckets.set(h, (b = []));
    b.push(k);
    return k;
  }

  get(k: any): any {
    const s = this.slot(k, false);
    if (s === undefined) return undefined;
    const e = this.m.get(s);
    return e === undefined ? undefined : e[1];
  }

  has(k: any): boolean {
    const s = this.slot(k, false);
    return s !== undefined && this.m.has(s);
  }

  set(k: any, v: any): void {
    const s = this.slot(k, true);
    const e = this.m.get(s);
    if (e !== undefined) e[1] = v;
    else this.m.set(s, [k, v]);
  }

  /** Removes k; returns the removed value or undefined. */
  delete(k: any): any {
    const s = this.slot(k, false);
    if (s === undefined) return undefined;
    const e = this.m.get(s);
    if (e === undefined) return undefined;
    this.m.delete(s);
    if (this.buckets && s === k && fastKey(k) === undefined) {
      const h = pyHash(k);
      const b = this.buckets.get(h);
      if (b) {
        const i = b.indexOf(k);
        if (i >= 0) b.splice(i, 1);
      }
    }
    return e[1];
  }

  clear(): void {
    this.m.clear();
    this.buckets = null;
  }

  keys(): any[] {
    const out: any[] = [];
    for (const e of this.m.values()) out.push(e[0]);
    return out;
  }
  values(): any[] {
    const out: any[] = [];
    for (const e of this.m.values()) out.push(e[1]);
    return out;
  }
  entries(): IterableIterator<[any, any]> {
    return this.m.values();
  }
}

export class PyDict extends HashTable {
  cls: PyType = DictType;
}

export class PySet extends HashTable {
  cls: PyType;
  constructor(frozen = false) {
    super();
    this.cls = frozen ? FrozenSetType : SetType;
  }
  add(k: any): void {
    this.set(k, true);
  }
}

export function dictFromEntries(entries: [any, any][]): PyDict {
  const d = new PyDict();
  for (const [k, v] of entries) d.set(k, v);
  return d;
}

/**
 * A dict view of an attribute store (instance, class or module `__dict__`): reads and writes go straight
 * to the Attrs object, so `obj.__dict__.update(…)` and `vars(obj)[k] = v` change the object.
 */
export class AttrsDict extends PyDict {
  constructor(public attrs: Attrs) {
    super();
    delete (this as any).m;
  }
  // @ts-expect-error an accessor replacing the base class's Map field (removed in the constructor)
  get m(): Map<any, [any, any]> {
    const m = new Map<any, [any, any]>();
    for (const k in this.attrs) m.set(k, [k, this.attrs[k]]);
    return m;
  }
  override get size(): number {
    let n = 0;
    for (const _ in this.attrs) n++;
    return n;
  }
  override get(k: any): any {
    return typeof k === 'string' ? this.attrs[k] : undefined;
  }
  override has(k: any): boolean {
    return typeof k === 'string' && this.attrs[k] !== undefined;
  }
  override set(k: any, v: any): void {
    if (typeof k !== 'string') throwPy('TypeError', `attribute name must be string, not '${typeOf(k).name}'`);
    this.attrs[k] = v;
  }
  override delete(k: any): any {
    if (typeof k !== 'string') return undefined;
    const v = this.attrs[k];
    delete this.attrs[k];
    return v;
  }
  override clear(): void {
    for (const k of Object.keys(this.attrs)) delete this.attrs[k];
  }
  override keys(): any[] {
    return Object.keys(this.attrs);
  }
  override values(): any[] {
    return Object.keys(this.attrs).map((k) => this.attrs[k]);
  }
  override entries(): IterableIterator<[any, any]> {
    return this.m.values();
  }
}
