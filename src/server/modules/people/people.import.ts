import { sql } from 'drizzle-orm';
import { GENDERS, OFFENDER_ROLES } from '../../../shared/people.ts';
import { code, country, date, integer, text } from '../imports/cells.ts';
import type { ImportKind } from '../imports/import-kind.ts';
import { applyInvolvements, unknownInvestigationRefs } from './involvement-import.ts';

const birthYear = integer(1900, 2100);

/** `komar import offenders` (data-exchange contract): perpetrators and accomplices, and their arrests. */
export const offendersImport: ImportKind = {
  name: 'offenders',
  refColumn: 'ref',
  columns: {
    ref: { required: true, read: text(100) },
    investigation_ref: { required: false, read: text(100) },
    gender: { required: true, read: code(GENDERS) },
    nationality: { required: true, read: country },
    role: { required: true, read: code(OFFENDER_ROLES) },
    birth_year: { required: false, read: birthYear },
    arrested_on: { required: false, read: date },
  },
  checkStaged: unknownInvestigationRefs,
  apply: (tx) =>
    applyInvolvements(tx, {
      sourceKind: 'offenders',
      role: sql`r.data->>'role'`,
      gender: sql`r.data->>'gender'`,
      nationality: sql`r.data->>'nationality'`,
      outcome: { table: 'arrests', column: 'arrested_on' },
    }),
};

/** `komar import victims` (data-exchange contract): children and their rescue. */
export const victimsImport: ImportKind = {
  name: 'victims',
  refColumn: 'ref',
  columns: {
    ref: { required: true, read: text(100) },
    investigation_ref: { required: false, read: text(100) },
    gender: { required: false, read: code(GENDERS) },
    birth_year: { required: false, read: birthYear },
    rescued_on: { required: false, read: date },
  },
  checkStaged: unknownInvestigationRefs,
  apply: (tx) =>
    applyInvolvements(tx, {
      sourceKind: 'victims',
      role: sql`'victim'`,
      gender: sql`r.data->>'gender'`,
      nationality: sql`null::text`,
      outcome: { table: 'rescues', column: 'rescued_on' },
    }),
};
