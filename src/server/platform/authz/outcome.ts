import type { LightMyRequestResponse } from 'fastify';

/**
 * What an answer says about access:
 * - `deny`: 401, 403, 404 (decision: a record out of scope answers 404), or a
 *   400 whose message says the referenced record is not the viewer's to see;
 * - `allow`: the request got past the gate and the scope: 2xx/3xx, a 409 or
 *   another 400 (a business rule that only runs after the scope check);
 * - `error`: a 5xx or a rate limit, or a 400 to a read (whose request the
 *   matrix makes valid), never acceptable.
 */
export type Outcome = 'allow' | 'deny' | 'error';

export function outcomeOf(res: LightMyRequestResponse, read = false): Outcome {
  const s = res.statusCode;
  if (s >= 500 || s === 429) return 'error';
  // The matrix sends every read a valid query: a 400 means the request, not the access, is wrong.
  if (read && s === 400) return 'error';
  if (s === 401 || s === 403 || s === 404) return 'deny';
  if (s === 400 && /not yours to see|no access/i.test(res.body)) return 'deny';
  return 'allow';
}

export type Combination = {
  route: string;
  who: string;
  expected: 'allow' | 'deny';
  status: number;
  outcome: Outcome;
  body: string;
};

/** The matrix's tally: every combination tried, and the ones that did not answer as the table says. */
export class Tally {
  tried = 0;
  allowed = 0;
  denied = 0;
  readonly unexpectedAllows: Combination[] = [];
  readonly unexpectedDenies: Combination[] = [];
  readonly errors: Combination[] = [];

  add(c: Combination) {
    this.tried += 1;
    if (c.outcome === 'allow') this.allowed += 1;
    if (c.outcome === 'deny') this.denied += 1;
    if (c.outcome === 'error') this.errors.push(c);
    else if (c.outcome !== c.expected) (c.outcome === 'allow' ? this.unexpectedAllows : this.unexpectedDenies).push(c);
  }

  /** Several tallies as one, for the matrix's total line. */
  static sum(tallies: Tally[]): Tally {
    const total = new Tally();
    for (const t of tallies) {
      total.tried += t.tried;
      total.allowed += t.allowed;
      total.denied += t.denied;
      total.unexpectedAllows.push(...t.unexpectedAllows);
      total.unexpectedDenies.push(...t.unexpectedDenies);
      total.errors.push(...t.errors);
    }
    return total;
  }

  get unexpected() {
    return this.unexpectedAllows.length + this.unexpectedDenies.length + this.errors.length;
  }

  summary(label: string) {
    return `${label}: ${this.tried} combinations tried, ${this.allowed} allowed, ${this.denied} denied, ${this.unexpected} unexpected`;
  }

  /** A readable failure: unexpected allows first, they are security bugs. */
  report(allowHeading = 'SECURITY: UNEXPECTED ALLOW'): string {
    const line = (c: Combination) =>
      `  ${c.route} as ${c.who}: expected ${c.expected}, got ${c.status} ${c.body.slice(0, 160)}`;
    const parts: string[] = [];
    if (this.unexpectedAllows.length)
      parts.push(`${allowHeading} (${this.unexpectedAllows.length})`, ...this.unexpectedAllows.map(line));
    if (this.errors.length)
      parts.push(`errors (5xx, 429, or a read refused as invalid) (${this.errors.length})`, ...this.errors.map(line));
    if (this.unexpectedDenies.length)
      parts.push(
        `unexpected deny (${this.unexpectedDenies.length}): the table or the request is wrong`,
        ...this.unexpectedDenies.map(line),
      );
    return parts.join('\n');
  }
}
