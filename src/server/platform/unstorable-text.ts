/**
 * PostgreSQL text cannot hold U+0000, and jsonb refuses a lone UTF-16
 * surrogate. No field schema forbids either, so without this check such a
 * string fails its query (a 500) instead of being refused as bad input.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding U+0000 is the point.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The dotted path of the first string (key or value) that cannot be stored,
 * `''` for the top level, or undefined. Walks with its own stack, not by
 * recursion: a body nested 10,000 levels deep must get an answer, not a crash.
 */
export function unstorablePath(root: unknown): string | undefined {
  const stack: [unknown, string][] = [[root, '']];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [value, path] = next;
    if (typeof value === 'string') {
      if (UNSTORABLE.test(value)) return path;
      continue;
    }
    if (!isWalkable(value)) continue;
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
    // Pushed in reverse, so the first field is looked at first.
    for (const [key, item] of entries.reverse()) {
      const here = path ? `${path}.${key}` : key;
      if (UNSTORABLE.test(key)) return here;
      stack.push([item, here]);
    }
  }
  return undefined;
}

/**
 * Arrays and plain objects: parsed JSON, and query strings, which Fastify's
 * parser makes from a constructor whose prototype has no prototype. Streams
 * such as a CSV upload, and buffers, are read by their route.
 */
function isWalkable(value: unknown): value is object {
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value);
  return proto === null || proto === Object.prototype || Object.getPrototypeOf(proto) === null;
}
