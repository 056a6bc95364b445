import { useTranslation } from 'react-i18next';
import type { PartnerKind } from '../../../shared/partners.ts';
import type { AgreementState } from '../../../shared/referrals.ts';

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

/** Names of services, agreement kinds and agreement states; codes.test.ts checks both languages. */
export function usePartnerCodeLabels() {
  const { t } = useTranslation();
  return {
    service: (code: string) => t(`partners.service.${code}`, { defaultValue: code }),
    agreementKind: (code: string) => t(`partners.agreementKind.${code}`, { defaultValue: code }),
    agreementState: (code: string) => t(`partners.agreementState.${code}`, { defaultValue: code }),
  };
}

/** Expired in red, soon to expire in orange: the words say it too. */
export const AGREEMENT_STATE_COLOUR: Record<AgreementState, string> = {
  open_ended: 'gray',
  current: 'green',
  expiring: 'orange',
  expired: 'red',
};
