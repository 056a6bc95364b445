import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { BODY_LIMIT } from '../../app.ts';
import { deeplyNested, INVALID_UTF8, MALFORMED_JSON, NASTY_STRINGS, nastyString, nastyValue } from './nasty-values.ts';
import { type IdSource, type JsonSchema, mutatedArbitrary, validArbitrary } from './schema-arbitrary.ts';

type Parameter = { in: string; name: string; schema: JsonSchema; required?: boolean };
type Operation = { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema: JsonSchema }> } };
type OpenApi = { paths: Record<string, Record<string, Operation>> };

/** One API route as the fuzzer sees it: its parameters and body schema from the OpenAPI document. */
export type FuzzRoute = {
  method: string;
  url: string;
  pathParams: Parameter[];
  query: Parameter[];
  body?: JsonSchema;
  /** Takes a body at all (every write does, JSON or, for imports, CSV). */
  writes: boolean;
};

/** Every API route but the documentation, HEAD twins, and sign-out (which would end the fuzzer's session). */
export function fuzzRoutes(app: FastifyInstance): FuzzRoute[] {
  const doc = app.swagger() as unknown as OpenApi;
  return app
    .routeAccess()
    .filter(
      (r) =>
        r.url.startsWith('/api/') &&
        r.method !== 'HEAD' &&
        !r.url.startsWith('/api/docs') &&
        r.url !== '/api/openapi.json' &&
        r.url !== '/api/auth/logout',
    )
    .map((r) => {
      const op = doc.paths[r.url.replace(/:(\w+)/g, '{$1}')]?.[r.method.toLowerCase()] ?? {};
      const params = op.parameters ?? [];
      return {
        method: r.method,
        url: r.url,
        pathParams: params.filter((p) => p.in === 'path'),
        query: params.filter((p) => p.in === 'query'),
        body: op.requestBody?.content?.['application/json']?.schema,
        writes: r.method !== 'GET',
      };
    });
}

/** What one generated request is, for the summary and for messages when it fails. */
export type FuzzRequest = {
  kind: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
  /** The status this request must get, when it is fixed by the input alone. */
  expect?: number[];
};

const CONTENT_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'multipart/form-data; boundary=----x',
  'application/json; charset=latin1',
  'application/json; charset=utf-16',
  'application/json; charset=utf-8; extra=1',
  'APPLICATION/JSON',
  'application/vnd.api+json',
  'application/xml',
  '*/*',
  'application/json, text/plain',
  ';;;',
];

const ODD_HEADERS: fc.Arbitrary<Record<string, string>> = fc.oneof(
  fc.constantFrom<Record<string, string>>(
    { 'accept-language': 'km-KH,km;q=0.9,en;q=0.8,*;q=0.1' },
    { 'accept-language': `${'x-'.repeat(4_000)}km` },
    { 'accept-language': 'ខ្មែរ' },
    { accept: 'application/xml' },
    { accept: '*/*;q=abc' },
    { 'x-csrf-token': 'not-a-token' },
    { 'x-csrf-token': '' },
    { 'x-csrf-token': 'a'.repeat(20_000) },
    { cookie: 'komar_session=forged; _csrf=forged' },
    { cookie: 'komar_session=' },
    { cookie: `komar_session=${'%'.repeat(3_000)}` },
    { cookie: ';;;===;;;' },
    { cookie: `x=${'y'.repeat(60_000)}` },
    { 'x-forwarded-for': '127.0.0.1, 10.0.0.1' },
    { 'x-real-ip': '::1' },
    { 'idempotency-key': '😀'.repeat(100) },
    { 'x-report-secret': "' or 1=1 --" },
    { 'x-huge': 'h'.repeat(100_000) },
    { 'content-encoding': 'gzip' },
    { 'content-encoding': 'br' },
    { 'transfer-encoding': 'chunked' },
    { range: 'bytes=0-1,2-3' },
    { 'if-none-match': '*' },
  ),
  fc
    .tuple(fc.constantFrom('accept-language', 'x-csrf-token', 'cookie', 'user-agent', 'referer'), nastyString)
    // Header values must be latin-1 on the wire; light-my-request would refuse to send anything else.
    .map(([k, v]) => ({
      [k]: Buffer.from(v, 'utf8')
        .toString('latin1')
        .replace(/[\r\n\0]/g, ''),
    })),
);

