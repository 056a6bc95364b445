/** What `GET /api/retention/rules` answers (src/server/modules/retention/retention.schema.ts). */
export type RetentionRuleKind = 'calls_without_report' | 'reports_closed_no_action' | 'url_reports_closed';

export type RetentionRule = {
  rule: RetentionRuleKind;
  enabled: boolean;
  years: number;
  purgeableNow: number;
  updatedAt: string | null;
  lastRunAt: string | null;
  lastRunPurged: number | null;
};

export type RetentionRules = { rules: RetentionRule[]; minYears: number; maxYears: number };

export const retentionKey = ['retention', 'rules'] as const;
