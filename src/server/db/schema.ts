/** Every table, for drizzle-kit and for the typed client. Each module owns its own file. */
export * from '../modules/accounts/accounts.table.ts';
export * from '../modules/intake/calls.table.ts';
export * from '../modules/intake/intake.table.ts';
export * from '../modules/intake/url-assessments.table.ts';
export * from '../modules/investigations/investigation-work.table.ts';
export * from '../modules/investigations/investigations.table.ts';
export * from '../modules/offices/offices.table.ts';
export * from '../modules/partners/partners.table.ts';
export * from '../modules/people/people.table.ts';
export * from '../modules/settings/settings.table.ts';
export * from '../platform/audit/audit.table.ts';
export * from '../platform/crypto/keys.table.ts';
