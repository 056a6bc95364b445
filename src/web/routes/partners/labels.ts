import { useTranslation } from 'react-i18next';
import type { PartnerKind } from '../../../shared/partners.ts';

/** Names of the partner kinds; codes.test.ts checks each kind has one in both languages. */
export function useKindLabel() {
  const { t } = useTranslation();
  return (kind: string) => t(`partners.kind.${kind}`, { defaultValue: kind });
}

/** A colour per kind, so the badges can be told apart at a glance (the text says the kind too). */
export const KIND_COLOUR: Record<PartnerKind, string> = {
  ngo: 'teal',
  government: 'blue',
  police: 'indigo',
  hospital: 'red',
  shelter: 'grape',
  hotline_abroad: 'orange',
  other: 'gray',
};
