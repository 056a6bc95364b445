import fc from 'fast-check';

/**
 * Values that break naive code: the edges of types, scripts and encodings a
 * Cambodian NGO's data really contains (Khmer with its subscripts, emoji,
 * zero-width joiners) beside what an attacker sends (NUL bytes, lone
 * surrogates, right-to-left overrides, prototype keys, SQL and path tricks).
 */
export const NASTY_STRINGS: readonly string[] = [
  '',
  ' ',
  '\t\n\r',
  'សួស្តី ពិភពលោក', // Khmer
  'ក្ក្ក្ក្ក្ក្ក្ក្', // stacked subscripts
  '\u17d2\u17d2\u17d2', // lone coeng signs
  '០១២៣៤៥៦៧៨៩', // Khmer digits
  '１２３', // full-width digits
  '👩‍👩‍👧‍👦🇰🇭', // ZWJ family and a flag
  'a\u200db\u200cc\u200bd\ufeff', // zero-width joiner, non-joiner, space, BOM
  '\u202eevil\u202c', // right-to-left override
  '\u0000',
  'a\u0000b',
  '\ud800', // lone high surrogate
  'x\udfffy', // lone low surrogate
  '\u0085\u2028\u2029', // line separators
  "' or 1=1 --",
  '"; drop table audit_log; --',
  '%_\\',
  '../../../../etc/passwd',
  '<script>alert(1)</script>',
  '=cmd|" /C calc"!A0',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, meant literally
  '${7*7}{{7*7}}',
  'NaN',
  '-1',
  '1e309',
  '0x1f',
  '2024-02-30',
  '2024-13-01',
  '0000-00-00',
  '99999-01-01',
  '2024-01-01T25:00:00Z',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '00000000-0000-4000-8000-00000000000G',
  'phnom_penh',
  'PHNOM_PENH',
  '__proto__',
  'constructor',
  'a'.repeat(201),
  'ក'.repeat(5_000),
  '😀'.repeat(3_000),
  'x'.repeat(60_000),
];

export const NASTY_NUMBERS: readonly number[] = [
  0,
  -0,
  -1,
  0.5,
  1.5,
  1e-7,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53 + 2,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
];

/** Objects whose keys attack prototypes or parsers; `JSON.parse` makes `__proto__` an own key. */
export const POLLUTING_JSON: readonly string[] = [
  '{"__proto__":{"polluted":true}}',
  '{"constructor":{"prototype":{"polluted":true}}}',
  '{"__proto__":null}',
  '{"toString":1,"valueOf":"x","hasOwnProperty":[]}',
];

export const nastyString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
);

/** Any JSON value of the wrong kind for almost every field. */
export const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: nastyString },
  { weight: 2, arbitrary: fc.constantFrom(...NASTY_NUMBERS) },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, [], {}, [[[]]], [null], ['']) },
  { weight: 1, arbitrary: fc.constantFrom(...POLLUTING_JSON).map((s) => JSON.parse(s) as unknown) },
  { weight: 1, arbitrary: fc.constantFrom(10, 1_000, 20_000).map((n) => Array.from({ length: n }, (_, i) => i)) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

/** A JSON text nested `depth` levels deep: a recursive parser or validator would overflow its stack. */
export function deeplyNested(depth: number, kind: 'array' | 'object'): string {
  return kind === 'array'
    ? `${'['.repeat(depth)}${']'.repeat(depth)}`
    : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

/** Bytes that are not UTF-8: stray continuation bytes, overlong encodings, surrogates encoded, truncated sequences. */
export const INVALID_UTF8: readonly Buffer[] = [
  Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0x80, 0x22, 0x7d]), // {"a":"\x80"}
  Buffer.from([0x7b, 0x22, 0xc0, 0xaf, 0x22, 0x3a, 0x31, 0x7d]), // overlong '/'
  Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xed, 0xa0, 0x80, 0x22, 0x7d]), // CESU surrogate
  Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xe1, 0x9e, 0x22, 0x7d]), // Khmer letter cut short
  Buffer.from([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]), // UTF-16 with BOM
  Buffer.from([0xef, 0xbb, 0xbf, 0x7b, 0x7d]), // UTF-8 BOM then {}
];

/** Text that is not a JSON document, or only nearly one. */
export const MALFORMED_JSON: readonly string[] = [
  '{',
  '{"a":',
  '{"a":1,}',
  "{'a':1}",
  '{"a":01}',
  '{"a":NaN}',
  '{"a":Infinity}',
  '{"a":1}{"b":2}',
  '[1,2',
  'null',
  '"just a string"',
  '12',
  'true',
  '{"a":"\\ud800"}',
  '{"a":"\\u0000"}',
  '{"a":"\\x41"}',
  '\u0000',
  '{"a":1e999999}',
  `{"a":${'9'.repeat(400)}}`,
  '{"a":1,"a":2}',
];