/** Percent-encodes the UTF-8 bytes; unlike encodeURIComponent it does not throw on lone surrogates. */
function percentEncode(s: string): string {
  return [...Buffer.from(s, 'utf8')]
    .map((b) =>
      /[A-Za-z0-9\-_.~]/.test(String.fromCharCode(b))
        ? String.fromCharCode(b)
        : `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');
}

/** Escapes that decode to nothing valid: a lone %, a non-hex digit, bytes that are not UTF-8, NUL. */
const BROKEN_ESCAPES = ['%', '%zz', '%FF', '%C0%AF', '%ED%A0%80', '%E1%9E', '%00', '%2e%2e%2f'];

function encodeQuery(pairs: [string, string][]): string {
  return pairs.map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`).join('&');
}

const asText = (v: unknown) => (typeof v === 'string' ? v : (JSON.stringify(v) ?? 'null'));

/** Arbitraries for every kind of bad (and some good) request to one route. */
export function requestArbitrary(route: FuzzRoute, ids: IdSource, forParam: (p: string) => string[]) {
  const pathArb = fc
    .tuple(
      ...route.pathParams.map((p) => {
        const real = forParam(p.name);
        return fc.oneof(
          { weight: 8, arbitrary: real.length ? fc.constantFrom(...real) : validArbitrary(p.schema, ids, p.name) },
          { weight: 1, arbitrary: validArbitrary(p.schema, ids, p.name) },
          { weight: 1, arbitrary: nastyString.filter((s) => s.length > 0).map(percentEncode) },
          { weight: 1, arbitrary: fc.constantFrom(...BROKEN_ESCAPES) },
        );
      }),
    )
    .map((values) => {
      let url = route.url;
      route.pathParams.forEach((p, i) => {
        const v = String(values[i]);
        url = url.replace(`:${p.name}`, /%/.test(v) ? v : percentEncode(v));
      });
      return url;
    });
  const querySchema: JsonSchema = {
    type: 'object',
    properties: Object.fromEntries(route.query.map((q) => [q.name, q.schema])),
    required: route.query.filter((q) => q.required).map((q) => q.name),
  };
  const validQuery = validArbitrary(querySchema, ids).map((q) =>
    Object.entries(q as Record<string, unknown>).map(([k, v]): [string, string] => [k, String(v)]),
  );
  const badQuery = fc.oneof(
    mutatedArbitrary(querySchema, ids).map((q) =>
      q && typeof q === 'object' && !Array.isArray(q)
        ? Object.entries(q).map(([k, v]): [string, string] => [k, asText(v)])
        : [['q', asText(q)] as [string, string]],
    ),
    fc.array(
      fc.tuple(fc.oneof(nastyString, fc.constantFrom('__proto__[x]', 'a[b][c]', 'limit', 'q', 'before')), nastyString),
      {
        maxLength: 4,
      },
    ),
    fc
      .tuple(fc.constantFrom(...route.query.map((q) => q.name), 'q'), fc.constantFrom(...BROKEN_ESCAPES))
      .map(([k, e]) => `${k}=a${e}b`),
    fc.constantFrom('&&&', '=', '==&=', '?', `a=${'b'.repeat(30_000)}`, 'limit=1&limit[]=2', '__proto__[polluted]=1'),
    // The same key twice arrives as an array.
    fc.constantFrom(...route.query.map((q) => q.name), 'limit').map((k): [string, string][] => [
      [k, '1'],
      [k, '2'],
    ]),
  );
  const withQuery = (url: string, pairs: [string, string][] | string) =>
    typeof pairs === 'string' ? `${url}?${pairs}` : pairs.length ? `${url}?${encodeQuery(pairs)}` : url;
  const json = { 'content-type': 'application/json' };
  const bodySchema = route.body ?? { type: 'object', properties: {}, additionalProperties: false };
  const validBody = validArbitrary(bodySchema, ids);
  const base = (
    kind: string,
    url: string,
    payload?: string | Buffer,
    headers: Record<string, string> = json,
    expect?: number[],
  ) =>
    ({
      kind,
      method: route.method,
      url,
      headers: route.writes ? headers : {},
      payload: route.writes ? payload : undefined,
      expect,
    }) satisfies FuzzRequest;

  const kinds: { weight: number; arbitrary: fc.Arbitrary<FuzzRequest> }[] = [
    {
      weight: 3,
      arbitrary: fc
        .tuple(pathArb, validQuery, validBody)
        .map(([u, q, b]) => base('valid', withQuery(u, q), JSON.stringify(b))),
    },
    {
      weight: 4,
      arbitrary: fc
        .tuple(pathArb, validQuery, mutatedArbitrary(bodySchema, ids))
        .map(([u, q, b]) => base('mutated body', withQuery(u, q), asText(b))),
    },
    {
      weight: 3,
      arbitrary: fc
        .tuple(pathArb, badQuery, validBody)
        .map(([u, q, b]) => base('bad query', withQuery(u, q), JSON.stringify(b))),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(pathArb, validQuery, validBody, ODD_HEADERS)
        .map(([u, q, b, h]) => base('odd headers', withQuery(u, q), JSON.stringify(b), { ...json, ...h })),
    },
  ];
  if (route.writes) {
    kinds.push(
      { weight: 1, arbitrary: fc.tuple(pathArb, fc.anything()).map(([u, b]) => base('any JSON value', u, asText(b))) },
      { weight: 1, arbitrary: fc.tuple(pathArb, nastyValue).map(([u, b]) => base('nasty value', u, asText(b))) },
      {
        weight: 1,
        arbitrary: fc
          .tuple(pathArb, validBody, fc.constantFrom(...CONTENT_TYPES))
          .map(([u, b, ct]) => base('content type', u, JSON.stringify(b), { 'content-type': ct })),
      },
      {
        weight: 1,
        arbitrary: fc.tuple(pathArb, fc.constantFrom(...MALFORMED_JSON)).map(([u, b]) => base('malformed JSON', u, b)),
      },
      {
        weight: 1,
        arbitrary: fc.tuple(pathArb, fc.constantFrom(...INVALID_UTF8)).map(([u, b]) => base('invalid UTF-8', u, b)),
      },
      {
        weight: 1,
        arbitrary: fc
          .tuple(pathArb, fc.constantFrom('array' as const, 'object' as const), fc.constantFrom(1_000, 10_000))
          .map(([u, kind, depth]) => base('deeply nested', u, deeplyNested(depth, kind))),
      },
    );
  }
  if (route.url === '/api/imports/:kind') kinds.push({ weight: 4, arbitrary: csvRequest(pathArb, route) });
  return { any: fc.oneof(...kinds), valid: (kinds[0] as (typeof kinds)[number]).arbitrary };
}

