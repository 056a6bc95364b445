import { type ComboboxItemGroup, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useOfficeLabel } from '../../components/UserSummary.tsx';
import { useMe } from '../../hooks.ts';
import { useSupportStaff } from './support-api.ts';

export const NONE = 'none';

type Props = {
  label: string;
  /** Who may fill this place: the role, or a manager. */
  staffRole: 'social_worker' | 'lawyer' | 'any';
  officeCode: string | null;
  value?: string;
  onChange?: (value: string) => void;
  error?: unknown;
  withNone?: boolean;
};

/** Support staff grouped by office, the case's office first (staff may be lent to another office). */
export function useStaffOptions(role: Props['staffRole'], officeCode: string | null) {
  const { t } = useTranslation();
  const me = useMe();
  const officeLabel = useOfficeLabel();
  const staff = (useSupportStaff().data ?? []).filter(
    (s) => role === 'any' || s.roles.includes(role) || s.roles.includes('manager'),
  );
  const groups = new Map<string, ComboboxItemGroup<{ value: string; label: string }>>();
  const offices = [...new Set(staff.map((s) => s.officeCode))].sort((a, b) =>
    a === officeCode ? -1 : b === officeCode ? 1 : officeLabel(a).localeCompare(officeLabel(b)),
  );
  for (const code of offices) groups.set(code, { group: officeLabel(code), items: [] });
  for (const s of staff) {
    groups.get(s.officeCode)?.items.push({
      value: s.id,
      label: s.id === me.user.id ? t('support.me', { name: s.name }) : s.name,
    });
  }
  return [...groups.values()];
}

export function StaffSelect({ label, staffRole, officeCode, value, onChange, error, withNone = true }: Props) {
  const { t } = useTranslation();
  const options = useStaffOptions(staffRole, officeCode);
  return (
    <Select
      label={label}
      data={[...(withNone ? [{ value: NONE, label: t('support.nobody') }] : []), ...options]}
      value={value}
      onChange={(v) => onChange?.(v ?? NONE)}
      error={error as string | undefined}
      allowDeselect={false}
      searchable
      comboboxProps={{ withinPortal: true }}
    />
  );
}
