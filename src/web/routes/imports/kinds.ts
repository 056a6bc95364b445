import { EVENT_TYPES } from '../../../shared/events.ts';
import { EXPLOITATION_TYPES, INVESTIGATION_STATUSES } from '../../../shared/investigations.ts';
import { OFFICE_CODES } from '../../../shared/offices.ts';
import { GENDERS, OFFENDER_ROLES } from '../../../shared/people.ts';
import { PROVINCE_CODES } from '../../../shared/provinces.ts';
import { SERVICE_CODES } from '../../../shared/support.ts';

/**
 * What the import page tells people about each kind of CSV file: its columns,
 * which are required, and what goes in each. The server's kinds
 * (`src/server/modules/imports/kinds.ts`) are the truth; kinds.test.ts checks
 * that this list names exactly their columns. Texts live in
 * `i18n/{en,km}/imports.json`: `imports.kind.<kind>.*` and `imports.column.<column>`.
 */

/** How a cell is written; each has one short explanation (`imports.format.<format>`). */
export type CellFormat = 'text' | 'date' | 'yesNo' | 'year' | 'count' | 'country' | 'code';

export type ImportColumnInfo = {
  name: string;
  required: boolean;
  format: CellFormat;
  /** For `code`: the values the cell accepts, as they are written in the file. */
  codes?: readonly string[];
};

export const IMPORT_KIND_NAMES = ['investigations', 'offenders', 'victims', 'client_services', 'events'] as const;
export type ImportKindName = (typeof IMPORT_KIND_NAMES)[number];

const ref: ImportColumnInfo = { name: 'ref', required: true, format: 'text' };
const investigationRef: ImportColumnInfo = { name: 'investigation_ref', required: false, format: 'text' };
const birthYear: ImportColumnInfo = { name: 'birth_year', required: false, format: 'year' };

export const IMPORT_KIND_COLUMNS: Record<ImportKindName, readonly ImportColumnInfo[]> = {
  investigations: [
    ref,
    { name: 'opened_on', required: true, format: 'date' },
    { name: 'case_opened_on', required: false, format: 'date' },
    { name: 'office', required: false, format: 'code', codes: OFFICE_CODES },
    { name: 'exploitation_type', required: false, format: 'code', codes: EXPLOITATION_TYPES },
    { name: 'national_police', required: false, format: 'yesNo' },
    { name: 'foreign_police', required: false, format: 'yesNo' },
    { name: 'foreign_agency', required: false, format: 'text' },
    { name: 'status', required: false, format: 'code', codes: INVESTIGATION_STATUSES },
    { name: 'closed_on', required: false, format: 'date' },
  ],
  offenders: [
    ref,
    investigationRef,
    { name: 'gender', required: true, format: 'code', codes: GENDERS },
    { name: 'nationality', required: true, format: 'country' },
    { name: 'role', required: true, format: 'code', codes: OFFENDER_ROLES },
    birthYear,
    { name: 'arrested_on', required: false, format: 'date' },
  ],
  victims: [
    ref,
    investigationRef,
    { name: 'gender', required: false, format: 'code', codes: GENDERS },
    birthYear,
    { name: 'rescued_on', required: false, format: 'date' },
  ],
  client_services: [
    { name: 'client_ref', required: true, format: 'text' },
    { name: 'service', required: true, format: 'code', codes: SERVICE_CODES },
    { name: 'date', required: true, format: 'date' },
  ],
  events: [
    ref,
    { name: 'type', required: true, format: 'code', codes: EVENT_TYPES },
    { name: 'date', required: true, format: 'date' },
    { name: 'province', required: false, format: 'code', codes: PROVINCE_CODES },
    { name: 'participants', required: true, format: 'count' },
    { name: 'participants_female', required: false, format: 'count' },
    { name: 'participants_children', required: false, format: 'count' },
  ],
};

/** Every column name of every kind, once: each has a text `imports.column.<name>`. */
export const ALL_COLUMN_NAMES = [
  ...new Set(Object.values(IMPORT_KIND_COLUMNS).flatMap((columns) => columns.map((c) => c.name))),
];

/** The header row of a file of this kind, every column in the contract's order: the start of a template. */
export function headerRow(kind: ImportKindName): string {
  return IMPORT_KIND_COLUMNS[kind].map((c) => c.name).join(',');
}
