/**
 * Demo staff accounts (decision 019): every role in Phnom Penh, and the
 * roles that work on cases in the other open offices, so a newcomer can sign
 * in as each. Made by the accounts service like any account: a one-time
 * password each (shown once), a password change and a second factor at first
 * sign-in. Nothing here is a fixed password.
 */
import { inArray } from 'drizzle-orm';
import { ROLES, type Role } from '../../shared/roles.ts';
import type { Ctx } from '../context.ts';
import type { Executor } from '../db/client.ts';
import { users } from '../modules/accounts/accounts.table.ts';
import { createUser } from '../modules/accounts/users.service.ts';
import { OPEN_OFFICES, type OpenOffice, type Staff } from './demo-world.ts';

const OFFICE_ROLES: Record<OpenOffice, readonly Role[]> = {
  phnom_penh: ROLES,
  siem_reap: ['manager', 'hotline', 'investigator', 'social_worker', 'lawyer', 'trainer'],
  sihanoukville: ['manager', 'hotline', 'investigator', 'social_worker', 'lawyer', 'trainer'],
};

const OFFICE_NAMES: Record<OpenOffice, string> = {
  phnom_penh: 'Phnom Penh',
  siem_reap: 'Siem Reap',
  sihanoukville: 'Sihanoukville',
};

export type DemoAccount = { email: string; name: string; role: Role; officeCode: OpenOffice };

export function demoAccounts(): DemoAccount[] {
  return OPEN_OFFICES.flatMap((office) =>
    OFFICE_ROLES[office].map((role) => {
      const who = role.replace('_', '-');
      const email =
        office === 'phnom_penh' ? `demo.${who}@example.org` : `demo.${who}.${office.replace('_', '-')}@example.org`;
      const title = role.replace('_', ' ');
      return { email, name: `Demo ${title}, ${OFFICE_NAMES[office]}`, role, officeCode: office };
    }),
  );
}

/** The demo emails already taken (a seed into such a database is refused). */
export async function takenDemoEmails(db: Executor): Promise<string[]> {
  const rows = await db
    .select({ email: users.email })
    .from(users)
    .where(
      inArray(
        users.email,
        demoAccounts().map((a) => a.email),
      ),
    );
  return rows.map((r) => r.email);
}

export type CreatedAccount = DemoAccount & { oneTimePassword: string };

export async function createStaff(ctx: Ctx): Promise<{ staff: Staff; accounts: CreatedAccount[] }> {
  const staff: Staff = { phnom_penh: {}, siem_reap: {}, sihanoukville: {} };
  const accounts: CreatedAccount[] = [];
  for (const a of demoAccounts()) {
    const { user, oneTimePassword } = await createUser(
      ctx,
      { label: 'cli' },
      {
        email: a.email,
        name: a.name,
        roles: [a.role],
        officeCode: a.officeCode,
        locale: a.officeCode === 'phnom_penh' && a.role === 'admin' ? 'en' : 'km',
      },
    );
    staff[a.officeCode][a.role] = user.id;
    accounts.push({ ...a, oneTimePassword });
  }
  return { staff, accounts };
}
