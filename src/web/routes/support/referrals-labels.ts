import { useTranslation } from 'react-i18next';
import type { ReferralStatus } from '../../../shared/referrals.ts';

/** Names of referral statuses; codes.test.ts checks both languages. */
export function useReferralStatusLabel() {
  const { t } = useTranslation();
  return (status: string) => t(`referrals.status.${status}`, { defaultValue: status });
}

export const STATUS_COLOUR: Record<ReferralStatus, string> = {
  sent: 'blue',
  accepted: 'teal',
  declined: 'red',
  completed: 'gray',
};
