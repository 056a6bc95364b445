import { useTranslation } from 'react-i18next';
import type { InvestigationStatus } from '../../../shared/investigations.ts';
import type { InvolvementRole } from '../../../shared/people.ts';

/**
 * Names for the investigation code lists in the reader's language. The keys
 * are built from the codes; codes.test.ts checks that each code has a text in
 * both languages.
 */
export function useInvestigationLabels() {
  const { t } = useTranslation();
  return {
    status: (code: string) => t(`investigations.status.${code}`, { defaultValue: code }),
    type: (code: string | null) =>
      code ? t(`investigations.type.${code}`, { defaultValue: code }) : t('investigations.notRecorded'),
    role: (code: string) => t(`investigations.role.${code}`, { defaultValue: code }),
    gender: (code: string) => t(`investigations.gender.${code}`, { defaultValue: code }),
    evidenceKind: (code: string) => t(`investigations.evidenceKind.${code}`, { defaultValue: code }),
    liaisonKind: (code: string) => t(`investigations.liaisonKind.${code}`, { defaultValue: code }),
    modus: (code: string) => t(`investigations.modus.${code}`, { defaultValue: code }),
    tab: (code: string) => t(`investigations.tab.${code}`, { defaultValue: code }),
  };
}

/** A colour per status, always beside the status in words. */
export const STATUS_COLOURS: Record<InvestigationStatus, string> = {
  monitoring: 'yellow',
  active: 'blue',
  case_opened: 'teal',
  referred: 'grape',
  closed: 'gray',
};

export const ROLE_COLOURS: Record<InvolvementRole, string> = {
  victim: 'teal',
  perpetrator: 'red',
  accomplice: 'orange',
  witness: 'blue',
  family_member: 'grape',
  informant: 'indigo',
};
