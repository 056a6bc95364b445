/**
 * What sqlmap is pointed at: every place where text from outside reaches a
 * query — the public endpoints, query strings of the signed-in lists and
 * filters, JSON bodies, and record ids in paths (`*` marks where to inject).
 * Each target must answer 2xx as given, or sqlmap has no baseline to compare.
 */
export type SqlmapTarget = {
  name: string;
  method: 'GET' | 'POST' | 'PATCH' | 'PUT';
  /** Path and query; `*` marks an injection point in the path. */
  path: string;
  /** A JSON body; sqlmap tests each of its values. */
  body?: unknown;
  /** Extra request headers (`*` marks an injection point in a value). */
  headers?: Record<string, string>;
  /**
   * `staff`: signed in (session cookie and CSRF token); `visitor`: not signed
   * in but holding a CSRF cookie and token, as the sign-in page does;
   * `nobody`: no cookie at all, as the public report API is used.
   */
  as: 'staff' | 'visitor' | 'nobody';
  /** What the request answers as given, when not 2xx (checked before sqlmap runs). */
  baseline?: number;
};

export type Fixture = {
  report: { id: string; trackingCode: string; secret: string };
  investigationId: string;
  personId: string;
  /** A synthetic document number of that person. */
  documentNumber: string;
  partnerId: string;
  userId: string;
};

export function sqlmapTargets(f: Fixture): SqlmapTarget[] {
  const anonymous = { as: 'nobody' } as const;
  const staff = { as: 'staff' } as const;
  return [
    {
      name: 'public report',
      method: 'POST',
      path: '/api/public/reports',
      body: {
        category: 'other',
        description: 'Synthetic report sent by the sqlmap run',
        province: 'kampot',
        place: 'Synthetic place',
        occurredOn: '2026-01-02',
        language: 'en',
        contact: { name: 'Synthetic Reporter', phone: '012345678', email: 'reporter@example.org' },
      },
      ...anonymous,
    },
    {
      name: 'public report status',
      method: 'GET',
      path: `/api/public/reports/${f.report.trackingCode}*`,
      headers: { 'X-Report-Secret': `${f.report.secret}*` },
      ...anonymous,
    },
    {
      name: 'sign-in',
      method: 'POST',
      path: '/api/auth/login',
      // An address with no account: a password payload must not lock anyone out.
      body: { email: 'nobody.sqlmap@example.org', password: 'not the password 1' },
      as: 'visitor',
      baseline: 401,
    },
    { name: 'person search', method: 'GET', path: '/api/people/search?q=Synthetic&gender=female&limit=20', ...staff },
    { name: 'partner list', method: 'GET', path: '/api/partners?kind=ngo&active=all&q=Synthetic', ...staff },
    {
      name: 'audit filters',
      method: 'GET',
      path: `/api/audit?action=report.create&recordType=report&recordId=${f.report.id}&from=2020-01-01&limit=50`,
      ...staff,
    },
    {
      name: 'investigation list',
      method: 'GET',
      path: '/api/investigations?office=phnom_penh&status=active&year=2026&limit=50&offset=0',
      ...staff,
    },
    { name: 'report queue', method: 'GET', path: '/api/reports?status=open&channel=web&limit=50', ...staff },
    {
      name: 'research filters',
      method: 'GET',
      path: '/api/research/offenders?period=arrest&from=2015&to=2026&office=phnom_penh',
      ...staff,
    },
    { name: 'event list', method: 'GET', path: '/api/events?year=2026&type=training&province=kampot', ...staff },
    { name: 'court case list', method: 'GET', path: '/api/court/cases?office=phnom_penh&year=2026', ...staff },
    { name: 'court calendar', method: 'GET', path: '/api/court/hearings?from=2026-01-01&to=2026-12-31', ...staff },
    { name: 'support case list', method: 'GET', path: '/api/support?office=phnom_penh&overdue=false', ...staff },
    {
      name: 'referral list',
      method: 'GET',
      path: `/api/referrals?status=all&partnerId=${f.partnerId}`,
      ...staff,
    },
    { name: 'indicator figures', method: 'GET', path: '/api/indicators?from=2020&to=2026', ...staff },
    { name: 'URL figures', method: 'GET', path: '/api/urls/figures?from=2026-01-01&to=2026-12-31', ...staff },
    { name: 'annual report', method: 'GET', path: '/api/annual/2026*', ...staff },
    { name: 'report by id', method: 'GET', path: `/api/reports/${f.report.id}*`, ...staff },
    { name: 'investigation by id', method: 'GET', path: `/api/investigations/${f.investigationId}*`, ...staff },
    { name: 'person by id', method: 'GET', path: `/api/people/${f.personId}*`, ...staff },
    { name: 'partner by id', method: 'GET', path: `/api/partners/${f.partnerId}*`, ...staff },
    {
      name: 'partner edit',
      method: 'PATCH',
      path: `/api/partners/${f.partnerId}`,
      body: { name: 'Synthetic Partner', contact: 'Synthetic contact', notes: 'Synthetic notes' },
      ...staff,
    },
    {
      // A document number travels in a body; the lookup compares it in SQL.
      name: 'document lookup',
      method: 'POST',
      path: '/api/people/by-document',
      body: { kind: 'passport', number: f.documentNumber },
      ...staff,
    },
  ];
}