/** CSV uploads: a header of real-looking or odd column names, rows of nasty cells, sometimes not UTF-8. */
function csvRequest(pathArb: fc.Arbitrary<string>, route: FuzzRoute): fc.Arbitrary<FuzzRequest> {
  const cell = fc.oneof(nastyString, fc.constantFrom('2024-01-01', 'phnom_penh', 'female', '12', ''));
  const column = fc.oneof(
    fc.constantFrom('name', 'khmer_name', 'latin_name', 'gender', 'office', 'opened_on', 'ref'),
    nastyString,
  );
  return fc
    .tuple(
      pathArb,
      fc.array(column, { minLength: 1, maxLength: 6 }),
      fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 6 }),
      fc.constantFrom('true', 'false'),
      fc.boolean(),
    )
    .map(([u, header, rows, dryRun, latin1]) => {
      const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
      const text = [header, ...rows].map((r) => r.map(quote).join(',')).join('\r\n');
      return {
        kind: 'CSV upload',
        method: route.method,
        url: `${u}?dryRun=${dryRun}`,
        headers: { 'content-type': 'text/csv' },
        payload: latin1 ? Buffer.concat([Buffer.from(text, 'latin1'), Buffer.from([0xff, 0xc0])]) : text,
      };
    });
}

/** Routes that declare a body limit above the app's (the public report form allows 512 KB). */
const OWN_LIMIT = new Set(['POST /api/public/reports']);

/** Bodies over the limit: refused with 413 before anything is parsed. */
export function hugeRequests(route: FuzzRoute, url: string): FuzzRequest[] {
  const filler = NASTY_STRINGS.join('');
  const body = (bytes: number) =>
    `${JSON.stringify({ a: filler.repeat(Math.ceil(bytes / filler.length)) }).slice(0, bytes - 2)}"}`;
  const own = OWN_LIMIT.has(`${route.method} ${route.url}`);
  const request = (bytes: number, expect: number[]): FuzzRequest => ({
    kind: 'huge body',
    method: route.method,
    url,
    headers: { 'content-type': 'application/json' },
    payload: body(bytes),
    expect,
  });
  return [request(BODY_LIMIT + 1_024, own ? [400, 413] : [413]), request(1_100_000, [413])];
}
