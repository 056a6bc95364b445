import fc from 'fast-check';
import { nastyString, nastyValue } from './nasty-values.ts';

/** The subset of JSON Schema that zod's OpenAPI output uses in Komar. */
export type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
};

/** Real ids to use for a field or path parameter, by its name: real ids reach handlers, random ones only 404s. */
export type IdSource = (fieldName: string) => string[];

const ISO_DATE = '^\\d{4}-\\d{2}-\\d{2}$';
const isoDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const plainText = fc.oneof(
  fc.constantFrom('Synthetic', 'សុខ សំណាក', 'Phnom Penh 12', 'ចាន់ ដារ៉ា', 'note 👍', 'A-1'),
  fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 30 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }),
);

/**
 * A value the schema accepts, or nearly: strings in Khmer, Latin and emoji,
 * numbers in range, real ids where the field names a record. Business rules
 * (dates in order, a person's role …) are left to chance: refusals are fine.
 */
export function validArbitrary(schema: JsonSchema, ids: IdSource, name = '', depth = 0): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((s) => validArbitrary(s, ids, name, depth)));
  if (schema.allOf?.[0]) return validArbitrary(schema.allOf[0], ids, name, depth);
  const types = [schema.type ?? 'string'].flat();
  if (types.length > 1) return fc.oneof(...types.map((type) => validArbitrary({ ...schema, type }, ids, name, depth)));
  switch (types[0]) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
    case 'number': {
      const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 0);
      const max = schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : min + 1_000);
      return fc.integer({ min: Math.ceil(min), max: Math.max(Math.ceil(min), Math.floor(max)) });
    }
    case 'array': {
      const item = validArbitrary(schema.items ?? {}, ids, name, depth + 1);
      const minLength = schema.minItems ?? 0;
      return fc.array(item, { minLength, maxLength: Math.max(minLength, Math.min(schema.maxItems ?? 3, 3)) });
    }
    case 'object': {
      const props = schema.properties ?? {};
      const required = new Set(schema.required ?? []);
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [key, s] of Object.entries(props)) record[key] = validArbitrary(s, ids, key, depth + 1);
      const requiredKeys = Object.keys(props).filter((k) => required.has(k));
      return fc.record(record, { requiredKeys });
    }
    default:
      return stringArbitrary(schema, ids, name);
  }
}

function stringArbitrary(schema: JsonSchema, ids: IdSource, name: string): fc.Arbitrary<string> {
  if (schema.format === 'uuid') {
    const real = ids(name);
    return real.length ? fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...real) }, fc.uuid()) : fc.uuid();
  }
  if (schema.format === 'date-time') {
    return fc
      .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2035-01-01T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString());
  }
  if (schema.pattern === ISO_DATE || (schema.pattern?.includes('[2468][048]') ?? false)) return isoDate;
  if (schema.pattern === '^[a-z_]{2,40}$') {
    const real = ids(name || 'code');
    if (real.length)
      return fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...real) }, fc.stringMatching(/^[a-z_]{2,40}$/));
  }
  if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern));
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? 200;
  return plainText.filter((s) => s.length >= min && s.length <= max);
}

type Path = (string | number)[];

function pathsOf(value: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) pathsOf(v, [...at, i], out);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...at, k], out);
  }
  return out;
}

export type Mutation = 'replace' | 'drop' | 'extra-key' | 'proto-key' | 'wrap';

/** Applies one mutation at one place in a (copied) JSON value. */
export function mutate(value: unknown, pick: number, mutation: Mutation, bad: unknown, key: string): unknown {
  const root = { v: structuredClone(value) } as Record<string | number, unknown>;
  const paths = pathsOf(root.v).map((p) => ['v', ...p]);
  const path = paths[pick % paths.length] as Path;
  const parent = path.slice(0, -1).reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], root) as
    | Record<string | number, unknown>
    | unknown[];
  const last = path.at(-1) as string | number;
  const current = (parent as Record<string | number, unknown>)[last];
  switch (mutation) {
    case 'replace':
      (parent as Record<string | number, unknown>)[last] = bad;
      break;
    case 'drop':
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
      break;
    case 'wrap':
      (parent as Record<string | number, unknown>)[last] = [current];
      break;
    case 'extra-key':
    case 'proto-key':
      if (current && typeof current === 'object' && !Array.isArray(current)) {
        const k = mutation === 'proto-key' ? key : `${key}_extra`;
        Object.defineProperty(current, k, { value: bad, enumerable: true, configurable: true, writable: true });
      } else {
        (parent as Record<string | number, unknown>)[last] = bad;
      }
      break;
  }
  return root.v;
}

/** A schema-shaped value with one thing wrong in it: a wrong type, an edge value, a missing or extra key. */
export function mutatedArbitrary(schema: JsonSchema, ids: IdSource): fc.Arbitrary<unknown> {
  return fc
    .tuple(
      validArbitrary(schema, ids),
      fc.nat(),
      fc.constantFrom<Mutation>('replace', 'replace', 'replace', 'drop', 'extra-key', 'proto-key', 'wrap'),
      nastyValue,
      fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'id', 'officeCode'),
    )
    .map(([value, pick, mutation, bad, key]) => mutate(value, pick, mutation, bad, key));
}

export { nastyString };
