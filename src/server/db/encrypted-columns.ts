import type { EncryptedColumn } from '../platform/crypto/rotate.ts';

/**
 * Every field-encrypted column, for `komar keys rotate`. A module that adds an
 * encrypted column lists it here; the rotation test fails for a column that
 * holds ciphertext but is missing from this list.
 */
export const ENCRYPTED_COLUMNS: EncryptedColumn[] = [
  { table: 'users', id: 'id', column: 'totp_secret', context: 'users.totp_secret' },
  { table: 'access_grants', id: 'id', column: 'reason', context: 'access_grants.reason' },
  { table: 'sessions', id: 'id', column: 'pending_totp_secret', context: 'users.totp_secret' },
  { table: 'reports', id: 'id', column: 'description', context: 'reports.description' },
  { table: 'reports', id: 'id', column: 'place', context: 'reports.place' },
  { table: 'reports', id: 'id', column: 'contact', context: 'reports.contact' },
  { table: 'report_urls', id: 'id', column: 'url', context: 'report_urls.url' },
  { table: 'report_messages', id: 'id', column: 'body', context: 'report_messages.body' },
  { table: 'calls', id: 'id', column: 'summary', context: 'calls.summary' },
  { table: 'calls', id: 'id', column: 'place', context: 'calls.place' },
  { table: 'url_assessments', id: 'url_hash', column: 'notes', context: 'url_assessments.notes' },
  { table: 'partners', id: 'id', column: 'contact', context: 'partners.contact' },
  { table: 'partners', id: 'id', column: 'notes', context: 'partners.notes' },
  { table: 'partner_agreements', id: 'id', column: 'notes', context: 'partner_agreements.notes' },
  { table: 'support_referrals', id: 'id', column: 'reason', context: 'support_referrals.reason' },
  { table: 'support_referrals', id: 'id', column: 'decline_reason', context: 'support_referrals.decline_reason' },
  { table: 'support_referrals', id: 'id', column: 'outcome', context: 'support_referrals.outcome' },
  { table: 'investigations', id: 'id', column: 'summary', context: 'investigations.summary' },
  { table: 'events', id: 'id', column: 'notes', context: 'events.notes' },
  { table: 'investigation_notes', id: 'id', column: 'body', context: 'investigation_notes.body' },
  { table: 'investigation_tasks', id: 'id', column: 'title', context: 'investigation_tasks.title' },
  { table: 'evidence_items', id: 'id', column: 'description', context: 'evidence_items.description' },
  { table: 'liaison_actions', id: 'id', column: 'note', context: 'liaison_actions.note' },
  { table: 'arrests', id: 'id', column: 'place', context: 'arrests.place' },
  { table: 'rescues', id: 'id', column: 'place', context: 'rescues.place' },
  { table: 'idempotency_keys', id: 'key_hash', column: 'secret', context: 'idempotency_keys.secret' },
  { table: 'court_cases', id: 'id', column: 'sentence', context: 'court_cases.sentence' },
  { table: 'court_hearings', id: 'id', column: 'note', context: 'court_hearings.note' },
  { table: 'support_cases', id: 'id', column: 'assessment', context: 'support_cases.assessment' },
  { table: 'support_cases', id: 'id', column: 'needs_notes', context: 'support_cases.needs_notes' },
  { table: 'support_consents', id: 'id', column: 'notes', context: 'support_consents.notes' },
  { table: 'support_goals', id: 'id', column: 'goal', context: 'support_goals.goal' },
  { table: 'support_placements', id: 'id', column: 'reason', context: 'support_placements.reason' },
  { table: 'support_services', id: 'id', column: 'notes', context: 'support_services.notes' },
  { table: 'support_follow_ups', id: 'id', column: 'title', context: 'support_follow_ups.title' },
  { table: 'support_follow_ups', id: 'id', column: 'outcome', context: 'support_follow_ups.outcome' },
  { table: 'support_closures', id: 'id', column: 'reason', context: 'support_closures.reason' },
  { table: 'support_closures', id: 'id', column: 'decision_reason', context: 'support_closures.decision_reason' },
];
