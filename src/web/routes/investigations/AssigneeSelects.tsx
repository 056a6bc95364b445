import type { ComboboxItemGroup } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useOfficeLabel } from '../../components/UserSummary.tsx';
import { useMe } from '../../hooks.ts';
import type { Assignee, Named } from './investigation-types.ts';

/**
 * Investigators and managers as select options, grouped by office (the
 * chosen office first): an investigator may be lent to another office.
 * People already on the record but no longer listed (left, or deactivated)
 * stay choosable so that saving does not silently drop them.
 */
export function useAssigneeOptions(assignees: Assignee[], officeCode: string, keep: Named[] = []) {
  const { t } = useTranslation();
  const me = useMe();
  const officeLabel = useOfficeLabel();
  const label = (a: { id: string; name: string }) =>
    a.id === me.user.id ? t('investigations.me', { name: a.name }) : a.name;
  const groups = new Map<string, ComboboxItemGroup<{ value: string; label: string }>>();
  const offices = [...new Set(assignees.map((a) => a.officeCode))].sort((a, b) =>
    a === officeCode ? -1 : b === officeCode ? 1 : officeLabel(a).localeCompare(officeLabel(b)),
  );
  for (const code of offices) groups.set(code, { group: officeLabel(code), items: [] });
  for (const a of assignees) groups.get(a.officeCode)?.items.push({ value: a.id, label: label(a) });
  const missing = keep.filter((k) => !assignees.some((a) => a.id === k.id));
  const out = [...groups.values()];
  if (missing.length) {
    out.push({ group: t('investigations.otherStaff'), items: missing.map((k) => ({ value: k.id, label: k.name })) });
  }
  return out;
}
