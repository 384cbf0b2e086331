/**
 * Test helper: turn our AST into plain JSON comparable with test/grammar/pyast_to_json.py output
 * (bigints → decimal strings), and diff two such trees, ignoring spans the expected side leaves null.
 */

export function toJson(x: unknown): unknown {
  return JSON.parse(JSON.stringify(x, (_k, v) => (typeof v === 'bigint' ? v.toString() : v)));
}

/** First difference between `actual` and `expected` as a path string, or null if they agree. */
export function diff(actual: unknown, expected: unknown, path = '$', inFString = false): string | null {
  if (expected === null && inFString) return null;
  if (typeof expected !== 'object' || expected === null) {
    if (typeof expected === 'number' && typeof actual === 'number' && Number.isNaN(expected) && Number.isNaN(actual)) return null;
    return actual === expected ? null : `${path}: ${JSON.stringify(actual)} !== ${JSON.stringify(expected)}`;
  }
  if (typeof actual !== 'object' || actual === null) return `${path}: ${JSON.stringify(actual)} !== object`;
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return `${path}: not an array`;
    if (actual.length !== expected.length) return `${path}: length ${actual.length} !== ${expected.length}`;
    for (let i = 0; i < expected.length; i++) {
      const d = diff(actual[i], expected[i], `${path}[${i}]`, inFString);
      if (d) return d;
    }
    return null;
  }
  const a = actual as Record<string, unknown>;
  const e = expected as Record<string, unknown>;
  const fs = inFString || e.kind === 'JoinedStr';
  for (const k of Object.keys(e)) {
    if (k === 'span' && (e[k] === null || fs)) continue;
    const d = diff(a[k], e[k], `${path}.${k}`, fs);
    if (d) return d;
  }
  return null;
}
